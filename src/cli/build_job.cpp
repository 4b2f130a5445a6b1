#include "cli/build_job.h"

#include <algorithm>
#include <chrono>

#include "cli/content_hash.h"
#include "cli/handout_outputs.h"
#include "cli/manifest_json.h"
#include "content/handout_warnings.h"
#include "writer/products_json.h"
#include "writers/writers.h"

namespace handout::cli {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(JobResult, ok, errors, warnings, formats, seconds,
                                                failed, failures_said, read_back)

namespace {

namespace fs = std::filesystem;

std::map<std::string, FormatRecord> describe(const RenderedFormats& rendered) {
  std::map<std::string, FormatRecord> out;
  for (const auto& [name, format] : rendered) {
    FormatRecord& record = out[name];
    for (const writer::OutputFile& file : format.files)
      if (file.spooled)
        record.outputs.push_back({file.name, fs::file_size(file.spooled->path()),
                                  hash_file_contents(file.spooled->path())});
      else
        record.outputs.push_back({file.name, file.bytes.size(), hash_bytes(file.bytes)});
    record.summary = format.summary;
    if (!writers::find(name)->provides().empty())  // read back by a later build
      record.products = writer::products_to_json(format.products);
  }
  return out;
}

}  // namespace

namespace {

std::vector<std::string> formatted(const model::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& diagnostic : diagnostics) out.push_back(model::format(diagnostic));
  return out;
}

// The formats that can be made, written together; those that cannot, each with its errors.
void build_formats(const model::Handout& handout, const Job& job,
                   const writer::Resources& resources, const writer::OptionValues& values,
                   const fs::path& out, model::Diagnostics& warnings, JobResult& result) {
  FailedFormats failed;
  for (model::Diagnostic& warning : check_outputs(handout, resources, job.formats, failed))
    warnings.push_back(std::move(warning));
  GivenFiles given;
  ReadBack read_back{out, job.read_back, {}, job.listing};
  const RenderedFormats rendered =
      render_outputs(handout, resources, job.formats, values, failed, job.kept, &given, &read_back);
  result.read_back = std::move(read_back.done);
  std::map<std::string, FormatRecord> formats = describe(rendered);  // before the renames
  for (const auto& [name, files] : given)
    if (formats.contains(name)) formats[name].listed_hash = listed_hash(files);
  write_outputs(out, rendered);
  result.formats = std::move(formats);
  model::Diagnostics all;  // in the list's order
  for (const writer::Writer* w : writers::all())
    if (const auto found = failed.find(w->name()); found != failed.end()) {
      result.failed[found->first] = formatted(found->second);
      all.insert(all.end(), found->second.begin(), found->second.end());
    }
  // A warning about a character a failed format cannot write either (the audio's "heard as
  // nothing") is said with that format's error, once.
  std::erase_if(warnings, [&](model::Diagnostic& warning) {
    const bool with_error =
        warning.gap && std::ranges::any_of(all, [&](const model::Diagnostic& e) {
          return e.gap && e.file == warning.file && e.at == warning.at &&
                 e.gap->character == warning.gap->character;
        });
    if (with_error) all.push_back(warning);
    return with_error;
  });
  model::Diagnostics said = model::merge_character_gaps(std::move(all));
  std::ranges::stable_sort(said, {}, [](const model::Diagnostic& d) {  // in the file's order
    return std::pair(d.at.line, d.at.column);
  });
  result.failures_said = formatted(said);
  result.ok = true;
}

}  // namespace

JobResult build_handout(const Job& job, const writer::Resources& resources,
                        const writer::OptionValues& values, const fs::path& out) {
  const auto start = std::chrono::steady_clock::now();
  JobResult result;
  model::Diagnostics diagnostics;
  try {
    const std::optional<model::Handout> handout =
        content::read_handout(job.file->path, job.file->display_name, job.context, diagnostics);
    // Warnings are shown, as `check` shows them, and do not stop the build.
    const bool errors = std::ranges::any_of(diagnostics, [](const model::Diagnostic& d) {
      return d.severity == model::Severity::error;
    });
    if (handout && !errors) {
      for (model::Diagnostic& warning :
           content::handout_warnings(*handout, job.context.clinic, content::today_utc()))
        diagnostics.push_back(std::move(warning));
      build_formats(*handout, job, resources, values, out, diagnostics, result);
    }
  } catch (const model::Error& error) {
    diagnostics.push_back(error.diagnostic());
  } catch (const fs::filesystem_error& error) {
    diagnostics.push_back({error.path1().string(), {}, error.code().message()});
  } catch (const std::exception& error) {
    diagnostics.push_back({job.file->display_name, {}, error.what()});
  }
  // In the order of the file, wherever each was found.
  std::ranges::stable_sort(diagnostics, {}, [](const model::Diagnostic& d) {
    return std::pair(d.at.line, d.at.column);
  });
  for (const model::Diagnostic& diagnostic : diagnostics) {
    const bool warning = diagnostic.severity == model::Severity::warning;
    (warning ? result.warnings : result.errors).push_back(model::format(diagnostic));
  }
  if (!result.errors.empty()) result.ok = false;  // e.g. the outputs could not be written
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::string encode(const JobResult& result) {
  return nlohmann::json(result).dump();
}

JobResult decode_job_result(std::string_view text) {
  try {
    return nlohmann::json::parse(text).get<JobResult>();
  } catch (const nlohmann::json::exception& error) {
    throw model::Error(
        {{}, {}, std::string("a worker sent an unreadable result: ") + error.what()});
  }
}

}  // namespace handout::cli
