// Tables and checklists map to the model exactly; every mistake in them is one message at its
// place, with the fix.
#include <doctest/doctest.h>

#include "content/handout_reader.h"
#include "content/table_warnings.h"
#include "content/typed_layout.h"
#include "in_section.h"
#include "read_sample.h"
#include "string_vectors.h"

using namespace handout;
using testing::only_section;
using testing::read_body;
using testing::read_in_section;
using Messages = std::vector<std::string>;

namespace {

std::vector<std::string> errors_of(const std::string& blocks) {
  return testing::errors_in_section(blocks);
}

// "<table><header><cell>A</cell><cell>B</cell></header>" + rows + "</table>"
std::string table_of(const std::string& rows) {
  return "<table><header><cell>A</cell><cell>B</cell></header>" + rows + "</table>";
}

std::vector<std::string> texts(const model::Row& row) {
  std::vector<std::string> out;
  for (const model::Cell& cell : row.cells) out.push_back(model::plain_text(cell.content));
  return out;
}

}  // namespace

TEST_CASE("a table keeps its caption and header and its rows of cells in order") {
  const auto result = read_in_section(
      "<table>\n"
      "  <caption>Your <em>daily</em> plan</caption>\n"
      "  <header><cell>Exercise</cell><cell>Sets</cell><cell>How often</cell></header>\n"
      "  <row><cell>Pendulum</cell><cell>2</cell><cell>3 times a day</cell></row>\n"
      "  <row><cell>Bridge</cell><cell/><cell>call <phone>207-555-0100</phone></cell></row>\n"
      "</table>");
  const model::Section& section = only_section(result);
  REQUIRE(section.blocks.size() == 1);
  const auto& table = std::get<model::Table>(section.blocks[0]);
  CHECK(table.at == model::Location{5, 1});
  REQUIRE(table.caption);
  CHECK(model::plain_text(*table.caption) == "Your daily plan");
  CHECK(table.columns() == 3);
  CHECK(texts(table.header) == Messages{"Exercise", "Sets", "How often"});
  REQUIRE(table.rows.size() == 2);
  CHECK(texts(table.rows[0]) == Messages{"Pendulum", "2", "3 times a day"});
  CHECK(texts(table.rows[1]) == Messages{"Bridge", "", "call 207-555-0100"});
  CHECK(table.rows[1].cells[1].empty());
  CHECK(table.rows[1].cells[2].content.back().kind == model::RunKind::phone);
  CHECK(table.rows[1].at == model::Location{9, 3});
}

TEST_CASE("a checklist keeps its items and which of them the clinic ticked") {
  const auto result = read_in_section(
      "<checklist>\n"
      "  <item checked=\"yes\">Your walker</item>\n"
      "  <item>Your list of <em>medicines</em></item>\n"
      "  <item checked=\"no\">Shorts</item>\n"
      "</checklist>");
  const auto& list = std::get<model::Checklist>(only_section(result).blocks[0]);
  REQUIRE(list.items.size() == 3);
  CHECK(list.items[0].checked);
  CHECK_FALSE(list.items[1].checked);
  CHECK_FALSE(list.items[2].checked);
  CHECK(model::plain_text(list.items[1].content) == "Your list of medicines");
  CHECK(list.items[2].at == model::Location{8, 3});
}

TEST_CASE("tables and checklists stand wherever a paragraph does") {
  const auto result =
      read_body("<checklist><item>Bring shorts</item></checklist>\n" +
                table_of("<row><cell>x</cell><cell>y</cell></row>") +
                "\n<section><heading>H</heading>\n"
                "<exercise><name>Walk</name>" +
                table_of("<row><cell>x</cell><cell>y</cell></row>") +
                "<checklist><item>Done</item></checklist><dose times=\"1\" per=\"day\"/></exercise>"
                "</section>");
  REQUIRE_MESSAGE(result.handout, result.report());
  CHECK(std::holds_alternative<model::Checklist>(result.handout->body[0]));
  CHECK(std::holds_alternative<model::Table>(result.handout->body[1]));
  const auto& section = std::get<model::Section>(result.handout->body[2]);
  const auto& walk = std::get<model::Exercise>(section.blocks[0]);
  CHECK(std::holds_alternative<model::Table>(walk.blocks[0]));
  CHECK(std::holds_alternative<model::Checklist>(walk.blocks[1]));
}

TEST_CASE("a row with more or fewer cells than the header is an error at the row") {
  CHECK(errors_of(table_of("<row><cell>x</cell></row>")) ==
        Messages{"sample.xml:5:53: this <row> has 1 cell but the <header> has 2 cells: give "
                 "every row one <cell> per column (write <cell/> for a blank one)"});
  CHECK(errors_of(table_of("<row><cell>x</cell><cell>y</cell><cell>z</cell></row>")) ==
        Messages{"sample.xml:5:53: this <row> has 3 cells but the <header> has 2 cells: give "
                 "every row one <cell> per column (add a column to the <header>, or join "
                 "cells)"});
}

TEST_CASE("a table without a header or rows or with a cell holding blocks is an error") {
  CHECK(errors_of("<table/>") ==
        Messages{"sample.xml:5:1: the <table> is empty; write a <header> of <cell>s naming the "
                 "columns, then a <row> of <cell>s for each line"});
  CHECK(errors_of("<table><row><cell>x</cell></row></table>") ==
        Messages{"sample.xml:5:8: a <table> starts with its <header>: a <cell> naming each "
                 "column, such as <header><cell>Exercise</cell><cell>Sets</cell></header> (a "
                 "<caption> may come first)"});
  CHECK(errors_of(table_of("")) ==
        Messages{"sample.xml:5:1: the <table> has no <row>; add a <row> of <cell>s for each "
                 "line, after the <header>"});
  CHECK(errors_of(table_of("<row><cell>x</cell><cell><p>Lift.</p></cell></row>")) ==
        Messages{"sample.xml:5:78: a <cell> holds text only, not <p>: write the words in the "
                 "<cell> itself (with <em>, <phone> and the like), or split them over more "
                 "rows"});
  CHECK(errors_of("<table><header><cell>Only</cell></header><row><cell>x</cell></row></table>") ==
        Messages{"sample.xml:5:8: a table needs at least 2 columns: the first names each row, "
                 "the others hold its values; write a <list> instead"});
}

TEST_CASE("a column and a row need their names") {
  CHECK(errors_of("<table><header><cell>A</cell><cell/></header>"
                  "<row><cell>x</cell><cell>y</cell></row></table>") ==
        Messages{"sample.xml:5:30: a column needs a name: write it in this <cell>"});
  CHECK(errors_of(table_of("<row><cell/><cell>y</cell></row>")) ==
        Messages{"sample.xml:5:58: the first <cell> of a row names the row (such as the "
                 "exercise or the time); write it"});
}

TEST_CASE("a checklist needs items and checked says yes or no") {
  CHECK(errors_of("<checklist/>") ==
        Messages{"sample.xml:5:1: <checklist> is empty; add an <item> for each thing to tick"});
  CHECK(errors_of("<checklist><item checked=\"true\">x</item></checklist>") ==
        Messages{"sample.xml:5:18: checked 'true' is not yes or no; write checked=\"yes\" for "
                 "an item the clinic ticks, or leave it out"});
  CHECK(errors_of("<checklist><p>x</p></checklist>") ==
        Messages{"sample.xml:5:12: <p> is not allowed here; a <checklist> holds only <item> "
                 "elements"});
}

TEST_CASE("a check box typed as text is an error that names the checklist") {
  for (const std::string box : {"[ ]", "[x]", "\u2610", "\u2611", "\u25a1"}) {
    CAPTURE(box);
    const Messages messages = errors_of("<list><item>" + box + " Bring shorts</item></list>");
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].starts_with("sample.xml:5:13: \"" + box + "\" is a check box typed as text"));
    CHECK(messages[0].find("<checklist>") != std::string::npos);
  }
}

TEST_CASE("fields typed with bullets between them are a warning that names the table") {
  const auto result =
      read_in_section("<list><item>Pendulum \u2022 2 sets \u2022 10 times</item></list>");
  REQUIRE_MESSAGE(result.handout, result.report());
  const model::Diagnostics warnings = content::typed_fields(*result.handout);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].severity == model::Severity::warning);
  CHECK(warnings[0].at == model::Location{5, 22});
  CHECK(warnings[0].message.find("<table>") != std::string::npos);
  const auto plain = read_in_section("<p>Sit \u2022 stand.</p>");
  CHECK(content::typed_fields(*plain.handout).empty());
}

TEST_CASE("a table of more than 6 columns is a warning that it will be stacked") {
  const std::string seven =
      "<cell>A</cell><cell>B</cell><cell>C</cell><cell>D</cell>"
      "<cell>E</cell><cell>F</cell><cell>G</cell>";
  const auto result =
      read_in_section("<table><header>" + seven + "</header><row>" + seven + "</row></table>");
  REQUIRE_MESSAGE(result.handout, result.report());
  const model::Diagnostics warnings = content::table_warnings(*result.handout);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].severity == model::Severity::warning);
  CHECK(warnings[0].at == model::Location{5, 1});
  CHECK(
      warnings[0].message.starts_with("this table has 7 columns; above 6 large print and "
                                      "braille show it stacked"));
  const auto six = read_in_section("<table><header>" + seven.substr(14) + "</header><row>" +
                                   seven.substr(14) + "</row></table>");
  CHECK(content::table_warnings(*six.handout).empty());
}
