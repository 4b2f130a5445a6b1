#pragma once
// One handout's build, as run inside a worker process, and the result it sends back.
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cli/listed_files.h"
#include "cli/manifest.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "writer/writer.h"

namespace handout::cli {

struct JobResult {
  bool ok = false;  // the handout was read: each of its formats is in `formats` or `failed`
  std::vector<std::string> errors;              // formatted `file:line:column: message`
  std::vector<std::string> warnings;            // the same; they do not stop the build
  std::map<std::string, FormatRecord> formats;  // when ok: each format built, by writer
  double seconds = 0;
  // When ok: each format that could not be made, with its errors (formatted as `errors`).
  std::map<std::string, std::vector<std::string>> failed = {};
  // The same errors as said to the admin: a character several formats cannot write once.
  std::vector<std::string> failures_said = {};
  // Formats whose products were read back from the last build instead of rendered
  // (handout_outputs.h ReadBack): their files and records are left as they are.
  std::vector<std::string> read_back = {};
};

struct Job {
  const content::HandoutFile* file;
  content::HandoutContext context;
  std::vector<std::string> formats;  // the writers whose outputs are out of date
  // Its formats' files in the output folder now (cli/listed_files.h present_in), each stale
  // when older than the handout: for the formats that list the others' files.
  FormatRecords kept = {};
  // Its formats among `formats` that are up to date, there only for the products a format made
  // now needs, with their records: read back instead of rendered when they can be.
  FormatRecords read_back = {};
  // Its formats among `formats` that list the others' files (writer::Writer::lists_other_files),
  // up to date but for those files, there only because other formats are made now: with the
  // listed_hash they were made with. Made again only when what they show of the files the
  // others leave (names, sizes, stale marks, a recording's length) is not what they show.
  std::map<std::string, std::string, std::less<>> listing = {};
};

// Reads, renders and writes one handout's outputs into `out`; never throws.
JobResult build_handout(const Job& job, const writer::Resources& resources,
                        const writer::OptionValues& values, const std::filesystem::path& out);

std::string encode(const JobResult& result);
// Throws model::Error when the text is not a job result (a garbled worker payload).
JobResult decode_job_result(std::string_view text);

}  // namespace handout::cli
