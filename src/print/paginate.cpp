#include "print/paginate.h"

namespace handout::print {

namespace {

// A continuation heading is printed only at the top of a page: when the page starts with it.
bool shown(std::span<const FlowLine> lines, std::size_t start, std::size_t i) {
  if (!lines[i].only_at_page_top) return true;
  for (std::size_t k = start; k < i; ++k)
    if (!lines[k].only_at_page_top) return false;
  return true;
}

class Column {
 public:
  Column(std::span<const FlowLine> lines, const Frame& frame, std::size_t start)
      : lines_(lines), frame_(frame), start_(start), y_(frame.top) {}

  // Where line i's box starts, if it is placed next.
  double top_of(std::size_t i) const {
    const FlowLine& line = lines_[i];
    double top = y_ + (i == start_ ? 0 : line.space_before);
    if (opens_box(i)) top += line.box_inset;
    return top;
  }
  bool fits(std::size_t i) const {
    const FlowLine& line = lines_[i];
    const double reserve = line.box >= 0 ? line.box_inset : 0;
    return top_of(i) + line.height + reserve <= frame_.bottom;
  }
  double place(std::size_t i, std::size_t end) {
    const double top = top_of(i);
    y_ = top + lines_[i].height;
    if (closes_box(i, end)) y_ += lines_[i].box_inset;
    return top;
  }
  bool opens_box(std::size_t i) const {
    return lines_[i].box >= 0 && (i == start_ || lines_[i - 1].box != lines_[i].box);
  }
  bool closes_box(std::size_t i, std::size_t end) const {
    return lines_[i].box >= 0 && (i + 1 == end || lines_[i + 1].box != lines_[i].box);
  }

 private:
  std::span<const FlowLine> lines_;
  const Frame& frame_;
  std::size_t start_;
  double y_;
};

// One past the last line of the page that starts with line `start`.
std::size_t page_end(std::span<const FlowLine> lines, const Frame& frame, std::size_t start) {
  Column column(lines, frame, start);
  std::size_t end = start;
  while (end < lines.size()) {
    if (!shown(lines, start, end)) {
      ++end;
      continue;
    }
    if (end != start && !column.fits(end)) break;
    column.place(end++, lines.size());
  }
  if (end == lines.size()) return end;
  // A block kept together moves whole to the next page; only when it starts the page and
  // is still too tall does it break at its last-resort places (between a clinic's offices),
  // the weak ones first.
  std::size_t allowed = end;
  const auto good = [&](std::size_t i) { return lines[i].break_before && !lines[i].last_resort; };
  while (allowed > start && !good(allowed)) --allowed;
  if (allowed > start) return allowed;
  allowed = end;  // then where only a weak keep holds
  while (allowed > start && !(lines[allowed].break_before && lines[allowed].weak)) --allowed;
  if (allowed > start) return allowed;
  allowed = end;
  while (allowed > start && !lines[allowed].break_before) --allowed;
  return allowed > start ? allowed : end;
}

// A table's line: it opens the table's part on the page or extends it, with a rule above it
// when a row starts there.
// A line after the repeated header row that goes on with a row split across pages has a rule
// above it too.
void place_in_grid(Page& page, const FlowLine& line, double left, double top, int previous_grid,
                   bool after_repeated) {
  if (previous_grid != line.grid) {
    page.grids.push_back({line.grid, left, top, 0, {}});
  } else if (line.row_start || (after_repeated && !line.only_at_page_top)) {
    page.grids.back().rows.push_back(top);
  }
  GridBox& grid = page.grids.back();
  grid.height = top + line.height - grid.top;
}

Page place_page(std::span<const FlowLine> lines, const Frame& frame, std::size_t start,
                std::size_t end) {
  Page page;
  Column column(lines, frame, start);
  int previous_grid = -1;  // of the line placed last
  bool repeated = false;   // was that line a table's repeated header?
  for (std::size_t i = start; i < end; ++i) {
    if (!shown(lines, start, i)) continue;
    const FlowLine& line = lines[i];
    const bool opens = column.opens_box(i), closes = column.closes_box(i, end);
    const double top = column.place(i, end);
    page.lines.push_back(
        {line.spans, frame.left, top, top + line.baseline, line.height, line.outline});
    page.lines.back().anchor = line.anchor;
    page.lines.back().figure = line.figure;
    if (opens) page.boxes.push_back({frame.left, top - line.box_inset, frame.width, 0, line.frame});
    if (closes) {
      Box& box = page.boxes.back();
      box.height = top + line.height + line.box_inset - box.top;
    }
    if (line.grid >= 0) place_in_grid(page, line, frame.left, top, previous_grid, repeated);
    previous_grid = line.grid;
    repeated = line.only_at_page_top;
  }
  return page;
}

}  // namespace

std::vector<Page> paginate(std::span<const FlowLine> lines, const Frame& frame) {
  return paginate(lines, frame, frame);
}

std::vector<Page> paginate(std::span<const FlowLine> lines, const Frame& first, const Frame& rest) {
  std::vector<Page> pages;
  std::size_t start = 0;
  while (start < lines.size()) {
    const Frame& frame = pages.empty() ? first : rest;
    const std::size_t end = page_end(lines, frame, start);
    pages.push_back(place_page(lines, frame, start, end));
    start = end;
  }
  if (pages.empty()) pages.emplace_back();
  return pages;
}

}  // namespace handout::print
