// What the EPUB holds: every word of the handout in order, a page-list entry per page of the
// PDF (pdfinfo counts them) at markers in order, and the same bytes on a second build.
#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <regex>

#include "built_samples.h"
#include "lang/hours.h"
#include "lang/plan_words.h"
#include "model/reading_order.h"
#include "process.h"
#include "recognition.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

// The handout's words in reading order, from the model: every unit's text, the authors, a
// dose's printed line, a note's label, a table's header and rows cell by cell and the contact
// block's lines as print shows them.
std::vector<std::string> expected_words(const model::Handout& h) {
  std::string text;
  const model::Plan plan = lang::plan_of(h);
  for (const model::Unit& unit : model::reading_order(h)) {
    if (unit.text) {
      text += model::plain_text(*unit.text) + ' ';
    } else if (unit.kind == model::UnitKind::byline) {
      for (const model::Author& author : h.authors) text += author.name + ' ';
    } else if (unit.kind == model::UnitKind::dose) {
      text += plan.dose(std::get<model::Dose>(*unit.block)).printed + ' ';
    } else if (unit.kind == model::UnitKind::table || unit.kind == model::UnitKind::row) {
      for (const model::Inlines* cell : model::texts_of(unit))
        text += model::plain_text(*cell) + ' ';
    } else if (unit.kind == model::UnitKind::checklist) {
      continue;  // said, not printed: the list is its element
    } else if (unit.kind == model::UnitKind::note) {
      text += plan.note_label(std::get<model::Note>(*unit.block).kind) + ' ';
    } else {
      const model::Clinic& c = std::get<model::Contact>(*unit.block).clinic;
      text += c.name.text + ' ';
      for (const auto& field : {c.phone, c.email, c.web})
        if (field) text += field->text + ' ';
      for (const model::Office& office : c.offices) {
        if (office.name) text += office.name->text + ' ';
        for (const model::Field& line : office.address) text += line.text + ' ';
        if (office.phone) text += office.phone->text + ' ';
        for (const std::string& line : lang::hours_lines(office.hours, h.lang)) text += line + ' ';
        if (office.note) text += office.note->text + ' ';
      }
    }
  }
  return words_of(text);
}

// The text as a reader shows it: inline elements joined, blocks apart.
std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children()) {
    if (child.type() == pugi::node_pcdata) {
      out += child.value();
      continue;
    }
    const std::string name = child.name();
    out += text_of(child);
    if (name != "span" && name != "a" && name != "strong" && name != "em") out += ' ';
  }
  return out;
}

pugi::xml_document load(const std::filesystem::path& path) {
  pugi::xml_document doc;
  // As a reader shows it: a space between two elements is a space.
  const pugi::xml_parse_result parsed =
      doc.load_file(path.c_str(), pugi::parse_default | pugi::parse_ws_pcdata);
  INFO(path.string());
  REQUIRE(parsed);
  return doc;
}

int pdf_pages(const std::filesystem::path& pdf) {
  const testing::ProcessResult info = testing::run_process({"pdfinfo", pdf.string()});
  REQUIRE(info.exit_code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(info.out, m, std::regex("Pages:\\s+([0-9]+)")));
  return std::stoi(m[1]);
}

}  // namespace

TEST_CASE("every word of each handout is in its EPUB's content documents in order") {
  for (const std::string& id : validated_ids()) {
    const BuiltSample& sample = built_sample(id);
    std::string text;
    for (const std::filesystem::path& document : spine(sample))
      text += text_of(load(document).child("html").child("body"));
    const std::vector<std::string> expected = expected_words(sample.handout);
    CAPTURE(id);
    CHECK(expected.size() > 50);
    const std::vector<std::string> shown = words_of(text);
    std::size_t found = 0;  // the first word not shown in order, for the message
    for (std::size_t i = 0; i < shown.size() && found < expected.size(); ++i)
      found += shown[i] == expected[found];
    const std::string missing = found < expected.size() ? expected[found] : "";
    CAPTURE(missing);
    CHECK(common_subsequence(shown, expected) == expected.size());
  }
}

TEST_CASE("the page list has an entry per page of the PDF - each at its marker in order") {
  for (const std::string& id : validated_ids()) {
    const BuiltSample& sample = built_sample(id);
    const int pages = pdf_pages(sample.pdf);
    const pugi::xml_document nav = load(sample.unpacked / "EPUB/nav.xhtml");
    const pugi::xml_node list =
        nav.child("html").child("body").find_child_by_attribute("nav", "epub:type", "page-list");
    std::vector<std::string> hrefs;
    for (const pugi::xml_node& li : list.child("ol").children("li"))
      hrefs.push_back(li.child("a").attribute("href").value());
    CAPTURE(id);
    REQUIRE(hrefs.size() == static_cast<std::size_t>(pages));
    std::vector<std::string> markers;
    for (const std::filesystem::path& document : spine(sample)) {
      const pugi::xml_document doc = load(document);
      for (const pugi::xpath_node& n : doc.select_nodes("//*[@role='doc-pagebreak']"))
        markers.push_back(document.filename().string() + "#" + n.node().attribute("id").value());
    }
    CHECK(markers == hrefs);
    for (int page = 1; page <= pages; ++page)
      CHECK(hrefs[static_cast<std::size_t>(page - 1)].ends_with("#page" + std::to_string(page)));
  }
}

TEST_CASE("a second build makes byte-identical EPUBs" * doctest::test_suite("rebuild")) {
  for (const std::string& id : testing::sample_ids()) {
    CAPTURE(id);
    const std::string first = read_bytes(built_sample(id).epub);
    CHECK(first.size() > 10000);
    CHECK(read_bytes(rebuilt_epub(id)) == first);
  }
}

TEST_CASE("the archive holds the mimetype first and stored - and the recording the audio made") {
  for (const std::string& id : testing::sample_ids()) {
    const BuiltSample& sample = built_sample(id);
    const testing::ProcessResult listed =
        testing::run_process({"zipinfo", "-v", sample.epub.string()});
    REQUIRE(listed.exit_code == 0);
    const std::size_t first = listed.out.find("Central directory entry #1:");
    REQUIRE(first != std::string::npos);
    const std::string entry = listed.out.substr(first, 1500);
    CAPTURE(id);
    CHECK(entry.find("mimetype") != std::string::npos);
    CHECK(entry.find("compression method:                             none (stored)") !=
          std::string::npos);
    CHECK(entry.find("length of extra field:                          0 bytes") !=
          std::string::npos);
    CHECK(read_bytes(sample.unpacked / "EPUB/audio" / sample.mp3.filename()) ==
          read_bytes(sample.mp3));
  }
}

}  // namespace handout::test
