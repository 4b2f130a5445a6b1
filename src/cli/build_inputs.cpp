#include "cli/build_inputs.h"

#include "cli/content_hash.h"
#include "cli/program_identity.h"
#include "cli/version.h"
#include "content/content_folder.h"
#include "content/picture_reader.h"
#include "os/inside_folder.h"
#include "writers/writers.h"

namespace handout::cli {

std::string shared_inputs_hash(const BuildOptions& options) {
  ContentHash hash;
  // The tool's own bytes, not just its version: any rebuilt binary may write other bytes. The
  // linker's build ID is a hash of them; reading the file (70 MB with debugging information)
  // cost a build more than making its PDF.
  hash.add(version);
  if (const std::string id = program_build_id(); !id.empty())
    hash.add("build-id").add(id);
  else
    hash.add_file("/proc/self/exe");
  hash.add_file(options.content / "clinic.xml");
  return hash.hex();
}

std::map<std::string, std::string> writer_inputs_hashes(const BuildOptions& options,
                                                        const writer::Resources& resources,
                                                        const model::LanguageTag& language) {
  std::map<std::string, std::string> hashes;
  for (const std::string& name : options.formats) {
    const writer::Writer& w = *writers::find(name);
    ContentHash hash;
    hash.add(w.name()).add(writer::describe(w.options(), options.values));
    for (const writer::Input& input : w.inputs(resources, options.values, language)) {
      hash.add(input.label).add(input.text);
      if (!input.file.empty()) hash.add_file(input.file);
    }
    // What it reads of other formats changes with them; with_needs() put them before it.
    for (const writer::Product need : w.needs()) {
      const std::string provider(writers::provider(need).name());
      hash.add(provider).add(hashes.at(provider));
    }
    hashes[name] = hash.hex();
  }
  return hashes;
}

std::string handout_inputs_hash(const std::string& shared, const std::string& writer,
                                const std::filesystem::path& handout, const std::string& pictures) {
  return ContentHash().add(shared).add(writer).add_file(handout).add(pictures).hex();
}

std::string source_hash(const std::filesystem::path& content_dir,
                        const std::filesystem::path& handout, const std::string& pictures) {
  return ContentHash().add_file(content_dir / "clinic.xml").add_file(handout).add(pictures).hex();
}

std::string pictures_hash(const std::filesystem::path& content_dir,
                          const std::filesystem::path& handout) {
  ContentHash hash;
  for (const std::string& src : content::handout_pictures(handout)) {
    hash.add(src);
    // Read as the reader reads it (inside the folder, no links); what it cannot read it
    // reports, and a marker stands for it here.
    os::InsideFile file = os::open_inside(content_dir, src);
    os::ReadBytes read = file.fd ? os::read_all(file.fd, content::max_picture_bytes)
                                 : os::ReadBytes{{}, file.problem, file.error};
    if (read.problem != os::InsideFile::Problem::none)
      hash.add("unreadable").add(std::to_string(static_cast<int>(read.problem)));
    else
      hash.add(
          std::string_view(reinterpret_cast<const char*>(read.bytes.data()), read.bytes.size()));
  }
  return hash.hex();
}

}  // namespace handout::cli
