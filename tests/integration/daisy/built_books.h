#pragma once
// The sample content built once per test process by the real `handout` program (--formats daisy,
// which makes the recording the book needs too), each talking book unzipped with Python's
// zipfile into a folder, as a library patron would before copying it to a player. The exercise
// sampler (tests/data/exercise-content: pictures, exercises, doses, notes of every kind, links
// with words) is built from its own content folder, and so is the table sampler
// (tests/data/table-content: tables and a checklist).
#include <filesystem>
#include <string>
#include <vector>

#include "model/handout.h"

namespace handout::test {

inline const std::vector<std::string> sample_ids{"dry-needling",       "hielo-y-calor",
                                                 "knee-strengthening", "low-back-exercises",
                                                 "exercise-sampler",   "table-sampler"};

struct BuiltBook {
  model::Handout handout;        // read from content/ by the content reader
  std::filesystem::path zip;     // out/<id>.daisy.zip
  std::filesystem::path folder;  // its files
};

const BuiltBook& built_book(const std::string& id);

// A second build of the same content into another folder: its book of `id`.
std::filesystem::path rebuilt_zip(const std::string& id);

// A folder of this process under the system's temporary folder, removed at exit unless
// HANDOUT_KEEP_TEST_FILES is set.
const std::filesystem::path& scratch_dir();

}  // namespace handout::test
