// out/manifest.json: one record per format, read back exactly; damage is an error with a place.
#include "cli/manifest.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "model/diagnostic.h"

namespace handout::test {

namespace fs = std::filesystem;

TEST_CASE("a manifest reads back as it was written with one summary per format") {
  cli::Manifest manifest;
  manifest.tool_version = "1.0";
  cli::ManifestEntry& entry = manifest.handouts["a"];
  entry.source = "handouts/a.xml";
  entry.formats["pdf"] = {"h1", {{"a.pdf", 10, "x"}}, {{"pages", 2}}};
  entry.formats["audio"] = {"h2", {{"a.mp3", 20, "y"}}, {{"seconds", 3.5}}};
  entry.stale = true;
  manifest.collection["web"] = {"", {{"index.html", 30, "z"}}, {}};
  const fs::path path = fs::temp_directory_path() / ("manifest-test-" + std::to_string(::getpid()));
  std::ofstream(path) << cli::to_json(manifest);
  CHECK(cli::load_manifest(path) == manifest);
  fs::remove(path);
}

TEST_CASE("a missing manifest is empty and a corrupt one is an error naming the file") {
  const fs::path path = fs::temp_directory_path() / ("manifest-bad-" + std::to_string(::getpid()));
  CHECK(cli::load_manifest(path) == cli::Manifest{});
  std::ofstream(path) << "{\"handouts\": [";
  CHECK_THROWS_WITH_AS(cli::load_manifest(path), doctest::Contains("unreadable manifest"),
                       model::Error);
  try {
    cli::load_manifest(path);
  } catch (const model::Error& error) {
    CHECK(error.diagnostic().file == path.string());
  }
  fs::remove(path);
}

}  // namespace handout::test
