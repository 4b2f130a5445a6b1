// The samples' BRF and PEF as `handout build` writes them: page size, BRF characters, the PEF
// valid for brailleutils' validator and page for page the BRF, the manifest's summary.
#include <doctest/doctest.h>

#include "model/date.h"
#include "process.h"
#include "sample_braille.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

struct Size {
  std::size_t cells, lines;
  std::vector<std::string> options;
};

const std::vector<Size> sizes{
    {40, 25, {}},
    {32, 20, {"--braille-cells", "32", "--braille-lines", "20", "--braille-grade", "1"}},
    {20, 10, {"--braille-cells", "20", "--braille-lines", "10"}}};

}  // namespace

TEST_CASE("every sample has a BRF and a PEF and the manifest records pages grade and table") {
  for (const Size& size : sizes) {
    const std::filesystem::path& out = built_samples(size.options);
    for (const std::string& id : testing::sample_ids()) {
      CAPTURE(id);
      REQUIRE(std::filesystem::exists(out / (id + ".brf")));
      REQUIRE(std::filesystem::exists(out / (id + ".pef")));
      const nlohmann::json summary = braille_summary(out, id);
      const PageLines pages = brf_pages(read_file(out / (id + ".brf")));
      CHECK(summary.at("pages").get<std::size_t>() == pages.size());
      const bool spanish = testing::read_sample(id).lang.primary() == "es";
      const bool grade_1 = spanish || size.cells == 32;
      CHECK(summary.at("grade").get<int>() == (grade_1 ? 1 : 2));
      CHECK(summary.at("table").get<std::string>() == (spanish   ? "es-g1.ctb"
                                                       : grade_1 ? "en-ueb-g1.ctb"
                                                                 : "en-ueb-g2.ctb"));
    }
  }
}

TEST_CASE("BRF: every line fits the width and every page the length in BRF characters only") {
  for (const Size& size : sizes) {
    const std::filesystem::path& out = built_samples(size.options);
    for (const std::string& id : testing::sample_ids()) {
      CAPTURE(id);
      CAPTURE(size.cells);
      const std::string brf = read_file(out / (id + ".brf"));
      for (const char c : brf)
        CHECK(((c >= 0x20 && c <= 0x5F) || c == '\r' || c == '\n' || c == '\f'));
      const PageLines pages = brf_pages(brf);
      REQUIRE(!pages.empty());
      for (std::size_t p = 0; p < pages.size(); ++p) {
        CHECK(pages[p].size() == size.lines);
        for (const std::string& line : pages[p]) CHECK(line.size() <= size.cells);
        // The braille page number (numeric indicator and letters a-j) ends the last line.
        const std::string& last = pages[p].back();
        CHECK(last.size() == size.cells);
        CHECK(last.find_first_not_of(' ') != std::string::npos);
        CHECK(last.substr(last.find_first_not_of(' ')).starts_with('#'));
      }
    }
  }
}

TEST_CASE("PEF: valid for brailleutils' PEFValidator and the same pages as the BRF") {
  std::vector<std::string> args{HANDOUT_JAVA, "-cp", HANDOUT_PEF_CLASSPATH, "ValidatePef"};
  for (const Size& size : sizes) {
    const std::filesystem::path& out = built_samples(size.options);
    for (const std::string& id : testing::sample_ids()) {
      CAPTURE(id);
      const std::filesystem::path pef = out / (id + ".pef");
      args.push_back(pef.string());
      CHECK(pef_pages(pef) == brf_pages(read_file(out / (id + ".brf"))));
      const std::string text = read_file(pef);
      CHECK(text.find("cols=\"" + std::to_string(size.cells) + "\" rows=\"" +
                      std::to_string(size.lines) + "\"") != std::string::npos);
      const model::Handout handout = testing::read_sample(id);
      REQUIRE(handout.revised);
      CHECK(text.find("<dc:date>" + model::iso_text(*handout.revised) + "</dc:date>") !=
            std::string::npos);
    }
  }
  const testing::ProcessResult result = testing::run_process(args);
  INFO(result.out);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

TEST_CASE("PEF: an invalid page size is caught by the validator") {
  const std::filesystem::path& out = built_samples({});
  const std::string id = testing::sample_ids().front();
  std::string text = read_file(out / (id + ".pef"));
  const std::string rows = "rows=\"25\"";
  text.replace(text.find(rows), rows.size(), "rows=\"5\"");
  const std::filesystem::path bad = out / "invalid.pef";
  std::ofstream(bad, std::ios::binary) << text;
  const testing::ProcessResult result =
      testing::run_process({HANDOUT_JAVA, "-cp", HANDOUT_PEF_CLASSPATH, "ValidatePef", bad});
  CHECK(result.exit_code == 1);
  std::filesystem::remove(bad);
}

TEST_CASE("a second build of the same content writes the same braille bytes") {
  const std::filesystem::path& first = built_samples({});
  const std::filesystem::path& second = built_samples({"--braille-cells", "40"});
  for (const std::string& id : testing::sample_ids())
    for (const std::string extension : {".brf", ".pef"})
      CHECK(read_file(first / (id + extension)) == read_file(second / (id + extension)));
}

}  // namespace handout::test
