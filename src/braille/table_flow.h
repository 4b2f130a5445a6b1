#pragma once
// A table in braille, as BANA Braille Formats 2016 (section 11, Tables) sets it.
//
// Columnar, when its columns fit the line: each column heading starts in its column's first
// cell (blocked, the headings' first lines side by side); a separation line of dots 2-5 under
// the headings, as wide as each column, two blank cells between columns; each row's heading at
// the margin with its runovers two cells in, the other entries blocked in their columns from
// the row heading's last line, and guide dots (dot 5, a blank cell either side) leading from an
// entry to the next one across a wide gap or an empty cell. A row never splits between pages,
// the headings stay with the first two rows, the whole table stays on one page when it can,
// and a page it continues on starts with the column headings again.
//
// Listed, when the columns do not fit or there are more than model::max_table_columns: a
// transcriber's note names the columns first (the table's introduction, "A table of 4 rows:
// Exercise, Sets, …"), then each row's heading at the margin (1-5) and each of its entries in
// 3-5 after its column heading and a colon ("Sets: 2"); an empty cell is left out.
//
// Every width is counted in the translated cells: the translator is the running text's.
#include <optional>
#include <vector>

#include "braille/cells.h"
#include "braille/flow.h"
#include "braille/pieces.h"
#include "braille/translator.h"

namespace handout::braille {

inline constexpr int column_gap = 2;               // blank cells between two columns
inline constexpr std::size_t max_entry_lines = 2;  // more, and the table is listed

// Each column's width in cells for these rows (the header first, each cell translated), or none
// when the table is to be listed: more than model::max_table_columns columns, a word wider
// than its column can be, or an entry (or a heading) that would take more than
// max_entry_lines lines. Each column is first as narrow as the fewest lines every cell can fit
// in allow (one, when the widest cells fit side by side), then the room left goes where it saves
// the most runovers, those of the columns before the last counting more.
std::optional<std::vector<int>> column_widths(const std::vector<std::vector<Cells>>& rows,
                                              int width);

// The lines of a Role::table piece, `width` cells wide, without the blank lines around them.
std::vector<FlowLine> table_lines(const Piece& table, const Translator& translator, int width);

}  // namespace handout::braille
