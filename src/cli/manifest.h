#pragma once
// out/manifest.json: for each handout and each of its formats, what the outputs were built
// from and what they are, so a rebuild skips what has not changed and an admin can see
// what is in out/.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace handout::cli {

// Its name in the output folder; no handout may have the id "manifest" (content/limits.h).
inline constexpr std::string_view manifest_name = "manifest.json";

struct OutputRecord {
  std::string name;  // file name inside the output folder
  std::uint64_t size = 0;
  std::string hash;  // XXH3-128, hex
  friend bool operator==(const OutputRecord&, const OutputRecord&) = default;
};

// One format's outputs of one handout, e.g. the PDF.
struct FormatRecord {
  std::string inputs_hash;  // of everything these outputs depend on
  std::vector<OutputRecord> outputs;
  nlohmann::json summary;  // the writer's own, e.g. {"pages": 4}
  // Of what the admin wrote that the outputs were made from (build_inputs.h source_hash): the
  // handout's file, its pictures and clinic.xml.
  std::string source_hash = {};
  // The outputs are older than the source: the last attempt to make them failed (`errors`), or
  // the source changed since and a build of other formats (--formats) left them as they were.
  bool stale = false;
  std::vector<std::string> errors = {};  // of the last attempt, when this format failed alone
  // Of the other formats' files it was given, for a format that lists them
  // (writer::Writer::lists_other_files; cli/listed_files.h listed_hash): made again when they
  // change. Empty for the others.
  std::string listed_hash = {};
  // What it gave the formats made after it (writer/products_json.h), for a format that provides
  // some: a build that needs them while these outputs are up to date reads them back instead of
  // rendering this format again (cli/product_read_back.h). Null for the others, and in older
  // manifests (then it is rendered again, as before).
  nlohmann::json products = {};
  friend bool operator==(const FormatRecord&, const FormatRecord&) = default;
};

struct ManifestEntry {
  std::string source;  // the handout file, inside the content folder ("handouts/knee.xml")
  std::map<std::string, FormatRecord> formats;  // by writer name
  // Of the last attempt, when the handout could not be read: no format was made then, and the
  // outputs are from the last success.
  std::vector<std::string> errors;
  bool stale = false;  // some of its formats are stale (FormatRecord::stale)
  // How many warnings its last build gave: a build that skips it (unchanged) still counts them.
  std::size_t warnings = 0;
  // How hard it reads (cli/plain_reading.h reading_record), measured after each build of a
  // handout with outputs.
  nlohmann::json reading;
  friend bool operator==(const ManifestEntry&, const ManifestEntry&) = default;
};

struct Manifest {
  std::string tool_version;
  // Which content folder the outputs are built from (out_folder.h content_folder_id): a build
  // of another refuses the folder unless told to take it over.
  std::string content_folder;
  std::map<std::string, ManifestEntry> handouts;  // by id, so the file is sorted and stable
  // Files made from every handout (out/index.html), by writer name; no inputs_hash: they
  // are made again after each build and written when their bytes change.
  std::map<std::string, FormatRecord> collection;
  friend bool operator==(const Manifest&, const Manifest&) = default;
};

// A manifest larger than this is not one a build wrote (thousands of handouts fit in it).
inline constexpr std::size_t max_manifest_bytes = std::size_t{64} << 20;

std::string to_json(const Manifest& manifest);
// A missing file is an empty manifest. What names a file the build did not derive (a path, a
// name not "<id><suffix>") is read as absent: without_underived(). Throws model::Error when the
// file cannot be read or is not a manifest; the build then rebuilds everything.
Manifest load_manifest(const std::filesystem::path& path);
// The same from text (`name` for messages).
Manifest parse_manifest(std::string_view text, const std::string& name);

}  // namespace handout::cli
