#include "cli/collection_outputs.h"

#include <algorithm>
#include <iostream>
#include <set>
#include <stdexcept>

#include "cli/atomic_file.h"
#include "cli/content_hash.h"
#include "cli/listed_files.h"
#include "cli/output_names.h"
#include "cli/plain_reading.h"
#include "content/handout_reader.h"
#include "writers/writers.h"

namespace handout::cli {

namespace {

namespace fs = std::filesystem;

struct Collection {
  std::vector<model::Handout> handouts;  // kept alive for the entries
  std::vector<writer::CollectionEntry> entries;
};

// Each entry's reading level, measured now (one eSpeak NG process per language) and recorded
// in the manifest; none when eSpeak NG cannot count syllables.
void measure_collection(Collection& collection, Manifest& manifest) {
  std::vector<plain::Reading> readings;
  try {
    readings = measure_readings(collection.handouts);
  } catch (const std::runtime_error& error) {
    std::cerr << "handout: cannot measure the reading levels: " << error.what() << '\n';
    return;
  }
  for (std::size_t i = 0; i < readings.size(); ++i) {
    collection.entries[i].reading = readings[i].level;
    manifest.handouts[collection.handouts[i].id].reading = reading_record(readings[i]);
  }
}

Collection collect(const BuildOptions& options, const LoadedContent& content, Manifest& manifest) {
  model::Diagnostics ignored;  // the build reported them already
  const std::vector<content::HandoutFile> files =
      options.ids.empty() ? content.files : content::find_handouts(options.content, {}, ignored);
  Collection out;
  out.handouts.reserve(files.size());
  for (const content::HandoutFile& file : files) {
    const auto entry = manifest.handouts.find(file.id);
    if (entry == manifest.handouts.end() || entry->second.formats.empty()) continue;
    model::Diagnostics problems;
    // With the content folder, where its figures' pictures are: without it a handout with a
    // picture would not read, and would be missing from the collection.
    std::optional<model::Handout> handout = content::read_handout(
        file.path, file.display_name, {file.id, &*content.clinic, options.content}, problems);
    if (!handout) continue;
    out.handouts.push_back(std::move(*handout));
    std::map<std::string, nlohmann::json, std::less<>> summaries;
    for (const auto& [format, record] : entry->second.formats) summaries[format] = record.summary;
    out.entries.push_back({&out.handouts.back(),
                           listed_files(file.id, present_in(entry->second.formats, options.out)),
                           std::move(summaries)});
  }
  return out;
}

// A collection file its writer no longer returns may be deleted only when the writer declares
// its name and it is no handout's output.
bool removable(const std::string& format, const std::string& name, const LoadedContent& content,
               const Manifest& manifest) {
  if (!is_collection_name(format, name)) return false;
  for (const content::HandoutFile& file : content.files)
    if (is_any_derived_output(file.id, name)) return false;
  for (const auto& entry : manifest.handouts)
    if (is_any_derived_output(entry.first, name)) return false;
  return true;
}

bool unchanged(const FormatRecord& before, const OutputRecord& now, const fs::path& out) {
  std::error_code error;
  for (const OutputRecord& old : before.outputs)
    if (old == now) return fs::file_size(out / now.name, error) == now.size && !error;
  return false;
}

}  // namespace

std::size_t write_collection_outputs(const BuildOptions& options, const LoadedContent& content,
                                     const writer::Resources& resources, Manifest& manifest) {
  Collection collection = collect(options, content, manifest);
  measure_collection(collection, manifest);
  std::size_t written = 0;
  // The chosen formats, and those whose collection files are in out/ already: a build of other
  // formats changes what those list (a handout's outputs now out of date).
  std::vector<std::string> formats = options.formats;
  for (const auto& [name, record] : manifest.collection)
    if (std::ranges::find(formats, name) == formats.end() && writers::find(name))
      formats.push_back(name);
  for (const std::string& name : formats) {
    const std::vector<writer::OutputFile> files =
        writers::find(name)->render_collection(collection.entries, resources, options.values);
    FormatRecord now;
    for (const writer::OutputFile& file : files) {
      if (!is_collection_name(name, file.name))
        throw std::logic_error("a collection file not in collection_names(): " + file.name);
      now.outputs.push_back({file.name, file.bytes.size(), hash_bytes(file.bytes)});
      if (unchanged(manifest.collection[name], now.outputs.back(), options.out)) continue;
      write_atomically(options.out / file.name, file.bytes);
      ++written;
    }
    std::set<std::string> kept;
    for (const OutputRecord& output : now.outputs) kept.insert(output.name);
    std::error_code ignored;
    for (const OutputRecord& old : manifest.collection[name].outputs)
      if (!kept.contains(old.name) && removable(name, old.name, content, manifest))
        fs::remove(options.out / old.name, ignored);
    if (files.empty()) {
      manifest.collection.erase(name);
    } else {
      manifest.collection[name] = std::move(now);
    }
  }
  return written;
}

}  // namespace handout::cli
