// The tools the field uses: epubcheck (Debian's, as a jar: /usr/bin/epubcheck does not start on
// Debian 12) with warnings as failures, and Ace by DAISY (npm, pinned in js/) driving Debian's
// chromium, whose report must hold no violation.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "built_samples.h"
#include "process.h"
#include "sample_audio.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

const std::filesystem::path repository = HANDOUT_SOURCE_DIR;

// Every failed assertion of Ace's EARL report, as "rule: message".
std::vector<std::string> violations(const nlohmann::json& report) {
  std::vector<std::string> out;
  for (const nlohmann::json& document : report.value("assertions", nlohmann::json::array()))
    for (const nlohmann::json& a : document.value("assertions", nlohmann::json::array()))
      out.push_back(a.at("earl:test").value("dct:title", "?") + ": " +
                    a.at("earl:result").value("dct:description", "") + " in " +
                    document.at("earl:testSubject").value("url", "?"));
  return out;
}

}  // namespace

TEST_CASE("epubcheck finds no error and no warning in any sample EPUB" *
          doctest::test_suite("validator")) {
  // One JVM for every book (EpubCheckAll.java), compiling with its quick compiler only and
  // collecting on one thread: a check is too short for the optimizing compiler to pay back.
  std::vector<std::string> command{
      "java",
      "-XX:TieredStopAtLevel=1",
      "-XX:+UseSerialGC",
      "-cp",
      "/usr/share/java/epubcheck.jar",
      (repository / "tests/integration/epub/EpubCheckAll.java").string()};
  const std::vector<std::string> ids = judged_ids();
  for (const std::string& id : ids) command.push_back(built_sample(id).epub.string());
  const testing::ProcessResult checked = testing::run_process(command);
  INFO(checked.err);
  CHECK(checked.exit_code == 0);
  // Each book's report ends with the line naming it and its exit code.
  std::size_t from = 0;
  for (const std::string& id : ids) {
    const std::string end = "== " + built_sample(id).epub.string() + " exit ";
    const std::size_t at = checked.out.find(end, from);
    REQUIRE_MESSAGE(at != std::string::npos, id, "\n", checked.out);
    const std::string report = checked.out.substr(from, at - from);
    INFO(id, "\n", report);
    CHECK(checked.out.compare(at + end.size(), 2, "0\n") == 0);
    CHECK(report.find("No errors or warnings detected") != std::string::npos);
    from = checked.out.find('\n', at) + 1;
  }
}

TEST_CASE("Ace by DAISY reports no violation in any sample EPUB" *
          doctest::test_suite("validator")) {
  const std::filesystem::path ace =
      repository / "tests/integration/epub/js/node_modules/.bin/ace-cli";
  REQUIRE_MESSAGE(std::filesystem::exists(ace), "run scripts/install-deps.sh");
  for (const std::string& id : judged_ids()) {
    const BuiltSample& sample = built_sample(id);
    const std::filesystem::path report = scratch_dir() / ("ace-" + id);
    const testing::ProcessResult checked =
        testing::run_process({"env", "PUPPETEER_EXECUTABLE_PATH=/usr/bin/chromium", ace.string(),
                              "-E", "-s", "-f", "-o", report.string(), "-t",
                              (scratch_dir() / ("ace-tmp-" + id)).string(), sample.epub.string()});
    INFO(id, "\n", checked.out, checked.err);
    REQUIRE((checked.exit_code == 0 || checked.exit_code == 2));  // 2: the report has failures
    const nlohmann::json earl = nlohmann::json::parse(read_bytes(report / "report.json"));
    const std::vector<std::string> found = violations(earl);
    CHECK_MESSAGE(found.empty(), nlohmann::json(found).dump(2));
    CHECK(earl.at("earl:result").at("earl:outcome") == "pass");
    CHECK(checked.exit_code == 0);
  }
}

}  // namespace handout::test
