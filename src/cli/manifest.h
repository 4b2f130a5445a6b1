#pragma once
// out/manifest.json: for each handout, what it was built from and what it produced, so a
// rebuild skips what has not changed and an admin can see what is in out/.
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace handout::cli {

struct OutputRecord {
  std::string name;  // file name inside the output folder
  std::uint64_t size = 0;
  std::string hash;  // XXH3-128, hex
  friend bool operator==(const OutputRecord&, const OutputRecord&) = default;
};

struct ChapterRecord {
  std::string title;
  double start_seconds = 0;
  double end_seconds = 0;
  friend bool operator==(const ChapterRecord&, const ChapterRecord&) = default;
};

struct ManifestEntry {
  std::string source;       // the handout file, as given
  std::string inputs_hash;  // of everything the outputs depend on; empty when never built
  std::vector<OutputRecord> outputs;
  int pages = 0;
  double audio_seconds = 0;
  std::vector<ChapterRecord> chapters;
  std::vector<std::string> errors;  // of the last attempt; outputs are from the last success
  friend bool operator==(const ManifestEntry&, const ManifestEntry&) = default;
};

struct Manifest {
  std::string tool_version;
  std::map<std::string, ManifestEntry> handouts;  // by id, so the file is sorted and stable
  friend bool operator==(const Manifest&, const Manifest&) = default;
};

std::string to_json(const Manifest& manifest);
// A missing file is an empty manifest; an unreadable or corrupt one is reported through
// `warning` and treated as empty, so the next build simply rebuilds everything.
Manifest load_manifest(const std::filesystem::path& path, std::string& warning);

}  // namespace handout::cli
