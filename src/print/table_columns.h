#pragma once
// Whether a table prints in columns or stacked, and how wide its columns are: pure arithmetic
// on the widths of its cells' text at the chosen size, which is never made smaller.
#include <optional>
#include <span>
#include <vector>

namespace handout::print {

// What a column's cells need, in points at the text size: the widest word (a cell's text
// wraps only between words) and the widest cell's text on one line.
struct ColumnNeed {
  double longest_word = 0;
  double whole = 0;
};

// The width of each column's text, when the table fits `width` in columns: at most
// model::max_table_columns columns, each as wide as its longest word at least, with `rule`
// at its left, `padding` on each side of its text, and a rule after the last column. A table
// whose cells all fit on one line is as narrow as that; otherwise the room left over after
// the longest words goes first to the columns that need least more to print on one line,
// then to the others in proportion to what they would need. Nullopt when the table does not
// fit: it is stacked.
std::optional<std::vector<double>> column_widths(std::span<const ColumnNeed> needs, double width,
                                                 double rule, double padding);

}  // namespace handout::print
