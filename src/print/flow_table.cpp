// Tables and checklists.
//
// A table is a Table element: its caption (a Caption, first), a TR of TH cells (scope Column)
// for its header, then a TR per row whose first cell is a TH (scope Row) and the others TDs;
// an empty cell is an element with no text, so every row has as many cells as the header.
// When every column's longest word fits the text width at the chosen size, and there are at
// most model::max_table_columns columns, it is drawn in columns between rules, the header row
// bold and each cell's text wrapping within its column. Otherwise it is stacked: a block per
// row, a line per cell, the value after its column's name ("Sets: 2"), the row header's line
// bold, an empty cell left out. Text is never made smaller. A page ends only between rows (a
// row taller than a page splits between its lines), and the header row is printed again at
// the top of the next page (also where a row taller than a page goes on), as an artifact: the
// tag tree has it once. In a stacked table the
// first row's column names are the header's TH elements, the others' artifacts.
//
// A checklist is a list whose label is a box drawn at text size, ticked for an item the
// clinic ticked; the label's text for a screen reader is "done" or "not done" (ActualText).
#include <algorithm>

#include "print/flow_builder.h"
#include "print/table_columns.h"

namespace handout::print {

struct TableNodes {
  int table = -1;
  int caption = -1;
  std::vector<int> header;             // TH of each column
  std::vector<std::vector<int>> rows;  // per row: its TH, then its TDs
};

namespace {

// A line breaks only between words: a cell's longest word, and its text on one line.
ColumnNeed need_of(const std::vector<Word>& words) {
  ColumnNeed need;
  for (std::size_t i = 0; i < words.size(); ++i) {
    need.longest_word = std::max(need.longest_word, words[i].width);
    need.whole += words[i].width;
    if (i + 1 < words.size() && words[i].space) need.whole += words[i].space->width;
  }
  return need;
}

TableNodes table_nodes(const model::Table& table, Structure& structure, int parent) {
  TableNodes nodes;
  nodes.table = structure.add(Role::table, parent);
  if (table.caption) nodes.caption = structure.add(Role::caption, nodes.table);
  const int header = structure.add(Role::tr, nodes.table);
  for (std::size_t c = 0; c < table.columns(); ++c) {
    nodes.header.push_back(structure.add(Role::th, header));
    structure.set_scope(nodes.header.back(), Scope::column);
  }
  for (const model::Row& row : table.rows) {
    const int tr = structure.add(Role::tr, nodes.table);
    std::vector<int>& cells = nodes.rows.emplace_back();
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      cells.push_back(structure.add(c == 0 ? Role::th : Role::td, tr));
      if (c == 0) structure.set_scope(cells.back(), Scope::row);
    }
  }
  return nodes;
}

// A span that draws nothing and marks where an empty cell is, so its element has its place.
Span empty_cell(int node, double size, double x) {
  return Span{Glyphs{"", Font::regular, size, node, 0}, x, Mark::none};
}

// The header row printed again where a page starts inside the table: an artifact, shown
// only at the top of a page.
std::vector<FlowLine> repeated_header(std::vector<FlowLine> header) {
  for (std::size_t k = 0; k < header.size(); ++k) {
    FlowLine& line = header[k];
    std::erase_if(line.spans, [](const Span& span) { return span.glyphs.text.empty(); });
    for (Span& span : line.spans) span.glyphs.node = artifact_header;
    line.only_at_page_top = true;
    line.break_before = k == 0;
    line.last_resort = false;
    line.space_before = 0;
    line.anchor = {};
  }
  return header;
}

}  // namespace

void FlowBuilder::table(const model::Table& table) {
  const TableNodes nodes = table_nodes(table, flow_.structure, parent_);
  std::vector<ColumnNeed> needs(table.columns());
  const auto measure = [&](const model::Row& row, bool bold) {
    for (std::size_t c = 0; c < row.cells.size() && c < needs.size(); ++c) {
      const ColumnNeed need = need_of(text_words(
          row.cells[c].content, artifact, {style_.body, bold}, handout_.file, nullptr, false));
      needs[c].longest_word = std::max(needs[c].longest_word, need.longest_word);
      needs[c].whole = std::max(needs[c].whole, need.whole);
    }
  };
  measure(table.header, true);
  for (const model::Row& row : table.rows) measure(row, false);
  if (table.caption) table_caption(table, nodes.caption);
  const std::optional<std::vector<double>> widths =
      column_widths(needs, style_.content_width(), style_.rule, style_.cell_padding);
  if (widths)
    table_in_columns(table, nodes, *widths);
  else
    table_stacked(table, nodes);
}

void FlowBuilder::table_caption(const model::Table& table, int node) {
  emit(text_lines(*table.caption, node, {style_.body, true}, style_.content_width(), handout_.file),
       full_width(), style_.body, style_.block_gap, Keep::together);
}

// The table's first line keeps with its caption; the next follow it.
void FlowBuilder::push_table_line(FlowLine line, TextAnchor anchor) {
  line.anchor = anchor;
  flow_.lines.push_back(std::move(line));
}

void FlowBuilder::table_in_columns(const model::Table& table, const TableNodes& nodes,
                                   const std::vector<double>& widths) {
  TableGrid grid;
  grid.rule = style_.rule;
  double x = 0;
  for (const double width : widths) {
    grid.columns.push_back(x);
    x += style_.rule + 2 * style_.cell_padding + width;
  }
  grid.width = x + style_.rule;
  const int index = static_cast<int>(flow_.grids.size());
  flow_.grids.push_back(std::move(grid));

  std::vector<FlowLine> header = row_lines(table.header, nodes.header, true, widths, index);
  header.front().break_before = !table.caption;
  header.front().space_before = table.caption ? style_.item_gap : style_.block_gap;
  const std::vector<FlowLine> again = repeated_header(header);
  for (FlowLine& line : header) push_table_line(std::move(line), TextAnchor{&table, 0});
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const model::Row& row = table.rows[r];
    if (r > 0)
      for (const FlowLine& line : again) flow_.lines.push_back(line);
    std::vector<FlowLine> lines = row_lines(row, nodes.rows[r], false, widths, index);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      // A row taller than a page goes on under the header too: the page ends before it.
      if (k > 0)
        for (FlowLine line : again) {
          line.last_resort = true;
          flow_.lines.push_back(std::move(line));
        }
      lines[k].break_before = false;  // after the header, or its repetition
      push_table_line(std::move(lines[k]), TextAnchor{&row, 0});
    }
  }
  flow_.lines.back().height += style_.rule;  // the frame's lower edge
}

// A row's lines: each cell's k-th line side by side in the k-th. A page may end inside a row
// only if nothing else fits.
std::vector<FlowLine> FlowBuilder::row_lines(const model::Row& row, std::span<const int> nodes,
                                             bool bold, const std::vector<double>& widths,
                                             int grid) {
  const TableGrid& columns = flow_.grids[static_cast<std::size_t>(grid)];
  std::vector<std::vector<Line>> cells;
  std::size_t count = 1;
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const model::Cell& cell = row.cells[c];
    // A hair wider than the longest word, so that rounding never breaks one.
    cells.push_back(cell.empty() ? std::vector<Line>{}
                                 : text_lines(cell.content, nodes[c], {style_.body, bold},
                                              widths[c] + 1e-6, handout_.file));
    count = std::max(count, cells.back().size());
  }
  anchors_.clear();
  const double height = style_.body * style_.leading;
  const double ink = (measure_.ascent() + measure_.descent()) * style_.body;
  const double top = style_.rule + style_.cell_padding_y;
  std::vector<FlowLine> out(count);
  for (std::size_t k = 0; k < count; ++k) {
    FlowLine& line = out[k];
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const double x = columns.columns[c] + style_.rule + style_.cell_padding;
      if (k == 0 && cells[c].empty()) line.spans.push_back(empty_cell(nodes[c], style_.body, x));
      if (k >= cells[c].size()) continue;
      for (Span& span : cells[c][k].spans) {
        span.x += x;
        line.spans.push_back(std::move(span));
      }
    }
    line.height = height;
    line.baseline = (height - ink) / 2 + measure_.ascent() * style_.body;
    line.grid = grid;
    line.break_before = k > 0;
    line.last_resort = k > 0;
    if (k == 0) {
      line.row_start = true;
      line.height += top;
      line.baseline += top;
    }
    if (k + 1 == count) line.height += style_.cell_padding_y;
  }
  return out;
}

void FlowBuilder::table_stacked(const model::Table& table, const TableNodes& nodes) {
  const int index = static_cast<int>(flow_.grids.size());
  flow_.grids.push_back({{0.0}, style_.content_width(), style_.rule});
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<FlowLine> lines = stacked_row(table, r, nodes, index);
    if (r == 0) {
      lines.front().break_before = !table.caption;
      lines.front().space_before = table.caption ? style_.item_gap : style_.block_gap;
    }
    for (FlowLine& line : lines) push_table_line(std::move(line), TextAnchor{&table.rows[r], 0});
  }
  flow_.lines.back().height += style_.rule;
}

// One row as a block: a line per cell that is not empty, its column's name, a colon and its
// value; the row header's line bold.
std::vector<FlowLine> FlowBuilder::stacked_row(const model::Table& table, std::size_t r,
                                               const TableNodes& nodes, int grid) {
  const model::Row& row = table.rows[r];
  const double x = style_.rule + style_.cell_padding;
  const double width = style_.content_width() - 2 * x + 1e-6;
  const double height = style_.body * style_.leading;
  const double ink = (measure_.ascent() + measure_.descent()) * style_.body;
  std::vector<Line> lines;
  std::vector<Span> pending;  // empty cells before any line
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    const std::string name = model::plain_text(table.header.cells[c].content);
    const int cell = nodes.rows[r][c];
    if (row.cells[c].empty()) {
      // Its elements keep their place in the tag tree; the first row's TH names its column.
      std::vector<Span>& into = lines.empty() ? pending : lines.back().spans;
      const double end = lines.empty() ? 0 : lines.back().width;
      if (r == 0) {
        into.push_back(empty_cell(nodes.header[c], style_.body, end));
        flow_.structure.set_actual_text(nodes.header[c], name);
      }
      into.push_back(empty_cell(cell, style_.body, end));
      continue;
    }
    const TextStyle text{style_.body, c == 0};
    model::Inlines label;
    std::vector<int> label_nodes;
    const model::Location at = table.header.cells[c].at;
    if (r == 0) {
      label = {{model::RunKind::text, name, "", false, at},
               {model::RunKind::text, ": ", "", false, at}};
      label_nodes = {nodes.header[c], artifact_header};
    } else {
      label = {{model::RunKind::text, name + ": ", "", false, at}};
      label_nodes = {artifact_header};
    }
    std::vector<Word> words = shape(label, label_nodes, text, measure_, handout_.file);
    for (Word& word : text_words(row.cells[c].content, cell, text, handout_.file, nullptr))
      words.push_back(std::move(word));
    for (Line& line : break_lines(words, width, measure_)) lines.push_back(std::move(line));
  }
  std::vector<FlowLine> out(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) {
    FlowLine& line = out[k];
    line.spans = std::move(lines[k].spans);
    if (k == 0) line.spans.insert(line.spans.begin(), pending.begin(), pending.end());
    for (Span& span : line.spans) span.x += x;
    line.height = height;
    line.baseline = (height - ink) / 2 + measure_.ascent() * style_.body;
    line.grid = grid;
    line.break_before = true;
    line.last_resort = k > 0;
    if (k == 0) {
      const double top = style_.rule + style_.cell_padding_y;
      line.row_start = true;
      line.height += top;
      line.baseline += top;
    }
    if (k + 1 == lines.size()) line.height += style_.cell_padding_y;
  }
  return out;
}

void FlowBuilder::checklist(const model::Checklist& list, const Placement& at, double gap) {
  const int l = flow_.structure.add(Role::l, parent_);
  const double side = checkbox_side(style_.body);
  const double hang = side + style_.label_gap;
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < list.items.size(); ++i) {
    starts.push_back(flow_.lines.size());
    const model::Check& item = list.items[i];
    const int li = flow_.structure.add(Role::li, l);
    const int lbl = flow_.structure.add(Role::lbl, li);
    flow_.structure.set_actual_text(lbl, plan_.check_state(item.checked));
    const int body = flow_.structure.add(Role::lbody, li);
    std::vector<Line> lines =
        text_lines(item.content, body, {style_.body, false}, at.width - hang, handout_.file);
    for (Line& line : lines)
      for (Span& span : line.spans) span.x += hang;
    const Span box{Glyphs{"", Font::regular, style_.body, lbl, side}, 0,
                   item.checked ? Mark::ticked_box : Mark::box};
    lines.front().spans.insert(lines.front().spans.begin(), box);
    emit(std::move(lines), at, style_.body, i == 0 ? gap : style_.item_gap, Keep::together);
  }
  keep_list(starts);
}

}  // namespace handout::print
