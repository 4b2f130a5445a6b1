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
// printed line, a note's label, a table's cells (its header's, then each row's), the clinic's
// details and every office's lines. A checklist's introduction is said, not printed.
std::vector<std::string> handout_texts(const model::Handout& handout) {
  std::vector<std::string> out;
  const model::Plan plan = lang::plan_of(handout);
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.text) {
      out.push_back(model::plain_text(*unit.text));
    } else if (unit.kind == model::UnitKind::table || unit.kind == model::UnitKind::row) {
      for (const model::Inlines* cell : model::texts_of(unit))
        out.push_back(model::plain_text(*cell));
    } else if (unit.kind == model::UnitKind::checklist) {
      continue;
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

// XHTML 1.0 has tables as HTML5 has: a caption, a header row of <th scope="col">, rows that
// start with <th scope="row">. The header row is the table's introduction's sentence and each
// row its own ("A table of 4 rows: …", then one sentence a row); a checklist is its
// introduction's sentence, each item a box character with its state as its title, then the
// item's sentence.
TEST_CASE("the table sampler's text has its tables and checklist and the SMIL plays each row") {
  const BuiltBook& book = built_book("table-sampler");
  const model::Plan plan = lang::plan_of(book.handout);
  const pugi::xml_document content = load(book.folder / "content.html");
  std::set<std::string> clipped;
  for (const std::string& smil : smil_order(book.folder))
    for (const SmilPar& par : smil_pars(book.folder / smil))
      clipped.insert(par.text_src.substr(par.text_src.find('#') + 1));
  REQUIRE(plan.tables.size() == 3);
  for (const model::TableWords& table : plan.tables) {
    const pugi::xpath_node found =
        content.select_node(("//table[@id='" + table.unit + "']").c_str());
    REQUIRE(found);
    const pugi::xml_node node = found.node();
    CHECK(static_cast<bool>(node.child("caption")) == table.table->caption.has_value());
    const pugi::xml_node header = node.child("thead").child("tr");
    CHECK(std::string(header.attribute("id").value()) == model::sentence_id(table.unit, 1));
    CHECK(clipped.count(model::sentence_id(table.unit, 1)) == 1);
    std::size_t columns = 0;
    for (const pugi::xml_node& th : header.children("th")) {
      CHECK(std::string(th.attribute("scope").value()) == "col");
      ++columns;
    }
    CHECK(columns == table.table->columns());
    std::size_t k = 0;
    for (const pugi::xml_node& tr : node.child("tbody").children("tr")) {
      REQUIRE(k < table.rows.size());
      const std::string sentence = model::sentence_id(table.rows[k], 1);
      CHECK(std::string(tr.attribute("id").value()) == sentence);
      CHECK(clipped.count(sentence) == 1);
      CHECK(std::string(tr.first_child().name()) == "th");
      CHECK(std::string(tr.first_child().attribute("scope").value()) == "row");
      CHECK(all_text(tr.first_child()) ==
            model::plain_text(table.table->rows[k].cells.front().content));
      ++k;
    }
    CHECK(k == table.rows.size());
  }
  REQUIRE(plan.checklists.size() == 1);
  const model::ChecklistWords& list = plan.checklists.front();
  const std::string intro = model::sentence_id(list.unit, 1);
  CHECK(clipped.count(intro) == 1);
  const pugi::xpath_node found = content.select_node(("//ul[@id='" + intro + "']").c_str());
  REQUIRE(found);
  std::size_t k = 0;
  for (const pugi::xml_node& li : found.node().children("li")) {
    REQUIRE(k < list.checklist->items.size());
    const model::Check& item = list.checklist->items[k++];
    const pugi::xml_node box = li.find_child_by_attribute("span", "class", "box");
    REQUIRE(box);
    CHECK(std::string(box.attribute("title").value()) == plan.check_state(item.checked));
    CHECK(std::string(box.text().get()) == (item.checked ? "\u2611" : "\u2610"));
    CHECK(all_text(li).find(model::plain_text(item.content)) != std::string::npos);
  }
  CHECK(k == list.checklist->items.size());
}

TEST_CASE("the same content makes the same book - byte for byte" * doctest::test_suite("rebuild")) {
  for (const std::string& id : sample_ids) {
    INFO(id);
    CHECK(testing::read_all(built_book(id).zip) == testing::read_all(rebuilt_zip(id)));
  }
}

}  // namespace handout::test
