// `handout check` measures every handout and says what to simplify (issue 30).
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <sstream>
#include <string>

#include "cli_fixture.h"
#include "process.h"
#include "sample_handout.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = HANDOUT_SOURCE_DIR;

// The figure of `id`'s line in check's output: "[content/]handouts/<id>.xml: reading grade
// 6.1 (…)" or "…: INFLESZ 70.2 (bastante fácil) (…)"; fails when there is no such line.
double figure_of(const std::string& out, const std::string& id) {
  const std::regex line("(^|\n)(content/)?handouts/" + id +
                        R"(\.xml: (reading grade|INFLESZ) (-?[0-9]+\.[0-9]) )");
  std::smatch match;
  REQUIRE_MESSAGE(std::regex_search(out, match, line), "no reading line for " << id << " in\n"
                                                                              << out);
  return std::stod(match[4].str());
}

const std::string hard_handout =
    "<handout id=\"hard\" lang=\"en-US\">\n"
    "  <title>Hard</title>\n"
    "  <section><heading>After surgery</heading>\n"
    "  <p>Following your bilateral arthroplasty, it is imperative that you utilize the\n"
    "    assistive ambulatory apparatus provided by the rehabilitation department whenever\n"
    "    you are mobilizing, particularly during the immediate postoperative period.</p>\n"
    "  </section>\n"
    "</handout>\n";

}  // namespace

TEST_CASE("check prints the reading level of every sample and each is at or below the target") {
  const auto result = run_process({handout_binary, "check", "--content", "content"}, source_dir);
  CHECK(result.exit_code == 0);
  for (const std::string& id : sample_ids()) {
    const bool spanish = id == "hielo-y-calor";
    const double figure = figure_of(result.out, id);
    // The samples are written to the default target: grade 8 or lower, or INFLESZ
    // "bastante fácil" (65) or easier.
    if (spanish)
      CHECK_MESSAGE(figure >= 65, id << ": INFLESZ " << figure);
    else
      CHECK_MESSAGE(figure <= 8, id << ": grade " << figure);
  }
}

TEST_CASE("a hard handout is warned at its place and fails only with --strict") {
  TempDir dir;
  const fs::path content = dir.path() / "content";
  fs::copy(source_dir / "content", content, fs::copy_options::recursive);
  write_file(content / "handouts/hard.xml", hard_handout);
  const auto result = run_process({handout_binary, "check", "hard"}, dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.out.starts_with("content/handouts/hard.xml: reading grade "));
  CHECK(figure_of(result.out, "hard") > 8);
  const std::string file = "content/handouts/hard.xml:";
  CHECK(result.err.find(file + "1:1: warning: reading grade ") != std::string::npos);
  CHECK(result.err.find("is above the clinic's target (grade 8)") != std::string::npos);
  CHECK(result.err.find(file + "4:6: warning: a sentence of 29 words; split it") !=
        std::string::npos);
  CHECK(result.err.find(file + "4:21: warning: \"bilateral\" (4 syllables) has plainer words: "
                               "\"both sides\"") != std::string::npos);
  CHECK(result.err.find(file + "4:71: warning: \"utilize\" (3 syllables) has plainer words: "
                               "\"use\"") != std::string::npos);
  const auto strict = run_process({handout_binary, "check", "--strict", "hard"}, dir.path());
  CHECK(strict.exit_code == 1);
}

TEST_CASE("the clinic sets the target and adds its own plain words") {
  TempDir dir;
  const fs::path content = dir.path() / "content";
  fs::copy(source_dir / "content", content, fs::copy_options::recursive);
  write_file(content / "handouts/hard.xml", hard_handout);
  std::string clinic = read_all(content / "clinic.xml");
  const std::size_t start = clinic.find("<plain-language");
  const std::size_t end = clinic.find("</plain-language>");
  REQUIRE(start != std::string::npos);
  clinic.replace(start, end + 17 - start,
                 "<plain-language grade=\"18\"><instead of=\"imperative\" use=\"important\"/>"
                 "</plain-language>");
  write_file(content / "clinic.xml", clinic);
  const auto result = run_process({handout_binary, "check", "hard"}, dir.path());
  CHECK(result.out.find("target 18 or lower") != std::string::npos);
  CHECK(result.err.find("above the clinic's target (grade 18)") != std::string::npos);
  CHECK(result.err.find("\"imperative\" (4 syllables) has plainer words: \"important\"") !=
        std::string::npos);
}
