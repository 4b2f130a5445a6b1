// out/manifest.json: one record per format, read back exactly; damage is an error with a place.
#include "cli/manifest.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <vector>

#include "cli/output_names.h"
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

TEST_CASE("what the build did not derive reads as absent - paths other ids' files bad ids") {
  cli::Manifest manifest;
  manifest.handouts["a"].formats["pdf"] = {
      "h", {{"a.pdf", 1, ""}, {"../victim", 1, ""}, {"/etc/passwd", 1, ""}, {"b.pdf", 1, ""}}, {}};
  manifest.handouts["a"].formats["audio"] = {"h", {{"a.pdf", 1, ""}, {"a.mp3", 1, ""}}, {}};
  manifest.handouts["a"].formats["nonsense"] = {"h", {{"a.nonsense", 1, ""}}, {}};
  manifest.handouts["../b"].formats["pdf"] = {"h", {{"../b.pdf", 1, ""}}, {}};
  manifest.handouts["B"].formats["pdf"] = {"h", {{"B.pdf", 1, ""}}, {}};
  manifest.collection["web"] = {"",
                                {{"index.html", 1, ""},
                                 {"../index.html", 1, ""},
                                 {"manifest.json", 1, ""},
                                 {"notes.txt", 1, ""}},
                                {}};
  const fs::path path =
      fs::temp_directory_path() / ("manifest-names-" + std::to_string(::getpid()));
  std::ofstream(path) << cli::to_json(manifest);
  const cli::Manifest read = cli::load_manifest(path);
  fs::remove(path);
  REQUIRE(read.handouts.size() == 1);
  const cli::ManifestEntry& a = read.handouts.at("a");
  CHECK(a.formats.size() == 2);
  CHECK(a.formats.at("pdf").outputs == std::vector<cli::OutputRecord>{{"a.pdf", 1, ""}});
  CHECK(a.formats.at("audio").outputs == std::vector<cli::OutputRecord>{{"a.mp3", 1, ""}});
  CHECK(read.collection.at("web").outputs == std::vector<cli::OutputRecord>{{"index.html", 1, ""}});
}

TEST_CASE("an output folder's file name is plain - no folder no parent no path") {
  CHECK(cli::is_plain_file_name("index.html"));
  CHECK(cli::is_plain_file_name("a.daisy.zip"));
  for (const char* name : {"", ".", "..", "../a.pdf", "/tmp/a.pdf", "sub/a.pdf"})
    CHECK_FALSE(cli::is_plain_file_name(name));
  CHECK(cli::is_derived_output("pdf", "a", "a.pdf"));
  CHECK_FALSE(cli::is_derived_output("pdf", "a", "b.pdf"));
  CHECK_FALSE(cli::is_derived_output("pdf", "../a", "../a.pdf"));
  CHECK_FALSE(cli::is_derived_output("audio", "a", "a.pdf"));
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("the web page's pictures are derived names - numbered from 1 and nothing else") {
  for (const char* name : {"a.picture-1.png", "a.picture-2.jpg", "a.picture-99999.png"}) {
    CAPTURE(name);
    CHECK(cli::is_derived_output("web", "a", name));
  }
  for (const char* name :
       {"a.picture-0.png", "a.picture-01.png", "a.picture-.png", "a.picture-1.gif",
        "a.picture-1.png.bak", "a.picture-x.png", "a.picture-1/../b.png", "a.picture-100000.png",
        "a.picture-1", "a.picture--1.png", "a.picture-1.PNG", "ab.picture-1.png", "a.png",
        "a.picture-1.jpeg"}) {
    CAPTURE(name);
    CHECK_FALSE(cli::is_derived_output("web", "a", name));
  }
  CHECK_FALSE(cli::is_derived_output("pdf", "a", "a.picture-1.png"));
  CHECK_FALSE(cli::is_derived_output("web", "../a", "../a.picture-1.png"));
}

TEST_CASE("a manifest's pictures are kept for their writer and dropped for another") {
  cli::Manifest manifest;
  manifest.handouts["a"].formats["web"] = {
      "h", {{"a.html", 1, ""}, {"a.picture-1.png", 1, ""}, {"a.picture-1.exe", 1, ""}}, {}};
  manifest.handouts["a"].formats["pdf"] = {"h", {{"a.pdf", 1, ""}, {"a.picture-2.png", 1, ""}}, {}};
  const cli::Manifest kept = cli::without_underived(manifest);
  CHECK(kept.handouts.at("a").formats.at("web").outputs ==
        std::vector<cli::OutputRecord>{{"a.html", 1, ""}, {"a.picture-1.png", 1, ""}});
  CHECK(kept.handouts.at("a").formats.at("pdf").outputs ==
        std::vector<cli::OutputRecord>{{"a.pdf", 1, ""}});
}

}  // namespace handout::test
