// Tables and checklists in the pure layout: columns or stacked, page breaks between rows with
// the header row repeated, the checklist's boxes and their text equivalents.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "layout_support.h"
#include "model/reading_order.h"
#include "print/page_starts.h"
#include "print/table_columns.h"

namespace handout::test {

namespace {

model::Row row_of(const std::vector<std::string>& cells) {
  model::Row row;
  for (const std::string& cell : cells)
    row.cells.push_back({cell.empty() ? model::Inlines{} : runs(cell), {}});
  return row;
}

// A table of `columns` columns and `rows` rows, "Name1"… in the header, "r<row>c<column>" in
// the cells.
model::Table table_of(std::size_t columns, std::size_t rows, bool caption = true) {
  model::Table table;
  std::vector<std::string> header;
  for (std::size_t c = 0; c < columns; ++c) header.push_back("Name" + std::to_string(c + 1));
  table.header = row_of(header);
  for (std::size_t r = 0; r < rows; ++r) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < columns; ++c)
      cells.push_back("r" + std::to_string(r + 1) + "c" + std::to_string(c + 1));
    table.rows.push_back(row_of(cells));
  }
  if (caption) table.caption = runs("The caption");
  return table;
}

bool is_artifact_header(const print::PlacedLine& line) {
  return !line.spans.empty() && std::ranges::all_of(line.spans, [](const print::Span& span) {
    return span.glyphs.node == print::artifact_header;
  });
}

print::Role span_role(const print::Layout& layout, const print::Span& span) {
  return layout.nodes[static_cast<std::size_t>(span.glyphs.node)].role;
}

}  // namespace

TEST_CASE("column widths: each column at least its longest word - as narrow as its text allows") {
  const double rule = 1, padding = 5;  // 11 a column and 1 more
  SUBCASE("every cell on one line: the table as narrow as that") {
    const std::vector<print::ColumnNeed> needs{{30, 50}, {20, 20}};
    const auto widths = print::column_widths(needs, 200, rule, padding);
    REQUIRE(widths);
    CHECK(*widths == std::vector<double>{50, 20});
  }
  SUBCASE("too little room for one line each: the least needy columns first, then by need") {
    // room = 200 - 3 * 11 - 1 = 166; longest words 30 + 20 + 10 = 60: 106 left over for
    // 100, 6 and 80 more: the 6, then the 80, and the 20 left to the first column.
    const std::vector<print::ColumnNeed> needs{{30, 130}, {20, 26}, {10, 90}};
    const auto widths = print::column_widths(needs, 200, rule, padding);
    REQUIRE(widths);
    CHECK((*widths)[0] == doctest::Approx(50));
    CHECK((*widths)[1] == doctest::Approx(26));
    CHECK((*widths)[2] == doctest::Approx(90));
  }
  SUBCASE("what is left is shared in proportion to what each column would need") {
    // 166 - 60 = 106 for 110, 150 and 200 more: none has its line.
    const std::vector<print::ColumnNeed> needs{{30, 140}, {20, 170}, {10, 210}};
    const auto widths = print::column_widths(needs, 200, rule, padding);
    REQUIRE(widths);
    CHECK((*widths)[0] == doctest::Approx(30 + 106.0 * 110 / 460));
    CHECK((*widths)[1] == doctest::Approx(20 + 106.0 * 150 / 460));
    CHECK((*widths)[2] == doctest::Approx(10 + 106.0 * 200 / 460));
  }
  SUBCASE("the longest words fit exactly") {
    const std::vector<print::ColumnNeed> needs{{83, 100}, {83, 100}};
    const auto widths = print::column_widths(needs, 189, rule, padding);
    REQUIRE(widths);
    CHECK(*widths == std::vector<double>{83, 83});
  }
  SUBCASE("the longest words do not fit: stacked") {
    const std::vector<print::ColumnNeed> needs{{84, 100}, {83, 100}};
    CHECK_FALSE(print::column_widths(needs, 189, rule, padding));
  }
  SUBCASE("more than max_table_columns columns: stacked however narrow") {
    const std::vector<print::ColumnNeed> needs(model::max_table_columns + 1, {1, 1});
    CHECK_FALSE(print::column_widths(needs, 1000, rule, padding));
    const std::vector<print::ColumnNeed> six(model::max_table_columns, {1, 1});
    CHECK(print::column_widths(six, 1000, rule, padding));
  }
}

TEST_CASE("a narrow table is in columns: a row's cells side by side on one line in a grid") {
  const model::Handout h = handout({table_of(3, 2)}, false);
  const print::Layout layout = lay(h);
  REQUIRE(layout.grids.size() == 1);
  CHECK(layout.grids[0].columns.size() == 3);
  CHECK(layout.grids[0].width <= layout.style.content_width());
  std::vector<std::string> texts;
  for (const print::PlacedLine& line : layout.pages[0].lines) texts.push_back(text_of(line));
  // Title, caption, the header row, two rows, the revision date, then the line naming the
  // other formats.
  REQUIRE(texts.size() > 6);
  CHECK(texts[5] == "Revised November 26, 2026");
  CHECK(texts[1] == "The caption");
  CHECK(texts[2] == "Name1Name2Name3");
  CHECK(texts[3] == "r1c1r1c2r1c3");
  const print::PlacedLine& header = layout.pages[0].lines[2];
  for (const print::Span& span : header.spans) {
    CHECK(span_role(layout, span) == print::Role::th);
    CHECK(span.glyphs.font == print::Font::bold);
  }
  const print::PlacedLine& row = layout.pages[0].lines[3];
  CHECK(span_role(layout, row.spans[0]) == print::Role::th);
  CHECK(span_role(layout, row.spans[1]) == print::Role::td);
  CHECK(row.spans[0].glyphs.font == print::Font::regular);
  // Each cell's text starts inside its column, after the rule and the padding.
  for (std::size_t c = 0; c < 3; ++c)
    CHECK(row.spans[c].x == doctest::Approx(layout.grids[0].columns[c] + layout.style.rule +
                                            layout.style.cell_padding));
  REQUIRE(layout.pages[0].grids.size() == 1);
  CHECK(layout.pages[0].grids[0].rows.size() == 2);  // a rule above each row after the header
  // The header's cells name their column, the rows' first cells their row.
  CHECK(layout.nodes[static_cast<std::size_t>(header.spans[0].glyphs.node)].scope ==
        print::Scope::column);
  CHECK(layout.nodes[static_cast<std::size_t>(row.spans[0].glyphs.node)].scope ==
        print::Scope::row);
}

TEST_CASE("an empty cell keeps its element's place in the row - drawing nothing") {
  model::Table table = table_of(3, 1);
  table.rows[0].cells[1].content.clear();
  const print::Layout layout = lay(handout({table}, false));
  const print::PlacedLine& row = layout.pages[0].lines[3];
  REQUIRE(row.spans.size() == 3);
  CHECK(row.spans[1].glyphs.text.empty());
  CHECK(span_role(layout, row.spans[1]) == print::Role::td);
}

TEST_CASE("a table wider than the page or of more than 6 columns is stacked: name then value") {
  for (const std::size_t columns : {std::size_t{7}, std::size_t{3}}) {
    CAPTURE(columns);
    model::Table table = table_of(columns, 2);
    if (columns == 3)  // a word too long for a third of the text width at this size
      table.rows[0].cells[2].content = runs(std::string(40, 'x'));
    const print::Layout layout = lay(handout({table}, false));
    REQUIRE(layout.grids.size() == 1);
    CHECK(layout.grids[0].columns.size() == 1);  // a frame and rules between the rows only
    std::vector<std::string> texts;
    for (const auto& [page, line] : lines_of(layout)) texts.push_back(text_of(*line));
    CHECK(texts[1] == "The caption");
    CHECK(texts[2] == "Name1: r1c1");  // the row header's line, bold
    CHECK(texts[3] == "Name2: r1c2");
    CHECK(texts[2 + columns] == "Name1: r2c1");
    const print::PlacedLine& first = *lines_of(layout)[2].line;
    for (const print::Span& span : first.spans) CHECK(span.glyphs.font == print::Font::bold);
    // The first row's names are the header's TH elements; the later rows' are artifacts.
    CHECK(span_role(layout, first.spans[0]) == print::Role::th);
    CHECK(layout.nodes[static_cast<std::size_t>(first.spans[0].glyphs.node)].parent !=
          layout.nodes[static_cast<std::size_t>(first.spans.back().glyphs.node)].parent);
    const print::PlacedLine& later = *lines_of(layout)[2 + columns].line;
    CHECK(later.spans[0].glyphs.node == print::artifact_header);
    // Never wider than the text.
    for (const auto& [page, line] : lines_of(layout))
      for (const print::Span& span : line->spans) {
        // A broken line keeps the space after its last word, undrawn (pdftotext reads it as
        // the break between words): narrower than half an em.
        const double undrawn = span.glyphs.text.ends_with(' ') ? span.glyphs.size / 2 : 0;
        CHECK(span.x + span.glyphs.width - undrawn <= layout.style.content_width() + 1e-6);
      }
  }
}

TEST_CASE("a stacked table leaves an empty cell's pair out and keeps its elements in order") {
  model::Table table = table_of(7, 2);
  table.rows[0].cells[3].content.clear();
  const print::Layout layout = lay(handout({table}, false));
  std::vector<std::string> texts;
  for (const auto& [page, line] : lines_of(layout)) texts.push_back(text_of(*line));
  CHECK(std::find(texts.begin(), texts.end(), "Name4: ") == texts.end());
  CHECK(texts[4] == "Name3: r1c3");
  CHECK(texts[5] == "Name5: r1c5");
  // The column's TH and the row's TD are there, empty, after the cells before them; the TH
  // says the column's name.
  const print::PlacedLine& line = *lines_of(layout)[4].line;
  REQUIRE(line.spans.size() >= 2);
  const print::Span& th = line.spans[line.spans.size() - 2];
  const print::Span& td = line.spans.back();
  CHECK(th.glyphs.text.empty());
  CHECK(td.glyphs.text.empty());
  CHECK(span_role(layout, th) == print::Role::th);
  CHECK(span_role(layout, td) == print::Role::td);
  CHECK(layout.nodes[static_cast<std::size_t>(th.glyphs.node)].actual_text == "Name4");
}

TEST_CASE("a long table breaks between rows and repeats its header row at the top of each page") {
  for (const double body : {18.0, 32.0}) {
    CAPTURE(body);
    const model::Handout h = handout({paragraph(words(30)), table_of(3, 80)}, false);
    const print::Layout layout = lay(h, body);
    REQUIRE(layout.pages.size() >= 3);
    std::multiset<std::string> rows;  // each row's line, wherever it is
    for (std::size_t p = 0; p < layout.pages.size(); ++p) {
      CAPTURE(p);
      const std::vector<print::PlacedLine>& lines = layout.pages[p].lines;
      REQUIRE_FALSE(lines.empty());
      const bool starts_table = text_of(lines[0]) == "The caption";
      if (p > 0 && !starts_table) {
        // The header again, as an artifact, then a row from its start.
        CHECK(is_artifact_header(lines[0]));
        CHECK(text_of(lines[0]) == "Name1Name2Name3");
        REQUIRE(lines.size() > 1);
        CHECK(text_of(lines[1]).starts_with("r"));
      }
      for (std::size_t i = p > 0 ? 1 : 0; i < lines.size(); ++i) {
        CHECK_FALSE(is_artifact_header(lines[i]));  // never in the middle of a page
        if (text_of(lines[i]).starts_with("r")) rows.insert(text_of(lines[i]));
      }
      // The table's rules on this page, when it has any of the table.
      const bool has_rows = std::ranges::any_of(
          lines, [](const print::PlacedLine& line) { return text_of(line).starts_with("r"); });
      CHECK(layout.pages[p].grids.size() == (has_rows ? 1U : 0U));
    }
    CHECK(rows.size() == 80);  // each row once, whole
    CHECK(std::set<std::string>(rows.begin(), rows.end()).size() == 80);
  }
}

TEST_CASE("a row taller than a page splits between its lines - and only such a row") {
  model::Table table = table_of(2, 3);
  table.rows[1].cells[1].content = runs(words(400));
  const print::Layout layout = lay(handout({table}, false));
  REQUIRE(layout.pages.size() >= 2);
  // The first row stays with the header; the tall row starts a page of its own.
  const auto lines = lines_of(layout);
  std::size_t tall_page = 0;
  for (const auto& [page, line] : lines)
    if (text_of(*line).starts_with("r2c1")) tall_page = page;
  CHECK(tall_page == 1);
  for (const auto& [page, line] : lines)
    if (text_of(*line).starts_with("r1c1")) CHECK(page == 0);
  // Each page it goes on to starts with the header row again, then the row's next line, with
  // a rule between them.
  for (std::size_t p = 2; p < layout.pages.size(); ++p) {
    CAPTURE(p);
    const print::Page& page = layout.pages[p];
    REQUIRE(page.lines.size() >= 2);
    CHECK(is_artifact_header(page.lines[0]));
    CHECK(text_of(page.lines[1]).starts_with("word"));
    REQUIRE(page.grids.size() == 1);
    REQUIRE_FALSE(page.grids[0].rows.empty());
    CHECK(page.grids[0].rows[0] == doctest::Approx(page.lines[1].top));
  }
}

TEST_CASE("a page starting inside a table names the row's unit - the header row the table's") {
  const model::Handout h = handout({table_of(3, 80)}, false);
  const print::Layout layout = lay(h);
  REQUIRE(layout.pages.size() >= 2);
  const std::vector<print::UnitPageStart> starts =
      print::unit_page_starts(h, print::page_starts(layout));
  REQUIRE(starts.size() == layout.pages.size());
  const model::UnitIndex index(h);
  const model::Table& table = std::get<model::Table>(h.body[0]);
  // Page 2 starts with the row after the last of page 1.
  const print::PlacedLine& first = layout.pages[1].lines[1];
  const std::string text = text_of(first);
  const std::size_t row = std::stoul(text.substr(1, text.find('c') - 1)) - 1;
  CHECK(starts[1].unit == index.of(table.rows[row]).id);
  CHECK(starts[1].offset == 0);
  // On page 1 the header row's line is anchored to the table.
  bool header = false;
  for (const print::PlacedLine& line : layout.pages[0].lines)
    header = header || line.anchor.source == &table;
  CHECK(header);
}

TEST_CASE("a checklist's label is a box - ticked for a ticked item - its text done or not done") {
  model::Checklist list;
  list.items = {{runs("Bring your walker"), true, {}}, {runs("Bring your medicines"), false, {}}};
  const print::Layout layout = lay(handout({list}, false));
  std::vector<const print::PlacedLine*> items;
  for (const auto& [page, line] : lines_of(layout))
    if (line_role(layout, *line) == print::Role::lbl) items.push_back(line);
  REQUIRE(items.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    const print::Span& box = items[i]->spans.front();
    CHECK(box.mark == (i == 0 ? print::Mark::ticked_box : print::Mark::box));
    CHECK(box.glyphs.text.empty());
    CHECK(box.glyphs.width == doctest::Approx(print::checkbox_side(18)));
    const print::Node& label = layout.nodes[static_cast<std::size_t>(box.glyphs.node)];
    CHECK(label.actual_text == (i == 0 ? "done" : "not done"));
    CHECK(layout.nodes[static_cast<std::size_t>(label.parent)].role == print::Role::li);
    const print::Span& text = items[i]->spans[1];
    CHECK(span_role(layout, text) == print::Role::lbody);
    CHECK(text.x >= box.glyphs.width + layout.style.label_gap - 1e-9);
  }
  CHECK(text_of(*items[0]) == "Bring your walker");
}

}  // namespace handout::test
