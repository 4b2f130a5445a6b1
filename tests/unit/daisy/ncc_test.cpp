// ncc.html: the metadata DAISY 2.02 requires, each once, and the headings as links to SMIL
// files, the title first.
#include "daisy/ncc.h"

#include <stdexcept>

#include "daisy_support.h"

namespace handout::test {

namespace {

daisy::Metadata metadata() {
  daisy::Metadata m;
  m.title = "Knee care & you";
  m.creators = {"Ana Example", "Ben Example"};
  m.date = "2026-11-26";
  m.identifier = "urn:uuid:x";
  m.language = "en-US";
  m.publisher = "Sample Clinic";
  m.generator = "handout";
  m.total_time = 3'725'600;
  m.files = 8;
  return m;
}

const std::vector<daisy::NccEntry> entries{{1, "u1", "Knee care & you", "opening.smil#u1-s1"},
                                           {1, "u6", "At home", "s1.smil#u6-s1"},
                                           {2, "u8", "Ice", "s1.smil#u8-s1"},
                                           {3, "u10", "How long", "s1.smil#u10-s1"},
                                           {1, "u14", "How to reach us", "contact.smil#u14-s1"}};

}  // namespace

TEST_CASE("ncc.html is XHTML 1.0 whose body is the headings - the title first") {
  const std::string ncc = daisy::ncc_document(metadata(), entries);
  CHECK(ncc.find("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\"") !=
        std::string::npos);
  const pugi::xml_document doc = parse(ncc);
  const pugi::xml_node html = doc.child("html");
  CHECK(std::string(html.attribute("xmlns").value()) == "http://www.w3.org/1999/xhtml");
  CHECK(std::string(html.attribute("xml:lang").value()) == "en-US");
  std::vector<std::string> body;
  for (const pugi::xml_node& h : html.child("body").children())
    body.push_back(std::string(h.name()) + " " + h.attribute("id").value() + " " +
                   h.child("a").attribute("href").value() + " " + h.child_value("a"));
  CHECK(body == std::vector<std::string>{"h1 u1 opening.smil#u1-s1 Knee care & you",
                                         "h1 u6 s1.smil#u6-s1 At home", "h2 u8 s1.smil#u8-s1 Ice",
                                         "h3 u10 s1.smil#u10-s1 How long",
                                         "h1 u14 contact.smil#u14-s1 How to reach us"});
  CHECK(std::string(html.child("body").first_child().attribute("class").value()) == "title");
  CHECK(html.child("body").last_child().attribute("class").empty());
}

TEST_CASE("ncc.html has every metadata DAISY 2.02 requires - once") {
  const pugi::xml_document doc = parse(daisy::ncc_document(metadata(), entries));
  const pugi::xml_node head = doc.child("html").child("head");
  CHECK(std::string(head.child_value("title")) == "Knee care & you");
  const std::vector<std::pair<std::string, std::string>> expected{
      {"dc:title", "Knee care & you"},
      {"dc:date", "2026-11-26"},
      {"dc:format", "Daisy 2.02"},
      {"dc:identifier", "urn:uuid:x"},
      {"dc:language", "en-US"},
      {"dc:publisher", "Sample Clinic"},
      {"ncc:charset", "utf-8"},
      {"ncc:generator", "handout"},
      {"ncc:multimediaType", "audioFullText"},
      {"ncc:totalTime", "01:02:06"},
      {"ncc:files", "8"},
      {"ncc:tocItems", "5"},
      {"ncc:depth", "3"},
      {"ncc:pageFront", "0"},
      {"ncc:pageNormal", "0"},
      {"ncc:pageSpecial", "0"},
      {"ncc:maxPageNormal", "0"},
      {"ncc:setInfo", "1 of 1"}};
  for (const auto& [name, content] : expected) {
    const auto& name_shown = name;  // clang 14 cannot capture a binding
    CAPTURE(name_shown);
    CHECK(head.select_nodes(("meta[@name='" + name + "']").c_str()).size() == 1);
    CHECK(meta(head, name) == content);
  }
  CHECK(head.select_nodes("meta[@name='dc:creator']").size() == 2);
  CHECK(std::string(
            head.find_child_by_attribute("meta", "name", "dc:date").attribute("scheme").value()) ==
        "yyyy-mm-dd");
  CHECK(std::string(head.find_child_by_attribute("meta", "http-equiv", "Content-type")
                        .attribute("content")
                        .value()) == "text/html; charset=utf-8");
}

TEST_CASE("headings that skip a level - or no heading at all - are refused") {
  CHECK_THROWS_AS(daisy::ncc_document(metadata(), {}), std::invalid_argument);
  CHECK_THROWS_AS(daisy::ncc_document(metadata(), {{1, "u1", "T", "a.smil#u1-s1"},
                                                   {3, "u2", "Deep", "a.smil#u2-s1"}}),
                  std::invalid_argument);
  CHECK_THROWS_AS(daisy::ncc_document(metadata(), {{2, "u1", "T", "a.smil#u1-s1"}}),
                  std::invalid_argument);
}

}  // namespace handout::test
