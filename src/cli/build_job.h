#pragma once
// One handout's build, as run inside a worker process, and the result it sends back.
#include <string>
#include <string_view>
#include <vector>

#include "cli/manifest.h"
#include "cli/options.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "model/lexicon.h"

namespace handout::cli {

struct JobResult {
  bool ok = false;
  std::vector<std::string> errors;  // formatted `file:line:column: message`
  ManifestEntry entry;              // outputs, pages, audio and chapters when ok
  double seconds = 0;
};

// Reads, renders and writes one handout's outputs into options.out; never throws.
JobResult build_handout(const content::HandoutFile& file, const content::HandoutContext& context,
                        const model::Lexicon& lexicon, const BuildOptions& options);

std::string encode(const JobResult& result);
JobResult decode_job_result(std::string_view text);

}  // namespace handout::cli
