// The exercise sampler's EPUB, built by the real program and unpacked with Python's zipfile:
// each picture is a file of the archive, listed in the package's manifest with the media type
// its bytes have; each is shown with its figure's description as alt text and its caption; the
// exercises are in the navigation under their section; the notes show their labels and the
// links their own words.
#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "built_samples.h"
#include "lang/plan_words.h"
#include "model/reading_order.h"

namespace handout::test {

namespace {

pugi::xml_document xml_file(const std::filesystem::path& path) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_file(path.c_str());
  INFO(path.string());
  REQUIRE(parsed);
  return doc;
}

// Every element named `name` in the sampler's content documents, in reading order.
std::vector<pugi::xml_node> elements(const std::vector<pugi::xml_document>& documents,
                                     const std::string& name) {
  std::vector<pugi::xml_node> out;
  for (const pugi::xml_document& doc : documents)
    for (const pugi::xpath_node& n : doc.select_nodes(("//*[local-name()='" + name + "']").c_str()))
      out.push_back(n.node());
  return out;
}

std::string text_in(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children())
    out += child.type() == pugi::node_pcdata ? std::string(child.value()) : text_in(child);
  return out;
}

std::vector<pugi::xml_document> content_documents(const BuiltSample& sample) {
  std::vector<pugi::xml_document> out;
  for (const std::filesystem::path& path : spine(sample)) out.push_back(xml_file(path));
  return out;
}

}  // namespace

TEST_CASE(
    "the manifest lists each picture with the media type of its bytes and the archive holds it") {
  const BuiltSample& sample = built_sample("exercise-sampler");
  const pugi::xml_document opf = xml_file(sample.unpacked / "EPUB/package.opf");
  std::vector<std::string> pictures;
  for (const pugi::xml_node& item : opf.child("package").child("manifest").children("item")) {
    const std::string type = item.attribute("media-type").value();
    if (!type.starts_with("image/")) continue;
    const std::string href = item.attribute("href").value();
    pictures.push_back(href + " " + type);
    const std::string bytes = read_bytes(sample.unpacked / "EPUB" / href);
    CAPTURE(href);
    CHECK((type == "image/png" ? bytes.starts_with("\x89PNG\r\n")
                               : bytes.starts_with("\xFF\xD8\xFF")));
  }
  CHECK(pictures == std::vector<std::string>{"images/exercise-sampler.picture-1.png image/png",
                                             "images/exercise-sampler.picture-2.jpg image/jpeg"});
}

TEST_CASE("each picture is shown with its description as alt text and its caption under it") {
  const BuiltSample& sample = built_sample("exercise-sampler");
  const std::vector<pugi::xml_document> documents = content_documents(sample);
  std::vector<std::string> expected, shown;
  for (const model::Unit& unit : model::reading_order(sample.handout))
    if (unit.kind == model::UnitKind::figure) expected.push_back(model::plain_text(*unit.text));
  for (const pugi::xml_node& img : elements(documents, "img")) {
    shown.emplace_back(img.attribute("alt").value());
    CHECK(
        std::filesystem::is_regular_file(sample.unpacked / "EPUB" / img.attribute("src").value()));
  }
  CHECK(shown == expected);
  const std::vector<pugi::xml_node> captions = elements(documents, "figcaption");
  REQUIRE(captions.size() == 1);
  CHECK(text_in(captions[0]) == "Let the arm swing like a pendulum.");
}

TEST_CASE("the navigation lists each exercise under its section") {
  const BuiltSample& sample = built_sample("exercise-sampler");
  const pugi::xml_document nav = xml_file(sample.unpacked / "EPUB/nav.xhtml");
  const pugi::xpath_node program =
      nav.select_node("//*[local-name()='li'][*[local-name()='a'][.='Your program']]");
  REQUIRE(program);
  std::vector<std::string> nested;
  for (const pugi::xpath_node& a :
       program.node().select_nodes("*[local-name()='ol']/*/*[local-name()='a']"))
    nested.push_back(text_in(a.node()));
  CHECK(nested == std::vector<std::string>{"Pendulum", "Bridge", "Heel slide"});
}

TEST_CASE("each note shows its label and the link with words of its own shows them") {
  const BuiltSample& sample = built_sample("exercise-sampler");
  const std::vector<pugi::xml_document> documents = content_documents(sample);
  std::vector<std::string> labels;
  for (const pugi::xml_node& aside : elements(documents, "aside")) {
    const pugi::xml_node label = aside.find_child_by_attribute("p", "class", "note-label");
    labels.push_back(text_in(label));
    CHECK(labels.back() == aside.attribute("aria-label").value());
  }
  CHECK(labels == std::vector<std::string>{"Emergency", "Tip", "Warning", "Important"});
  std::vector<std::string> links;
  for (const pugi::xml_node& a : elements(documents, "a"))
    if (std::string(a.attribute("href").value()).starts_with("https://"))
      links.push_back(text_in(a) + " -> " + a.attribute("href").value());
  // Then the clinic's own web address, in the contact block, and the handout's published page,
  // in the closing's line of other formats.
  CHECK(links ==
        std::vector<std::string>{"the pendulum video -> https://example.org/videos/pendulum",
                                 "www.example.org/exercises -> https://www.example.org/exercises",
                                 "https://www.example.org/ -> https://www.example.org/",
                                 "www.example.org/handouts/exercise-sampler.html -> "
                                 "https://www.example.org/handouts/exercise-sampler.html"});
}

}  // namespace handout::test
