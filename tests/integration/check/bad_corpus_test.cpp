// Every file in tests/bad is rejected with exactly the messages and locations listed for it
// in tests/bad/expected.txt, and every file in tests/good and content/ is accepted: by the
// reader and then by every format's own check, as `handout check` runs them.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "content/clinic_reader.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "read_sample.h"
#include "writers/writers.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = HANDOUT_SOURCE_DIR;

const writer::Resources& resources() {
  static const std::vector<model::Lexicon> no_lexicons;
  static const writer::Resources shared{.fonts_dir = source_dir / "fonts",
                                        .lexicons = &no_lexicons};
  return shared;
}

// What every format finds wrong with a handout the reader accepted.
void check_formats(const model::Handout& handout, model::Diagnostics& out,
                   const writer::Resources& with = resources()) {
  for (const writer::Writer* w : writers::all())
    for (const model::Diagnostic& d : w->check(handout, with)) out.push_back(d);
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Reads a corpus file with the reader its name calls for; returns the formatted messages.
std::vector<std::string> check_file(const fs::path& path) {
  const std::string name = path.filename().string();
  model::Diagnostics diagnostics;
  if (name.ends_with(".pls")) {
    content::parse_lexicon(slurp(path), name, diagnostics);
  } else if (name.starts_with("clinic-")) {
    content::parse_clinic(slurp(path), name, diagnostics);
  } else {
    // The file's folder is its content folder: tests/bad/images holds the pictures its
    // figures name (a symbolic link, a text file, a huge header).
    const content::HandoutContext context{path.stem().string(), &testing::sample_clinic(),
                                          path.parent_path()};
    if (const auto handout = content::parse_handout(slurp(path), name, context, diagnostics))
      check_formats(*handout, diagnostics);
  }
  std::vector<std::string> messages;
  for (const auto& d : diagnostics) messages.push_back(model::format(d));
  return messages;
}

std::map<std::string, std::vector<std::string>> expected_messages() {
  std::map<std::string, std::vector<std::string>> expected;
  std::ifstream in(source_dir / "tests/bad/expected.txt");
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) expected[line.substr(0, line.find(':'))].push_back(line);
  return expected;
}

std::vector<fs::path> files_in(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".xml" || entry.path().extension() == ".pls")
      files.push_back(entry.path());
  std::ranges::sort(files);
  return files;
}

}  // namespace

TEST_CASE("each bad input is rejected at the expected place with the expected message") {
  const auto expected = expected_messages();
  const auto files = files_in(source_dir / "tests/bad");
  CHECK(files.size() == expected.size());
  for (const fs::path& file : files) {
    CAPTURE(file.filename().string());
    const auto found = expected.find(file.filename().string());
    REQUIRE_MESSAGE(found != expected.end(), "no expected messages for this file");
    CHECK(check_file(file) == found->second);
  }
}

TEST_CASE("each good input and every sample in content/ is accepted") {
  std::vector<fs::path> files = files_in(source_dir / "tests/good");
  REQUIRE_FALSE(files.empty());
  for (const fs::path& file : files) {
    CAPTURE(file.filename().string());
    CHECK(check_file(file).empty());
  }
  model::Diagnostics diagnostics;
  const auto clinic =
      content::read_clinic(source_dir / "content/clinic.xml", "clinic.xml", diagnostics);
  REQUIRE(clinic);
  const auto lexicons = content::load_lexicons(source_dir / "content", diagnostics);
  REQUIRE(lexicons);
  REQUIRE(!lexicons->empty());
  CHECK(lexicons->front().lang.tag == "en-US");
  CHECK(lexicons->front().lexemes.size() >= 8);
  // The samples with their own lexicons, as `handout check` reads them: no warning either.
  const writer::Resources with_lexicon{.fonts_dir = source_dir / "fonts", .lexicons = &*lexicons};
  for (const fs::path& file : files_in(source_dir / "content/handouts")) {
    // With the samples' own clinic.xml, which has every detail the samples refer to.
    const content::HandoutContext context{file.stem().string(), &*clinic, source_dir / "content"};
    const auto handout =
        content::read_handout(file, file.filename().string(), context, diagnostics);
    REQUIRE(handout);
    check_formats(*handout, diagnostics, with_lexicon);
  }
  for (const model::Diagnostic& d : diagnostics) CAPTURE(model::format(d));
  CHECK(diagnostics.empty());
}
