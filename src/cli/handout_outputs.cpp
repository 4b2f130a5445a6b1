#include "cli/handout_outputs.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include "cli/atomic_file.h"
#include "cli/concurrent_render.h"
#include "writers/writers.h"

namespace handout::cli {

model::Diagnostics check_outputs(const model::Handout& handout, const writer::Resources& resources,
                                 std::span<const std::string> formats) {
  model::Diagnostics problems;
  for (const std::string& name : formats)
    for (model::Diagnostic& problem : writers::find(name)->check(handout, resources))
      problems.push_back(std::move(problem));
  return problems;
}

RenderedFormats render_outputs(const model::Handout& handout, const writer::Resources& resources,
                               std::span<const std::string> formats,
                               const writer::OptionValues& values) {
  std::vector<const writer::Writer*> chosen;
  for (const std::string& name : formats) chosen.push_back(writers::find(name));
  return render_concurrently(chosen, handout, resources, values);
}

namespace {

// Whether `path` already holds exactly `bytes`: a format rendered again only because another
// needs it (the PDF for the EPUB) leaves its file, and its time, as they are.
bool holds(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  if (std::filesystem::file_size(path, error) != bytes.size() || error) return false;
  std::ifstream in(path, std::ios::binary);
  return std::equal(bytes.begin(), bytes.end(), std::istreambuf_iterator<char>(in));
}

}  // namespace

void write_outputs(const std::filesystem::path& folder, const RenderedFormats& rendered) {
  std::vector<PendingFile> files;
  for (const auto& [name, format] : rendered)
    for (const writer::OutputFile& file : format.files)
      if (!holds(folder / file.name, file.bytes)) files.push_back({folder / file.name, file.bytes});
  write_all_atomically(files);
}

}  // namespace handout::cli
