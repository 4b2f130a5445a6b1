// Tables and checklists on a fake translator (one cell per print character): BANA's columnar
// format when the columns fit the line (column headings, a separation line of dots 2-5, two
// blank cells between columns, guide dots of dot 5), listed format otherwise (each entry after
// its column heading and a colon), column headings repeated on each page a long table
// continues on, and a checklist's transcriber's note and marks.
#include <doctest/doctest.h>

#include <cctype>

#include "braille/table_flow.h"
#include "layout_lines.h"
#include "model_builders.h"

namespace handout::test {

namespace {

model::Row row_of(const std::vector<std::string>& cells) {
  model::Row row;
  for (const std::string& text : cells)
    row.cells.push_back({text.empty() ? model::Inlines{} : runs(text), {}});
  return row;
}

model::Block table_of(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows,
                      std::optional<std::string> caption = {}) {
  model::Table table;
  table.header = row_of(header);
  for (const std::vector<std::string>& row : rows) table.rows.push_back(row_of(row));
  if (caption) table.caption = runs(*caption);
  return table;
}

model::Block program() {
  return table_of({"EXERCISE", "SETS", "TIMES"},
                  {{"PENDULUM", "2", "10"}, {"HEEL SLIDES", "3", "8 TO 12"}});
}

model::Block checklist_of(const std::vector<std::pair<std::string, bool>>& items) {
  model::Checklist list;
  for (const auto& [text, checked] : items) list.items.push_back({runs(text), checked, {}});
  return list;
}

std::vector<std::vector<std::string>> brf_pages_of(const std::vector<braille::Page>& pages) {
  std::vector<std::vector<std::string>> out;
  for (const braille::Page& page : pages) out.push_back(brf_lines(page));
  return out;
}

}  // namespace

TEST_CASE("a table whose columns fit the line is columnar under a separation line of dots 2-5") {
  const auto lines = text_lines(fake_pages(handout({paragraph("BEFORE"), program()})));
  const std::size_t at = index_of(lines, "EXERCISE");
  CHECK(lines[at - 1].empty());  // a blank line before the table
  // Each heading in its column's first cell, two blank cells between columns; the separation
  // line as wide as each column's widest entry.
  CHECK(lines[at] == "EXERCISE     SETS  TIMES");
  CHECK(lines[at + 1] == "33333333333  3333  3333333");
  // Guide dots (dot 5, BRF '"') lead across gaps of three dots or more, a blank cell either side.
  CHECK(lines[at + 2] == "PENDULUM \"\"\" 2 \"\"\" 10");
  CHECK(lines[at + 3] == "HEEL SLIDES  3 \"\"\" 8 TO 12");
  CHECK(lines[at + 4].empty());  // and a blank line after it
}

TEST_CASE("an empty cell is left blank and the guide dots lead across it") {
  const auto lines = text_lines(fake_pages(handout(
      {table_of({"EXERCISE", "SETS", "TIMES", "HOW OFTEN"},
                {{"PENDULUM", "2", "10", "DAILY"}, {"QUAD SETS", "2", "", "EVERY HOUR"}})})));
  const std::size_t at = index_of(lines, "QUAD SETS");
  CHECK(lines[at - 3] == "EXERCISE   SETS  TIMES  HOW OFTEN");
  CHECK(lines[at] == "QUAD SETS  2 \"\"\"\"\"\"\"\"\"\" EVERY HOUR");
}

TEST_CASE("the columnar format is chosen by the line length in translated cells") {
  const model::Handout wide = handout(
      {table_of({"ABCDEFGHIJKL", "MNOPQRSTUVWX", "YZABCDEFGHIJ"}, {{"ONE", "TWO", "THREE"}})});
  // 3 x 12 cells and two gaps of 2: 40 cells.
  CHECK(braille::column_widths({{u"123456789012", u"123456789012", u"123456789012"}}, 40) ==
        std::vector<int>{12, 12, 12});
  CHECK_FALSE(braille::column_widths({{u"123456789012", u"123456789012", u"123456789012"}}, 39));
  const auto at_40 = text_lines(fake_pages(wide, {40, 25}));
  CHECK(at_40[index_of(at_40, "ABCDEFGHIJKL")] == "ABCDEFGHIJKL  MNOPQRSTUVWX  YZABCDEFGHIJ");
  const auto at_39 = text_lines(fake_pages(wide, {39, 25}));
  CHECK(at_39[index_of(at_39, "ONE")] == "ONE");
  CHECK(at_39[index_of(at_39, "ONE") + 1] == "  MNOPQRSTUVWX: TWO");
}

TEST_CASE("the room left keeps a column before the last whole rather than the last") {
  // 26 cells for the columns: "EVERY HOUR YOU ARE AWAKE" needs 13 for two lines, "8 TO 12"
  // takes 7 on one line: the room left goes first where a runover would interrupt the row.
  using braille::from_brf;
  const std::vector<std::vector<braille::Cells>> rows{
      {from_brf("NAME"), from_brf("RANGE"), from_brf("OFTEN")},
      {from_brf("A"), from_brf("8 TO 12"), from_brf("EVERY HOUR YOU ARE AWAKE")}};
  CHECK(braille::column_widths(rows, 30) == std::vector<int>{4, 7, 13});
  // A cell of three lines at the most room makes the table listed.
  CHECK_FALSE(braille::column_widths(rows, 20));
}

TEST_CASE("a row heading's runovers are two cells in and its entries are on its last line") {
  const auto lines = text_lines(fake_pages(handout(
      {table_of({"NAME", "WHAT TO DO"},
                {{"STRAIGHT LEG RAISE WITH TOWEL", "LIFT THE LEG AND HOLD IT FOR FIVE"}})})));
  const std::size_t at = index_of(lines, "STRAIGHT");
  // The separation line shows where each column starts.
  const std::string& separation = lines[at - 1];
  REQUIRE(separation.starts_with("3"));
  const std::size_t second = separation.find("  3") + 2;
  CHECK(lines[at].starts_with("STRAIGHT LEG RAISE"));
  CHECK(lines[at].size() <= second);  // nothing in the other column on the heading's first line
  CHECK(lines[at + 1].starts_with("  WITH"));
  CHECK(lines[at + 1].find("LIFT") == second);
  CHECK(indent(lines[at + 2]) == second);  // the entry's runover, blocked in its column
  CHECK(lines[at + 2].ends_with("FIVE"));
}

TEST_CASE("a table too wide or of more than six columns is listed with its column headings") {
  const auto lines = text_lines(
      fake_pages(handout({table_of({"EXERCISE", "MON", "TUE", "WED", "THU", "FRI", "SAT"},
                                   {{"HEEL SLIDES", "10", "10", "", "12", "15", "REST"},
                                    {"BRIDGES", "8", "8", "10", "10", "12", "REST"}})})));
  const std::size_t at = index_of(lines, "@.<");
  // A transcriber's note names the columns first, in 7-5.
  CHECK(lines[at] == "      @.<A TABLE OF 2 ROWS: EXERCISE,");
  CHECK(lines[at + 1] == "    MON, TUE, WED, THU, FRI, SAT.@.>");
  // Each row's heading at the margin, each entry in 3-5 after its column heading and a colon;
  // the empty cell is left out.
  CHECK(lines[at + 2] == "HEEL SLIDES");
  CHECK(lines[at + 3] == "  MON: 10");
  CHECK(lines[at + 4] == "  TUE: 10");
  CHECK(lines[at + 5] == "  THU: 12");
  CHECK(lines[at + 8] == "BRIDGES");
  CHECK(lines[at + 11] == "  WED: 10");
}

TEST_CASE("a listed entry's runovers are in cell 5") {
  const auto lines = text_lines(fake_pages(
      handout({table_of({"WHEN", "WHAT TO TAKE", "WITH"},
                        {{"8 AM", "ACETAMINOPHEN 500 MG TWO TABLETS WITH A FULL GLASS OF WATER",
                          "BREAKFAST OR A SMALL SNACK IF YOU ARE NOT HUNGRY"}})})));
  const std::size_t at = index_of(lines, "  WHAT TO TAKE: ");
  CHECK(lines[at - 1] == "8 AM");
  CHECK(indent(lines[at + 1]) == 4);
  CHECK(lines[index_of(lines, "  WITH: ") - 1].starts_with("    "));
}

TEST_CASE("a caption is a cell-5 heading under a centred heading and stays with the table") {
  const model::Block table =
      table_of({"EXERCISE", "SETS", "TIMES"}, {{"PENDULUM", "2", "10"}}, "WEEKS 1 AND 2");
  const auto lines =
      text_lines(fake_pages(handout({section("PROGRAM", 1, {paragraph("INTRO"), table})})));
  const std::size_t at = index_of(lines, "WEEKS 1 AND 2");
  CHECK(lines[at] == "    WEEKS 1 AND 2");
  CHECK(lines[at - 1].empty());
  CHECK(lines[at + 1].starts_with("EXERCISE"));
}

TEST_CASE("a long table splits between rows and repeats its column headings on each page") {
  std::vector<std::vector<std::string>> rows;
  for (int day = 1; day <= 42; ++day)
    rows.push_back(
        {"DAY " + std::to_string(day), "WALK " + std::to_string(day) + " MINUTES", "ICE AFTER"});
  const auto pages = brf_pages_of(
      fake_pages(handout({paragraph("BEFORE"), table_of({"DAY", "WALK", "THEN"}, rows)})));
  REQUIRE(pages.size() >= 3);
  const auto is_row = [](const std::string& line) {
    return line.starts_with("DAY ") && line.size() > 4 && std::isdigit(line[4]) != 0;
  };
  std::size_t with_rows = 0;
  int next_day = 1;
  for (const auto& page : pages) {
    const auto first_row = std::ranges::find_if(page, is_row);
    if (first_row == page.end()) continue;
    ++with_rows;
    // The headings and the separation line just before the page's first row.
    const std::size_t k = static_cast<std::size_t>(first_row - page.begin());
    REQUIRE(k >= 2);
    CHECK(page[k - 2].starts_with("DAY     WALK"));
    CHECK(page[k - 1].starts_with("333333"));
    if (with_rows > 1) CHECK(k == 2);  // at the top of the page
    // The rows go on in order, none lost or repeated.
    for (std::size_t j = k; j + 1 < page.size() && is_row(page[j]); ++j)
      CHECK(page[j].starts_with("DAY " + std::to_string(next_day++) + " "));
  }
  CHECK(next_day == 43);
  CHECK(with_rows >= 2);
  for (const auto& page : pages) CHECK(page.size() == 25);
}

TEST_CASE("a long table's column headings are never on a page without two of its rows") {
  std::vector<std::vector<std::string>> rows;
  for (int day = 1; day <= 42; ++day) rows.push_back({"DAY " + std::to_string(day), "WALK", "ICE"});
  for (int before = 100; before <= 180; ++before) {
    CAPTURE(before);
    const auto pages = brf_pages_of(fake_pages(
        handout({paragraph(words(before)), table_of({"DAY", "WALK", "THEN"}, rows, "CAPTION")})));
    for (const auto& page : pages) {
      const auto heading = std::ranges::find_if(
          page, [](const std::string& line) { return line.starts_with("DAY     WALK"); });
      if (heading == page.end()) continue;
      CHECK(page.end() - heading >= 5);  // the headings, the separation line, two rows, number
      CHECK((heading + 2)->starts_with("DAY "));
      // Two rows, unless this is the last one, carried over with the headings again.
      if (*(heading + 2) != "DAY 42  WALK  ICE") CHECK((heading + 3)->starts_with("DAY "));
    }
  }
}

TEST_CASE("a table that fits on a page is not split between pages") {
  std::vector<std::vector<std::string>> rows;
  for (int k = 1; k <= 6; ++k) rows.push_back({"ROW " + std::to_string(k), "A", "B"});
  // Whatever the text before it leaves of the page.
  for (int before = 100; before <= 180; ++before) {
    CAPTURE(before);
    const auto pages = brf_pages_of(fake_pages(handout(
        {paragraph(words(before)), table_of({"NAME", "FIRST", "SECOND"}, rows, "CAPTION")})));
    for (const auto& page : pages) {
      const auto has = [&page](const std::string& start) {
        return std::ranges::any_of(
            page, [&start](const std::string& line) { return line.starts_with(start); });
      };
      CHECK(has("    CAPTION") == has("ROW 6 "));
      CHECK(has("NAME") == has("ROW 6 "));
    }
  }
}

TEST_CASE("a checklist's transcriber's note says what its marks mean and each item has one") {
  const auto lines = text_lines(fake_pages(handout({checklist_of(
      {{"HEEL SLIDES", true}, {"STRAIGHT LEG RAISE", false}, {"ICE YOUR KNEE", false}})})));
  const std::size_t at = index_of(lines, "@.<");
  CHECK(lines[at] == "      @.<A CHECKLIST OF 3 ITEMS. - NOT");
  CHECK(lines[at + 1] == "    DONE; + DONE.@.>");
  CHECK(lines[at + 2] == "+ HEEL SLIDES");
  CHECK(lines[at + 3] == "- STRAIGHT LEG RAISE");
  CHECK(lines[at + 4] == "- ICE YOUR KNEE");
}

TEST_CASE("a checklist item's runovers are in cell 3") {
  const auto lines = text_lines(fake_pages(handout({checklist_of({{words(20, "W"), false}})})));
  const std::size_t at = index_of(lines, "- W1 ");
  CHECK(indent(lines[at + 1]) == 2);
}

TEST_CASE("without marks in the code each item starts with its state in the handout's language") {
  FakeTranslator no_marks;
  no_marks.marks_ = false;
  model::Handout h = handout({checklist_of({{"TRAIGA SU ANDADOR", true}, {"SU LISTA", false}})});
  h.lang.tag = "es";
  const auto lines = text_lines(braille::lay_out(h, no_marks, {}));
  const std::size_t at = index_of(lines, "TRAIGA");
  CHECK(lines[at - 2] == "      @.<UNA LISTA DE 2 CASILLAS PARA");
  CHECK(lines[at - 1] == "    MARCAR.@.>");
  CHECK(lines[at] == "HECHO: TRAIGA SU ANDADOR");
  CHECK(lines[at + 1] == "SIN HACER: SU LISTA");
}

}  // namespace handout::test
