#include "cli/build_job.h"

#include <chrono>

#include "cli/content_hash.h"
#include "cli/handout_outputs.h"
#include "cli/manifest_json.h"

namespace handout::cli {

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(JobResult, ok, errors, entry, seconds)

namespace {

namespace fs = std::filesystem;

ManifestEntry describe(const RenderedHandout& rendered) {
  ManifestEntry entry;
  for (const OutputFile& file : rendered.files)
    entry.outputs.push_back({file.name, file.bytes.size(), hash_bytes(file.bytes)});
  entry.pages = rendered.pages;
  entry.audio_seconds = rendered.audio_seconds;
  entry.chapters = rendered.chapters;
  return entry;
}

}  // namespace

JobResult build_handout(const content::HandoutFile& file, const content::HandoutContext& context,
                        const model::Lexicon& lexicon, const BuildOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  JobResult result;
  model::Diagnostics diagnostics;
  try {
    const std::optional<model::Handout> handout =
        content::read_handout(file.path, file.display_name, context, diagnostics);
    if (handout) {
      const RenderedHandout rendered = render_outputs(*handout, lexicon, options);
      write_outputs(options.out, rendered);
      result.entry = describe(rendered);
      result.ok = true;
    }
  } catch (const model::Error& error) {
    diagnostics.push_back(error.diagnostic());
  } catch (const fs::filesystem_error& error) {
    diagnostics.push_back({error.path1().string(), {}, error.code().message()});
  } catch (const std::exception& error) {
    diagnostics.push_back({file.display_name, {}, error.what()});
  }
  for (const model::Diagnostic& diagnostic : diagnostics)
    result.errors.push_back(model::format(diagnostic));
  result.entry.source = file.display_name;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::string encode(const JobResult& result) {
  return nlohmann::json(result).dump();
}

JobResult decode_job_result(std::string_view text) {
  return nlohmann::json::parse(text).get<JobResult>();
}

}  // namespace handout::cli
