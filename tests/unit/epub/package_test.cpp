// The package: files in order, the package document's metadata, manifest and spine.
#include <algorithm>
#include <set>

#include "book_support.h"
#include "epub/clock.h"
#include "epub/content.h"
#include "epub/package_files.h"
#include "epub/style.h"

namespace handout::test {

namespace {

// A recording with a clip for every sentence, a second apart from half a second on, and
// 0.7 s after the last.
epub::PackageInputs inputs(const model::Handout& h) {
  epub::PackageInputs in;
  in.pdf_name = "sample.pdf";
  in.audio.name = "sample.mp3";
  in.audio.bytes = "ID3 not really an mp3";
  std::int64_t t = 500;
  for (const epub::ContentDocument& d : epub::build_book(h, {}).documents)
    for (const std::string& id : d.sentences) {
      in.audio.clips.push_back({id, t, t + 1000});
      t += 1000;
    }
  in.audio.duration = t + 700;
  in.fonts = {{"AtkinsonHyperlegible-Regular.ttf", "font bytes"}};
  in.pages = {{1, "u1", 0, ""}};
  return in;
}

std::vector<std::string> values(const pugi::xml_node& metadata, const std::string& property) {
  std::vector<std::string> out;
  for (const pugi::xml_node& meta : metadata.children("meta"))
    if (property == meta.attribute("property").value() && !meta.attribute("refines"))
      out.push_back(meta.text().get());
  return out;
}

}  // namespace

TEST_CASE("the package starts with the mimetype stored and lists every file it holds") {
  const model::Handout h = read_sample();
  const epub::Package package = epub::package_files(h, inputs(h));
  REQUIRE(package.files.size() > 5);
  CHECK(package.files[0].path == "mimetype");
  CHECK(package.files[0].bytes == "application/epub+zip");
  CHECK_FALSE(package.files[0].compress);
  CHECK(package.sentences == inputs(h).audio.clips.size());
  CHECK(package.pages == 1);
  const auto opf = std::ranges::find(package.files, "EPUB/package.opf", &epub::PackageFile::path);
  REQUIRE(opf != package.files.end());
  const pugi::xml_document doc = parse(opf->bytes);
  std::set<std::string> paths;
  for (const epub::PackageFile& f : package.files) paths.insert(f.path);
  for (const pugi::xml_node& item : doc.child("package").child("manifest").children("item"))
    CHECK(paths.contains("EPUB/" + std::string(item.attribute("href").value())));
  std::vector<std::string> spine;
  for (const pugi::xml_node& ref : doc.child("package").child("spine").children("itemref"))
    spine.push_back(ref.attribute("idref").value());
  CHECK(spine ==
        std::vector<std::string>{"opening.xhtml", "s1.xhtml", "s2.xhtml", "contact.xhtml"});
}

TEST_CASE("the metadata has the accessibility properties and durations that add up") {
  const model::Handout h = read_sample();
  const epub::PackageInputs in = inputs(h);
  const epub::Package package = epub::package_files(h, in);
  const pugi::xml_document doc = parse(package.files[2].bytes);
  const pugi::xml_node metadata = doc.child("package").child("metadata");
  CHECK(values(metadata, "schema:accessMode") == std::vector<std::string>{"textual", "auditory"});
  CHECK(values(metadata, "schema:accessibilityFeature") ==
        std::vector<std::string>{"synchronizedAudioText", "structuralNavigation", "tableOfContents",
                                 "displayTransformability", "printPageNumbers"});
  CHECK(values(metadata, "schema:accessibilityHazard") == std::vector<std::string>{"none"});
  // No evaluation against WCAG stands behind a build: it claims none, and names no certifier.
  CHECK(values(metadata, "dcterms:conformsTo").empty());
  CHECK(values(metadata, "a11y:certifiedBy").empty());
  const std::vector<std::string> summary = values(metadata, "schema:accessibilitySummary");
  REQUIRE(summary.size() == 1);
  CHECK(summary[0].find("the tool checked that every picture has a description in words") !=
        std::string::npos);
  CHECK(summary[0].find("it claims no conformance") != std::string::npos);
  CHECK(values(metadata, "dcterms:modified") == std::vector<std::string>{"2026-11-26T00:00:00Z"});
  // The clips tile the recording: together they last as long as it does.
  const std::int64_t spoken = in.audio.duration;
  CHECK(package.duration == spoken);
  CHECK(values(metadata, "media:duration") == std::vector<std::string>{epub::clock_value(spoken)});
  std::int64_t parts = 0;
  for (const pugi::xml_node& meta : metadata.children("meta")) {
    if (std::string(meta.attribute("property").value()) != "media:duration" ||
        !meta.attribute("refines"))
      continue;
    const std::string clock = meta.text().get();  // 0:mm:ss.fff in this test
    parts += std::stoll(clock.substr(2, 2)) * 60000 + std::stoll(clock.substr(5, 2)) * 1000 +
             std::stoll(clock.substr(8, 3));
  }
  CHECK(parts == spoken);
}

TEST_CASE("emphasis is bold not italic in the book as in print") {
  CHECK(epub::stylesheet().find("em {\n  font-style: normal;\n  font-weight: bold;\n}") !=
        std::string::npos);
}

TEST_CASE("dates and identifiers are the same on every build") {
  model::Handout h = read_sample();
  CHECK(epub::modified_time(h, 0) == epub::modified_time(h, 99));
  h.revised.reset();
  CHECK(epub::modified_time(h, 1764201600) == "2025-11-27T00:00:00Z");
  CHECK(epub::modified_time(h, 86399) == "1970-01-01T23:59:59Z");
  const std::string id = epub::identifier(h);
  CHECK(id.starts_with("urn:uuid:"));
  CHECK(id.size() == 9 + 36);
  CHECK(id[9 + 14] == '8');
  CHECK(epub::identifier(h) == id);
  h.id = "other";
  CHECK(epub::identifier(h) != id);
}

TEST_CASE("a recording without a sentence's time is refused") {
  const model::Handout h = read_sample();
  epub::PackageInputs in = inputs(h);
  in.audio.clips.pop_back();
  CHECK_THROWS_AS(epub::package_files(h, in), std::invalid_argument);
}

TEST_CASE("a recording that speaks a sentence no document shows is refused") {
  const model::Handout h = read_sample();
  epub::PackageInputs in = inputs(h);
  in.audio.clips.push_back({"u999-s1", in.audio.duration - 100, in.audio.duration});
  CHECK_THROWS_AS(epub::package_files(h, in), std::invalid_argument);
}

TEST_CASE("a published handout's package names its read-along page and others name none") {
  model::Handout h = read_sample();
  const auto relations = [&] {
    const pugi::xml_document doc = parse(epub::package_files(h, inputs(h)).files[2].bytes);
    std::vector<std::string> out;
    for (const pugi::xml_node& node :
         doc.child("package").child("metadata").children("dc:relation"))
      out.push_back(node.text().get());
    return out;
  };
  CHECK(relations().empty());
  for (model::Block& block : h.body)
    if (auto* contact = std::get_if<model::Contact>(&block))
      contact->clinic.publish_base = "https://www.example.org/handouts/";
  CHECK(relations() == std::vector<std::string>{"https://www.example.org/handouts/sample.html"});
}

}  // namespace handout::test
