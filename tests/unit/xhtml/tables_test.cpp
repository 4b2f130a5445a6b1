// What issue 25 added to the handout's text, as every XHTML format shows it: a table of a
// caption, a header row of column headers and rows that start with their row header, each row
// one sentence and the header row the introduction's; a checklist that is its introduction's
// sentence, each item a real labelled check box on the web page or a box character with its
// state in words in a book.
#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "lang/plan_words.h"
#include "model/reading_order.h"
#include "read_sample.h"
#include "sample_handout.h"
#include "xhtml/renderer.h"

namespace handout::test {

namespace {

// Every sentence the renderer shows in order, and a page mark wherever a unit in `marked` or
// a sentence in `before` is asked for.
class TableMarks final : public xhtml::Marks {
 public:
  std::vector<std::string> ids, marked, before_sentences;
  std::vector<At> in(std::string_view unit, std::size_t begin, std::size_t) override {
    for (const std::string& u : marked)
      if (u == unit && begin == 0) return {{0, "<mark class=\"page\" title=\"" + u + "\"/>"}};
    return {};
  }
  std::string before(std::string_view sentence) override {
    for (const std::string& s : before_sentences)
      if (s == sentence) return "<mark class=\"page\" title=\"" + s + "\"/>";
    return "";
  }
  void shown(std::string_view sentence) override { ids.emplace_back(sentence); }
};

std::string table_text(const model::Handout& handout, xhtml::Markup markup, xhtml::Boxes boxes,
                       xhtml::Marks& marks) {
  const model::Plan plan = lang::plan_of(handout);
  xhtml::Renderer r(handout, plan, marks, markup, nullptr, boxes);
  std::string out = "<body>";
  out += r.title();
  out += r.byline();
  out += r.contents([&](const model::Block& b) { return "#" + r.anchor(b); });
  for (const model::Block& b : handout.body) out += r.block(b);
  return out + r.closing() + "</body>";
}

pugi::xml_document table_parsed(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str());
  INFO(result.description());
  REQUIRE(result);
  return doc;
}

std::string table_markup_of(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

pugi::xml_node table_by_id(const pugi::xml_document& doc, const std::string& id) {
  const pugi::xml_node node = doc.find_node(
      [&](const pugi::xml_node& n) { return std::string(n.attribute("id").value()) == id; });
  INFO(id);
  REQUIRE(node);
  return node;
}

const char* const small_table = R"(<handout id="sample" lang="en-US">
<title>Ice</title>
<section>
<heading>Each day</heading>
<table>
<caption>Your day</caption>
<header><cell>Time</cell><cell>What</cell><cell>With</cell></header>
<row><cell>8 AM</cell><cell>Ice <em>20</em> minutes</cell><cell/></row>
<row><cell>6 PM</cell><cell>Walk</cell><cell>a friend</cell></row>
</table>
<checklist>
<item checked="yes">Bring your walker</item>
<item>Bring your <em>list</em></item>
</checklist>
</section>
<contact/>
</handout>
)";

// The id of the first table's caption's unit.
std::string units_caption_id(const model::Handout& h) {
  for (const model::Unit& unit : model::reading_order(h))
    if (unit.kind == model::UnitKind::caption && std::holds_alternative<model::Table>(*unit.block))
      return unit.id;
  FAIL("no caption");
  return "";
}

model::Handout small_handout() {
  const testing::ReadResult r = testing::read_text(small_table);
  REQUIRE_MESSAGE(r.handout, r.report());
  return *r.handout;
}

}  // namespace

TEST_CASE("a table is a caption - a header row of column headers - and rows led by row headers") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  const model::TableWords& words = plan.tables.at(0);
  xhtml::Marks none;
  const std::string text = table_text(h, xhtml::Markup::html5, xhtml::Boxes::text, none);
  // A blank cell is an empty element, written in full (an HTML parser opens <td/>).
  CHECK(text.find("<td data-label=\"With\"></td>") != std::string::npos);
  const pugi::xml_document doc = table_parsed(text);
  const pugi::xml_node table = table_by_id(doc, words.unit);
  CHECK(std::string(table.name()) == "table");
  const std::string caption = units_caption_id(h);
  CHECK(table_markup_of(table.child("caption")) == "<caption id=\"" + caption + "\"><span id=\"" +
                                                       caption + "-s1\">Your day</span></caption>");
  CHECK(table_markup_of(table.child("thead")) ==
        "<thead><tr id=\"" + words.unit +
            "-s1\"><th scope=\"col\">Time</th><th scope=\"col\">What</th><th "
            "scope=\"col\">With</th></tr></thead>");
  const pugi::xml_node first = table.child("tbody").first_child();
  CHECK(table_markup_of(first) ==
        "<tr id=\"" + words.rows.at(0) +
            "-s1\"><th scope=\"row\">8 AM</th><td data-label=\"What\">Ice "
            "<em>20</em> minutes</td><td data-label=\"With\"/></tr>");
  CHECK(std::string(first.next_sibling().attribute("id").value()) == words.rows.at(1) + "-s1");
  CHECK_FALSE(first.next_sibling().next_sibling());
}

TEST_CASE("a talking book's table is XHTML 1.0: no data attributes") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  xhtml::Marks none;
  const std::string text = table_text(h, xhtml::Markup::xhtml1, xhtml::Boxes::controls, none);
  const pugi::xml_document doc = table_parsed(text);
  CHECK(text.find("data-") == std::string::npos);
  CHECK(text.find("<input") == std::string::npos);  // no form controls in a book
  CHECK(table_markup_of(table_by_id(doc, plan.tables.at(0).rows.at(1) + "-s1")) ==
        "<tr id=\"" + plan.tables.at(0).rows.at(1) +
            "-s1\"><th scope=\"row\">6 PM</th><td>Walk</td><td>a friend</td></tr>");
}

TEST_CASE("every sentence of a table and a checklist is shown once in reading order") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  for (const xhtml::Markup markup : {xhtml::Markup::html5, xhtml::Markup::xhtml1})
    for (const xhtml::Boxes boxes : {xhtml::Boxes::text, xhtml::Boxes::controls}) {
      TableMarks marks;
      const std::string text = table_text(h, markup, boxes, marks);
      std::vector<std::string> expected{"u1-s1"};
      for (const model::SpokenSentence& s : plan.contents) expected.push_back(s.id);
      for (const model::Unit& unit : plan.units)
        if (unit.kind != model::UnitKind::title && unit.kind != model::UnitKind::contact)
          expected.push_back(model::sentence_id(unit.id, 1));
      expected.push_back(plan.contact.groups.front().sentence);
      for (std::size_t k = 1; k < plan.contact.groups.size(); ++k)
        expected.push_back(plan.contact.groups[k].sentence);
      for (const model::SpokenSentence& s : plan.closing) expected.push_back(s.id);
      CHECK(marks.ids == expected);
      const pugi::xml_document doc = table_parsed(text);
      for (const std::string& id : marks.ids) table_by_id(doc, id);
    }
}

TEST_CASE("a format's page marks in a table go inside its first cell or its caption") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  const model::TableWords& words = plan.tables.at(0);
  TableMarks marks;
  const std::string caption = units_caption_id(h);
  marks.marked = {caption, words.unit, words.rows.at(1)};
  marks.before_sentences = {model::sentence_id(words.rows.at(0), 1)};
  const pugi::xml_document doc =
      table_parsed(table_text(h, xhtml::Markup::html5, xhtml::Boxes::text, marks));
  const pugi::xml_node table = table_by_id(doc, words.unit);
  CHECK(
      std::string(table.child("caption").child("span").first_child().attribute("title").value()) ==
      caption);
  const pugi::xml_node header = table.child("thead").child("tr").first_child();
  CHECK(std::string(header.first_child().attribute("title").value()) == words.unit);
  const pugi::xml_node row = table.child("tbody").first_child();
  CHECK(std::string(row.first_child().first_child().attribute("title").value()) ==
        model::sentence_id(words.rows.at(0), 1));
  CHECK(std::string(row.next_sibling().first_child().first_child().attribute("title").value()) ==
        words.rows.at(1));
}

TEST_CASE("a book's checklist shows each box as a character with its state in words") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  const model::ChecklistWords& words = plan.checklists.at(0);
  xhtml::Marks none;
  const pugi::xml_document doc =
      table_parsed(table_text(h, xhtml::Markup::html5, xhtml::Boxes::text, none));
  const pugi::xml_node list = table_by_id(doc, model::sentence_id(words.unit, 1));
  CHECK(std::string(list.name()) == "ul");
  CHECK(std::string(list.attribute("class").value()) == "checklist");
  const pugi::xml_node ticked = list.first_child();
  const std::string item = plan.units.at(plan.units.size() - 3).id;  // the first item's unit
  CHECK(table_markup_of(ticked) == "<li id=\"" + item +
                                       "\" class=\"check\"><span class=\"box\" role=\"img\" "
                                       "aria-label=\"done\">\u2611</span><span id=\"" +
                                       item + "-s1\">Bring your walker</span></li>");
  CHECK(table_markup_of(ticked.next_sibling().child("span")) ==
        "<span class=\"box\" role=\"img\" aria-label=\"not done\">\u2610</span>");

  const pugi::xml_document book =
      table_parsed(table_text(h, xhtml::Markup::xhtml1, xhtml::Boxes::text, none));
  CHECK(table_markup_of(table_by_id(book, item).child("span")) ==
        "<span class=\"box\" title=\"done\">\u2611</span>");
}

TEST_CASE("the web page's checklist is real check boxes labelled by their items") {
  const model::Handout h = small_handout();
  const model::Plan plan = lang::plan_of(h);
  const model::ChecklistWords& words = plan.checklists.at(0);
  xhtml::Marks none;
  const std::string text = table_text(h, xhtml::Markup::html5, xhtml::Boxes::controls, none);
  const pugi::xml_document doc = table_parsed(text);
  const pugi::xml_node list = table_by_id(doc, model::sentence_id(words.unit, 1));
  CHECK(std::string(list.attribute("data-handout").value()) == "sample");
  const std::string first = plan.units.at(plan.units.size() - 3).id;
  const std::string second = plan.units.at(plan.units.size() - 2).id;
  CHECK(table_markup_of(list.first_child()) ==
        "<li class=\"check\"><input type=\"checkbox\" id=\"" + first +
            "-box\" checked=\"checked\"/><label for=\"" + first + "-box\" id=\"" + first +
            "\"><span id=\"" + first + "-s1\">Bring your walker</span></label></li>");
  CHECK(table_markup_of(list.last_child()) ==
        "<li class=\"check\"><input type=\"checkbox\" id=\"" + second + "-box\"/><label for=\"" +
            second + "-box\" id=\"" + second + "\"><span id=\"" + second +
            "-s1\">Bring your <em>list</em></span></label></li>");
  CHECK(text.find("\u2610") == std::string::npos);
}

TEST_CASE("a Spanish checklist's boxes say their state in Spanish") {
  const model::Handout h = testing::read_handout_in(testing::table_content(), "tabla-hielo");
  xhtml::Marks none;
  const std::string text = table_text(h, xhtml::Markup::html5, xhtml::Boxes::text, none);
  CHECK(text.find("aria-label=\"hecho\">\u2611</span>") != std::string::npos);
  CHECK(text.find("aria-label=\"sin hacer\">\u2610</span>") != std::string::npos);
  CHECK(text.find("<td data-label=\"Cuánto tiempo\"></td>") != std::string::npos);
}

TEST_CASE("the table sampler renders in every markup as well-formed XML with unique ids") {
  const model::Handout h = testing::read_table_sampler();
  for (const xhtml::Markup markup : {xhtml::Markup::html5, xhtml::Markup::xhtml1}) {
    TableMarks marks;
    const pugi::xml_document doc =
        table_parsed(table_text(h, markup, xhtml::Boxes::controls, marks));
    std::set<std::string> ids;
    for (const pugi::xpath_node& n : doc.select_nodes("//*[@id]"))
      CHECK(ids.insert(n.node().attribute("id").value()).second);
    CHECK(doc.select_nodes("//table").size() == 3);
    CHECK(doc.select_nodes("//tbody/tr").size() == 9);
    CHECK(doc.select_nodes("//th[@scope='row']").size() == 9);
  }
}

}  // namespace handout::test
