// Pictures and exercises in the EPUB: each picture a file of the package, stored as it is and
// listed in the manifest with its media type; a top-level exercise a document of its own, like
// a section, and every exercise an entry of the navigation under its section.
#include <algorithm>

#include "book_support.h"
#include "element_id_headings.h"
#include "epub/content.h"
#include "epub/documents.h"
#include "epub/package_files.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

// A top-level exercise, then a section with an exercise and its picture.
const char* const program = R"(<handout id="program" lang="en-US" revised="2026-11-26">
<title>Program</title>
<exercise id="warm-up"><name>Warm up</name><p>Walk a little.</p><dose times="1" per="day"/></exercise>
<section><heading>Strength</heading>
<exercise><name>Bridge</name>
<figure src="images/bridge.jpg"><description>Hips lifted off the floor.</description></figure>
<dose reps="10"/></exercise>
</section>
</handout>
)";

model::Handout read_program() {
  testing::ReadResult read = testing::read_text(program, "program", testing::exercise_content());
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::move(*read.handout);
}

// Every sentence of the documents a clip, a second each.
epub::PackageInputs program_inputs(const model::Handout& h) {
  epub::PackageInputs in;
  in.pdf_name = h.id + ".pdf";
  in.audio.name = h.id + ".mp3";
  in.audio.bytes = "not an mp3";
  std::int64_t t = 0;
  for (const epub::ContentDocument& d : epub::build_book(h, {}).documents)
    for (const std::string& id : d.sentences) {
      in.audio.clips.push_back({id, t, t + 1000});
      t += 1000;
    }
  in.audio.duration = t;
  return in;
}

pugi::xml_document package_document(const epub::Package& package) {
  const auto opf = std::ranges::find(package.files, "EPUB/package.opf", &epub::PackageFile::path);
  REQUIRE(opf != package.files.end());
  return parse(opf->bytes);
}

std::vector<std::string> property_values(const pugi::xml_document& opf, const char* property) {
  std::vector<std::string> out;
  for (const pugi::xml_node& meta : opf.child("package").child("metadata").children("meta"))
    if (std::string(meta.attribute("property").value()) == property)
      out.push_back(meta.text().get());
  return out;
}

}  // namespace

TEST_CASE("each picture is a file of the package stored as it is and listed with its media type") {
  const model::Handout h = testing::read_exercise_sampler();
  const epub::Package package = epub::package_files(h, program_inputs(h));
  const pugi::xml_document opf = package_document(package);
  std::vector<std::pair<std::string, std::string>> pictures;
  for (const pugi::xml_node& item : opf.child("package").child("manifest").children("item"))
    if (std::string(item.attribute("media-type").value()).starts_with("image/"))
      pictures.emplace_back(item.attribute("href").value(), item.attribute("media-type").value());
  CHECK(pictures == std::vector<std::pair<std::string, std::string>>{
                        {"images/exercise-sampler.picture-1.png", "image/png"},
                        {"images/exercise-sampler.picture-2.jpg", "image/jpeg"}});
  for (const auto& [href, type] : pictures) {
    const auto file = std::ranges::find(package.files, "EPUB/" + href, &epub::PackageFile::path);
    REQUIRE(file != package.files.end());
    CHECK_FALSE(file->compress);  // PNG and JPEG are compressed already
    CHECK_FALSE(file->contents().empty());
  }
  // Without a format's prepared files, the pictures are the handout's own.
  const auto png = std::ranges::find(package.files, "EPUB/images/exercise-sampler.picture-1.png",
                                     &epub::PackageFile::path);
  const xhtml::PictureFiles own(h);
  CHECK(png->contents() == own.files()[0].bytes);
}

TEST_CASE("a book with pictures is visual too and says they have alternative text") {
  const model::Handout h = testing::read_exercise_sampler();
  const pugi::xml_document opf = package_document(epub::package_files(h, program_inputs(h)));
  CHECK(property_values(opf, "schema:accessMode") ==
        std::vector<std::string>{"textual", "auditory", "visual"});
  CHECK(property_values(opf, "schema:accessModeSufficient") ==
        std::vector<std::string>{"textual", "auditory"});
  const std::vector<std::string> features = property_values(opf, "schema:accessibilityFeature");
  CHECK(std::ranges::count(features, "alternativeText") == 1);
}

TEST_CASE("a content document shows a picture from the package's images folder") {
  const model::Handout h = read_program();
  const epub::Package package = epub::package_files(h, program_inputs(h));
  const auto s2 = std::ranges::find(package.files, "EPUB/s2.xhtml", &epub::PackageFile::path);
  REQUIRE(s2 != package.files.end());
  const pugi::xml_document doc = parse(s2->bytes);
  const pugi::xml_node img =
      doc.find_node([](const pugi::xml_node& n) { return std::string(n.name()) == "img"; });
  REQUIRE(img);
  CHECK(std::string(img.attribute("src").value()) == "images/program.picture-1.jpg");
  CHECK(std::string(img.attribute("alt").value()) == "Hips lifted off the floor.");
}

TEST_CASE(
    "a top-level exercise has a document of its own and every exercise is in the navigation") {
  const model::Handout h = read_program();
  const epub::Book book = epub::build_book(h, {});
  std::vector<std::string> names;
  for (const epub::ContentDocument& d : book.documents) names.push_back(d.name);
  CHECK(names ==
        std::vector<std::string>{"opening.xhtml", "s1.xhtml", "s2.xhtml", "contact.xhtml"});
  CHECK(book.documents[1].title == "Warm up");
  const pugi::xml_document nav =
      parse(epub::navigation_document(book, "Program", "en-US", lang::Terms(h.lang)));
  const pugi::xml_node top = nav.child("html")
                                 .child("body")
                                 .find_child_by_attribute("nav", "epub:type", "toc")
                                 .child("ol");
  std::vector<std::string> titles;
  for (const pugi::xml_node& li : top.children("li")) titles.push_back(all_text(li.child("a")));
  CHECK(titles == std::vector<std::string>{"Program", "Warm up", "Strength", "How to reach us"});
  const pugi::xml_node strength = top.find_child(
      [](const pugi::xml_node& li) { return all_text(li.child("a")) == "Strength"; });
  const pugi::xml_node bridge = strength.child("ol").child("li").child("a");
  CHECK(all_text(bridge) == "Bridge");
  CHECK(std::string(bridge.attribute("href").value()).starts_with("s2.xhtml#u"));
  // The opening's contents link to the exercise's document too.
  CHECK(book.documents[0].body.find("href=\"s1.xhtml#") != std::string::npos);
}

TEST_CASE("the sampler's documents use only their sections' and exercises' ids and the formats'") {
  const model::Handout h = testing::read_exercise_sampler();
  const epub::Book book = epub::build_book(h, {{1, "u1", 0, ""}});
  for (const epub::ContentDocument& document : book.documents) {
    CAPTURE(document.name);
    check_element_ids(epub::xhtml_document(document, "en-US"), h);
  }
}

}  // namespace handout::test
