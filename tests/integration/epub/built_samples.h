#pragma once
// The sample content built once per test process by the real `handout` program (every
// format: the EPUB needs the PDF and the MP3), each EPUB unpacked with Python's zipfile. The
// exercise sampler (tests/data/exercise-content: pictures, exercises, doses, notes of every
// kind, links with words) is built from its own content folder.
#include <filesystem>
#include <string>
#include <vector>

#include "model/handout.h"

namespace handout::test {

struct BuiltSample {
  model::Handout handout;          // read from content/ by the content reader
  std::filesystem::path epub;      // out/<id>.epub
  std::filesystem::path unpacked;  // its files
  std::filesystem::path pdf, mp3, ssml;
};

const BuiltSample& built_sample(const std::string& id);

// The samples of content/ and the exercise sampler.
std::vector<std::string> sample_and_sampler_ids();

// The handouts of tests/data/table-content (tables and checklists, issue 25), built from that
// folder: the table sampler, a table of three printed pages, a table and checklist in Spanish.
std::vector<std::string> table_sample_ids();

// Both: what the content tests read.
std::vector<std::string> validated_ids();

// What epubcheck and Ace judge: the samples (two of them with tables and checklists, one in
// Spanish), the exercise sampler and the table sampler. The long table and the Spanish table
// sampler add nothing to what the validators see, and each validation costs a JVM or a browser.
std::vector<std::string> judged_ids();

// A second build of the same content into another folder: its EPUB of `id`.
std::filesystem::path rebuilt_epub(const std::string& id);

// The content documents of an unpacked EPUB, in spine order (EPUB/<name>).
std::vector<std::filesystem::path> spine(const BuiltSample& sample);

std::string read_bytes(const std::filesystem::path& path);

}  // namespace handout::test
