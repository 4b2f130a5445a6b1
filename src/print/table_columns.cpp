#include "print/table_columns.h"

#include <algorithm>

#include "model/handout.h"

namespace handout::print {

std::optional<std::vector<double>> column_widths(std::span<const ColumnNeed> needs, double width,
                                                 double rule, double padding) {
  const std::size_t n = needs.size();
  if (n == 0 || n > model::max_table_columns) return std::nullopt;
  const double room = width - static_cast<double>(n) * (rule + 2 * padding) - rule;
  double shortest = 0;
  for (const ColumnNeed& need : needs) shortest += need.longest_word;
  if (shortest > room) return std::nullopt;
  // The columns that need least more room to print on one line get it first, so that as
  // few columns as can be wrap; what is left is shared by the others, as they need it.
  std::vector<double> widths(n), extra(n);
  std::vector<std::size_t> order(n);
  for (std::size_t c = 0; c < n; ++c) {
    widths[c] = needs[c].longest_word;
    extra[c] = std::max(needs[c].whole, needs[c].longest_word) - needs[c].longest_word;
    order[c] = c;
  }
  std::ranges::stable_sort(order, {}, [&](std::size_t c) { return extra[c]; });
  double slack = room - shortest;
  std::size_t wrapped = 0;  // order[wrapped…] cannot have their line
  for (; wrapped < n && extra[order[wrapped]] <= slack; ++wrapped) {
    widths[order[wrapped]] += extra[order[wrapped]];
    slack -= extra[order[wrapped]];
  }
  double wanted = 0;
  for (std::size_t k = wrapped; k < n; ++k) wanted += extra[order[k]];
  for (std::size_t k = wrapped; k < n; ++k) widths[order[k]] += slack * extra[order[k]] / wanted;
  return widths;
}

}  // namespace handout::print
