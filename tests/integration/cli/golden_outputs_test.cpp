// The samples' outputs are byte-for-byte those recorded in tests/golden: a refactoring changes
// no output byte. A change meant to alter them updates the record with
// scripts/update-golden.sh and says why in its commit.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "cli_fixture.h"
#include "process.h"
#include "shared_build.h"

using namespace handout::testing;

// Both read the samples as the EPUB, DAISY and plain-language tests build them: one build of
// every format at SOURCE_DATE_EPOCH=0 (tests/support/shared_build.h).
std::filesystem::path built_samples() {
  const SharedBuild built = shared_samples("out", std::string(HANDOUT_SOURCE_DIR) + "/content");
  INFO(built.result.out, built.result.err);
  REQUIRE(built.result.exit_code == 0);
  return built.out;
}

TEST_CASE("every sample's PDF MP3 and SSML are byte-identical to the recorded ones") {
  const std::string source = HANDOUT_SOURCE_DIR;
  const ProcessResult check = run_process(
      {"sha256sum", "--check", "--strict", source + "/tests/golden/sample-outputs.sha256"},
      built_samples());
  INFO(check.out);
  CHECK(check.exit_code == 0);
}

TEST_CASE("the index links every file a patient can use that the build wrote and no other") {
  const std::filesystem::path out = built_samples();
  const std::string index = read_all(out / "index.html");
  // The files made for the whole folder (the index, the pages' offline worker), as the
  // manifest records them, and the manifest.
  std::set<std::string> folder_files{"manifest.json"};
  const nlohmann::json manifest = nlohmann::json::parse(read_all(out / "manifest.json"));
  for (const auto& record : manifest["collection"])
    for (const auto& output : record["outputs"])
      folder_files.insert(output["name"].get<std::string>());
  CHECK(folder_files.contains("index.html"));
  std::size_t linked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    if (folder_files.contains(name) || name.starts_with(".")) continue;
    CAPTURE(name);
    // The recording's script is for the clinic's staff, not a patient's format; the pictures
    // beside a page are the page's own.
    const bool for_patients =
        !name.ends_with(".ssml") && name.find(".picture-") == std::string::npos;
    CHECK((index.find("href=\"" + name + "\"") != std::string::npos) == for_patients);
    linked += for_patients;
  }
  CHECK(linked >= 3 * 6);  // at least PDF, MP3, page, EPUB, BRF and PEF for each sample
}
