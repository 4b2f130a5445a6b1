// The full text: every word of the handout in content.html, in order; every sentence of it has
// a clip and every clip a sentence; and the same content makes the same book.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "book_reader.h"
#include "built_books.h"
#include "lang/hours.h"
#include "lang/plan_words.h"
#include "model/reading_order.h"
#include "process.h"

namespace handout::test {

namespace {

std::string squeeze(const std::string& text) {
  std::string out;
  for (const char c : text)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

// What the handout says, unit by unit in reading order: the texts, the authors, a dose's
// printed line, a note's label, the clinic's details and every office's lines.
std::vector<std::string> handout_texts(const model::Handout& handout) {
  std::vector<std::string> out;
  const model::Plan plan = lang::plan_of(handout);
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.text) {
      out.push_back(model::plain_text(*unit.text));
    } else if (unit.kind == model::UnitKind::byline) {
      for (const model::Author& author : handout.authors) out.push_back(author.name);
    } else if (unit.kind == model::UnitKind::dose) {
      out.push_back(plan.dose(std::get<model::Dose>(*unit.block)).printed);
    } else if (unit.kind == model::UnitKind::note) {
      out.push_back(plan.note_label(std::get<model::Note>(*unit.block).kind));
    } else {
      const model::Clinic& clinic = std::get<model::Contact>(*unit.block).clinic;
      out.push_back(clinic.name.text);
      for (const auto& field : {clinic.phone, clinic.email, clinic.web})
        if (field) out.push_back(field->text);
      for (const model::Office& office : clinic.offices) {
        if (office.name) out.push_back(office.name->text);
        for (const model::Field& line : office.address) out.push_back(line.text);
        if (office.phone) out.push_back(office.phone->text);
        for (const std::string& line : lang::hours_lines(office.hours, handout.lang))
          out.push_back(line);
        if (office.note) out.push_back(office.note->text);
      }
    }
  }
  return out;
}

// The ids of the elements a sentence id names ("u7-s2", "contents-s1"), in document order.
void sentence_ids(const pugi::xml_node& node, std::vector<std::string>& out) {
  for (const pugi::xml_node& child : node.children()) {
    const std::string id = child.attribute("id").value();
    // A sentence's id ("u7-s2", "closing-s1"), not a section's ("before-you-start").
    static const std::regex sentence("[a-z]+[0-9]*-s[0-9]+");
    if (std::regex_match(id, sentence)) out.push_back(id);
    sentence_ids(child, out);
  }
}

}  // namespace

TEST_CASE("every word of the handout is in the text document - in order") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const pugi::xml_document content = load(book.folder / "content.html");
    const std::string text = squeeze(all_text(content.child("html").child("body")));
    std::size_t at = 0;
    for (const std::string& said : handout_texts(book.handout)) {
      INFO(id, ": ", said);
      const std::size_t found = text.find(squeeze(said), at);
      REQUIRE(found != std::string::npos);
      at = found + squeeze(said).size();
    }
  }
}

TEST_CASE("every sentence of the text has one clip - and every clip a sentence - in order") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    std::vector<std::string> sentences, clipped;
    sentence_ids(load(book.folder / "content.html").child("html").child("body"), sentences);
    for (const std::string& smil : smil_order(book.folder))
      for (const SmilPar& par : smil_pars(book.folder / smil)) {
        CAPTURE(par.text_src);
        REQUIRE(par.text_src.starts_with("content.html#"));
        clipped.push_back(par.text_src.substr(par.text_src.find('#') + 1));
      }
    INFO(id);
    CHECK(sentences.size() > 20);
    CHECK(clipped == sentences);
  }
}

TEST_CASE("the same content makes the same book - byte for byte" * doctest::test_suite("rebuild")) {
  for (const std::string& id : sample_ids) {
    INFO(id);
    CHECK(testing::read_all(built_book(id).zip) == testing::read_all(rebuilt_zip(id)));
  }
}

}  // namespace handout::test
