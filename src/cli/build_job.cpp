#include "cli/build_job.h"

#include <algorithm>
#include <chrono>

#include "cli/content_hash.h"
#include "cli/handout_outputs.h"
#include "cli/manifest_json.h"

namespace handout::cli {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE_WITH_DEFAULT(JobResult, ok, errors, warnings, formats, seconds)

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
  }
  return out;
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
    if (handout) {
      for (model::Diagnostic& problem : check_outputs(*handout, resources, job.formats))
        diagnostics.push_back(std::move(problem));
    }
    // Warnings are shown, as `check` shows them, and do not stop the build.
    const bool errors = std::ranges::any_of(diagnostics, [](const model::Diagnostic& d) {
      return d.severity == model::Severity::error;
    });
    if (handout && !errors) {
      const RenderedFormats rendered = render_outputs(*handout, resources, job.formats, values);
      std::map<std::string, FormatRecord> formats = describe(rendered);  // before the renames
      write_outputs(out, rendered);
      result.formats = std::move(formats);
      result.ok = true;
    }
  } catch (const model::Error& error) {
    diagnostics.push_back(error.diagnostic());
  } catch (const fs::filesystem_error& error) {
    diagnostics.push_back({error.path1().string(), {}, error.code().message()});
  } catch (const std::exception& error) {
    diagnostics.push_back({job.file->display_name, {}, error.what()});
  }
  for (const model::Diagnostic& diagnostic : diagnostics) {
    const bool warning = diagnostic.severity == model::Severity::warning;
    (warning ? result.warnings : result.errors).push_back(model::format(diagnostic));
  }
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
