#include "braille/table_flow.h"

#include <algorithm>
#include <numeric>

#include "braille/wrap.h"
#include "model/handout.h"

namespace handout::braille {

namespace {

constexpr char16_t separation_cell = u'\u2812';  // dots 2-5
constexpr char16_t guide_dot = u'\u2810';        // dot 5
constexpr int row_runover = 2;                   // a row heading's runovers, two cells in
constexpr int min_guide_dots = 3;  // fewer would read as a sign, not as a line to follow
constexpr std::size_t inner_runover_weight = 3;

using Grid = std::vector<std::vector<Cells>>;  // rows of cells, the header first

// The lines of a cell `width` cells wide: a row heading's runovers two cells in, everything
// else blocked (the column headings too).
std::vector<Cells> cell_lines(const Cells& text, bool row_heading, int width) {
  if (text.empty()) return {};
  return wrap(text, 0, row_heading ? row_runover : 0, width);
}

// How many lines each cell of a column takes at each width it may have.
class ColumnLines {
 public:
  ColumnLines(const Grid& rows, std::size_t column, int least, int most) : least_(least) {
    for (int w = least; w <= most; ++w) {
      std::vector<std::size_t> per_row;
      for (std::size_t r = 0; r < rows.size(); ++r)
        per_row.push_back(cell_lines(rows[r][column], column == 0 && r > 0, w).size());
      lines_.push_back(std::move(per_row));
    }
  }
  int most() const { return least_ + static_cast<int>(lines_.size()) - 1; }
  // The most lines a cell takes at `width`.
  std::size_t tallest(int width) const { return std::ranges::max(at(width)); }
  // The lines its cells take beyond their first: the runovers a reader meets.
  std::size_t runovers(int width) const {
    std::size_t sum = 0;
    for (const std::size_t n : at(width)) sum += n > 1 ? n - 1 : 0;
    return sum;
  }

 private:
  const std::vector<std::size_t>& at(int width) const {
    return lines_[static_cast<std::size_t>(width - least_)];
  }
  int least_;
  std::vector<std::vector<std::size_t>> lines_;  // [width - least][row]
};

// Starts each cell's lines in a grid of blank lines at column `start`.
void put(std::vector<Cells>& lines, std::size_t first, std::size_t start,
         const std::vector<Cells>& text) {
  for (std::size_t k = 0; k < text.size(); ++k)
    lines[first + k].replace(start, text[k].size(), text[k]);
}

// Guide dots from `from` (the cell after an entry) to the entry at `to`: a blank cell after the
// entry and before the next, and dot 5 between, when at least min_guide_dots fit.
void lead(Cells& line, std::size_t from, std::size_t to) {
  if (to < from + 2 + static_cast<std::size_t>(min_guide_dots)) return;
  for (std::size_t k = from + 1; k + 1 < to; ++k) line[k] = guide_dot;
}

std::vector<FlowLine> columnar(const Grid& rows, const std::vector<int>& widths, int width) {
  std::vector<std::size_t> start{0};
  for (std::size_t c = 0; c + 1 < widths.size(); ++c)
    start.push_back(start.back() + static_cast<std::size_t>(widths[c] + column_gap));
  const Cells empty_line(static_cast<std::size_t>(width), blank_cell);

  // The column headings, their first lines side by side (a heading of two lines reads on to its
  // second, as a reader meets it), then the separation line.
  std::vector<std::vector<Cells>> names;
  std::size_t height = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) {
    names.push_back(cell_lines(rows[0][c], false, widths[c]));
    height = std::max(height, names.back().size());
  }
  std::vector<Cells> top(height, empty_line);
  for (std::size_t c = 0; c < widths.size(); ++c) put(top, 0, start[c], names[c]);
  Cells separation = empty_line;
  for (std::size_t c = 0; c < widths.size(); ++c)
    separation.replace(start[c], static_cast<std::size_t>(widths[c]),
                       Cells(static_cast<std::size_t>(widths[c]), separation_cell));
  top.push_back(separation);
  for (Cells& line : top) line = trim_right(line);
  const auto headings = std::make_shared<const std::vector<Cells>>(top);

  std::vector<FlowLine> out;
  for (const Cells& line : top) out.push_back({line, false, true, false, nullptr});
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const std::vector<Cells> heading = cell_lines(rows[r][0], true, widths[0]);
    const std::size_t from = heading.empty() ? 0 : heading.size() - 1;
    std::vector<std::vector<Cells>> entries;
    std::size_t h = std::max<std::size_t>(heading.size(), 1);
    for (std::size_t c = 1; c < widths.size(); ++c) {
      entries.push_back(cell_lines(rows[r][c], false, widths[c]));
      h = std::max(h, from + entries.back().size());
    }
    std::vector<Cells> lines(h, empty_line);
    put(lines, 0, 0, heading);
    std::size_t after = heading.empty() ? 0 : heading.back().size();  // the cell after the text
    for (std::size_t c = 1; c < widths.size(); ++c) {
      const std::vector<Cells>& entry = entries[c - 1];
      if (entry.empty()) continue;
      put(lines, from, start[c], entry);
      lead(lines[from], after, start[c]);
      after = start[c] + entry.front().size();
    }
    for (std::size_t k = 0; k < h; ++k) {
      const bool row_end = k + 1 == h;
      FlowLine line{trim_right(lines[k]), false, !row_end, row_end, headings};
      // The headings keep the first two rows with them; the last row ends the table.
      if (row_end && r == 1 && rows.size() > 2) line.keep_with_next = true;
      if (row_end && r + 1 == rows.size()) line.keep_if_short = false;
      out.push_back(std::move(line));
    }
  }
  return out;
}

model::Inlines with_column_name(const model::Inlines& name, const model::Inlines& entry) {
  if (name.empty()) return entry;
  model::Inlines out = name;
  const model::Location at = name.back().at;
  out.push_back(model::Run{model::RunKind::text, ": ", "", false, at});
  out.insert(out.end(), entry.begin(), entry.end());
  return out;
}

std::vector<FlowLine> listed(const Piece& table, const Translator& translator, int width) {
  std::vector<FlowLine> out;
  for (const Cells& line : wrap(translator.transcriber_note(table.runs), 6, 4, width))
    out.push_back({line, false, true, false, nullptr});
  const std::vector<model::Inlines>& names = table.rows.front();
  for (std::size_t r = 1; r < table.rows.size(); ++r) {
    const std::vector<model::Inlines>& row = table.rows[r];
    std::vector<Cells> lines = wrap(translator.translate(row.front()), 0, 4, width);
    for (std::size_t c = 1; c < row.size(); ++c) {
      if (row[c].empty()) continue;
      for (Cells& line :
           wrap(translator.translate(with_column_name(names[c], row[c])), 2, 4, width))
        lines.push_back(std::move(line));
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
      const bool row_end = k + 1 == lines.size();
      out.push_back(
          {std::move(lines[k]), false, !row_end, row_end && r + 1 < table.rows.size(), nullptr});
    }
  }
  return out;
}

}  // namespace

std::optional<std::vector<int>> column_widths(const std::vector<std::vector<Cells>>& rows,
                                              int width) {
  if (rows.empty()) return std::nullopt;
  const std::size_t n = rows.front().size();
  if (n == 0 || n > model::max_table_columns) return std::nullopt;
  const int room = width - column_gap * static_cast<int>(n - 1);
  // The narrowest each column can be: its longest word (a row heading's runover words two
  // cells more), and the widest it needs: its longest cell.
  std::vector<int> least(n, 1), natural(n, 1);
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < n; ++c) {
      natural[c] = std::max(natural[c], static_cast<int>(cell_count(rows[r][c])));
      const std::vector<Cells> parts = words(rows[r][c]);
      for (std::size_t k = 0; k < parts.size(); ++k) {
        const int indent = c == 0 && r > 0 && k > 0 ? row_runover : 0;
        least[c] = std::max(least[c], static_cast<int>(cell_count(parts[k])) + indent);
      }
    }
  const int least_sum = std::accumulate(least.begin(), least.end(), 0);
  if (least_sum > room) return std::nullopt;
  std::vector<ColumnLines> columns;
  for (std::size_t c = 0; c < n; ++c)
    columns.emplace_back(rows, c, least[c],
                         std::max(least[c], std::min(natural[c], least[c] + room - least_sum)));
  // The fewest lines every cell fits in (one line when the natural widths fit), each column
  // as narrow as that allows...
  std::vector<int> widths;
  for (std::size_t most = 1; most <= max_entry_lines && widths.empty(); ++most) {
    std::vector<int> trial;
    for (const ColumnLines& column : columns) {
      int w = column.most();
      while (w > least[trial.size()] && column.tallest(w - 1) <= most) --w;
      if (column.tallest(w) > most) break;
      trial.push_back(w);
    }
    if (trial.size() == n && std::accumulate(trial.begin(), trial.end(), 0) <= room)
      widths = std::move(trial);
  }
  if (widths.empty()) return std::nullopt;
  // ...then the room left, a few cells at a time, to the column where they save the most
  // runovers per cell. A runover in the last column reads on like a paragraph's; one in another
  // column comes after the next column's words ("8 to  twice a day" over "12"), so it counts
  // three times.
  for (int left = room - std::accumulate(widths.begin(), widths.end(), 0); left > 0;) {
    std::size_t best_column = n;
    int best_step = 0;
    double best_gain = 0;
    for (std::size_t c = 0; c < n; ++c) {
      const std::size_t weight = c + 1 == n ? 1 : inner_runover_weight;
      const std::size_t now = columns[c].runovers(widths[c]);
      for (int step = 1; step <= left && widths[c] + step <= columns[c].most(); ++step) {
        const std::size_t then = columns[c].runovers(widths[c] + step);
        if (then >= now) continue;
        const double gain = static_cast<double>(weight * (now - then)) / step;
        if (gain > best_gain) {
          best_gain = gain;
          best_column = c;
          best_step = step;
        }
        break;  // the smallest step that saves a runover, for this column
      }
    }
    if (best_column == n) break;
    widths[best_column] += best_step;
    left -= best_step;
  }
  // Each column as wide as its widest line, and no cell longer than max_entry_lines.
  for (std::size_t c = 0; c < n; ++c) {
    int used = 1;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const std::vector<Cells> lines = cell_lines(rows[r][c], c == 0 && r > 0, widths[c]);
      if (lines.size() > max_entry_lines) return std::nullopt;
      for (const Cells& line : lines) used = std::max(used, static_cast<int>(line.size()));
    }
    widths[c] = used;
  }
  return widths;
}

std::vector<FlowLine> table_lines(const Piece& table, const Translator& translator, int width) {
  Grid rows;
  for (const std::vector<model::Inlines>& row : table.rows) {
    std::vector<Cells> cells;
    for (const model::Inlines& cell : row)
      cells.push_back(cell.empty() ? Cells{} : translator.translate(cell));
    rows.push_back(std::move(cells));
  }
  if (const std::optional<std::vector<int>> widths = column_widths(rows, width))
    return columnar(rows, *widths, width);
  return listed(table, translator, width);
}

}  // namespace handout::braille
