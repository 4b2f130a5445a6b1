#include "braille/wrap.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace handout::braille {

namespace {

constexpr char16_t hyphen = u'\u2824';  // dots 3-6

// Cells that only announce the cell after them in UEB (capital, numeric, grade 1, the
// prefixes of emphasis and of many signs): a word is never cut just after one.
bool is_prefix(char16_t cell) {
  static constexpr std::u16string_view prefixes =
      u"\u2820\u283C\u2830\u2828\u2838\u2818\u2810\u2808";
  return prefixes.find(cell) != std::u16string_view::npos;
}

// A word as the filler divides it: its cells, and where an address may be divided (the cell
// each later part would start with), from the translator's division marks.
struct Word {
  struct Division {
    std::size_t at;  // the cell the next line would start with
    bool first;      // a first choice (after a slash, before a dot)
  };
  Cells cells;
  std::vector<Division> divisions;  // ascending, each within (0, cells.size())
  bool address = false;             // it had division marks: never hyphenated

  explicit Word(const Cells& marked) {
    for (const char16_t cell : marked) {
      if (cell != division_mark && cell != second_division_mark)
        cells += cell;
      else if (!cells.empty())
        divisions.push_back({cells.size(), cell == division_mark});
      address = address || cell == division_mark || cell == second_division_mark;
    }
    while (!divisions.empty() && divisions.back().at >= cells.size()) divisions.pop_back();
  }
  // The last first-choice division that leaves at most `room` cells before it, else the last
  // second-choice one, else 0.
  std::size_t division_within(std::size_t room) const {
    std::size_t first = 0, second = 0;
    for (const Division& division : divisions)
      if (division.at <= room) (division.first ? first : second) = division.at;
    return first > 0 ? first : second;
  }
  // The cells from `n` on, the divisions after it kept.
  void drop(std::size_t n) {
    cells.erase(0, n);
    std::vector<Division> left;
    for (const Division& division : divisions)
      if (division.at > n) left.push_back({division.at - n, division.first});
    divisions = std::move(left);
  }
};

// Where to cut a word longer than a line so that its first part fits in `room` cells (room >=
// 2): an address at its last division that fits, without a hyphen (a hyphen would read as part
// of it); another word at the end of the line with a hyphen, never just after an indicator. An
// address part longer than a line between two divisions is cut where the line ends, without a
// hyphen: joined, its lines still give the address exactly.
std::pair<std::size_t, bool> cut(const Word& word, std::size_t room) {
  if (word.address) {
    if (const std::size_t at = word.division_within(room); at > 0) return {at, false};
    std::size_t n = room;
    while (n > room / 2 && is_prefix(word.cells[n - 1])) --n;
    return {n, false};
  }
  std::size_t n = room - 1;
  while (n > room / 2 && is_prefix(word.cells[n - 1])) --n;
  return {n, true};
}

class Filler {
 public:
  Filler(int first, int runover, int width) : runover_(runover), width_(width) {
    line_.assign(static_cast<std::size_t>(std::max(first, 0)), blank_cell);
  }

  void add(const Cells& marked) {
    Word word(marked);
    while (!word.cells.empty()) {
      if (word.cells.size() <= space_left()) {
        if (has_text_) line_ += blank_cell;
        line_ += word.cells;
        has_text_ = true;
        return;
      }
      if (has_text_) {
        // An address longer than a whole line fills this one up to a division first.
        const std::size_t at =
            word.cells.size() > line_room() ? word.division_within(space_left()) : 0;
        if (at > 0) {
          line_ += blank_cell;
          line_ += word.cells.substr(0, at);
          word.drop(at);
        }
        next_line();
        continue;
      }
      // Alone on its line and still too long: divide it.
      const std::size_t room = std::max<std::size_t>(space_left(), 2);
      const auto [n, hyphenate] = cut(word, room);
      line_ += word.cells.substr(0, n);
      if (hyphenate) line_ += hyphen;
      word.drop(n);
      has_text_ = true;
      next_line();
    }
  }

  std::vector<Cells> take() && {
    if (has_text_) lines_.push_back(std::move(line_));
    return std::move(lines_);
  }

 private:
  std::size_t space_left() const {
    const std::size_t used = line_.size() + (has_text_ ? 1 : 0);
    return used >= static_cast<std::size_t>(width_) ? 0 : static_cast<std::size_t>(width_) - used;
  }
  // The cells a runover line holds.
  std::size_t line_room() const {
    return static_cast<std::size_t>(std::max(width_ - std::max(runover_, 0), 0));
  }
  void next_line() {
    if (has_text_) lines_.push_back(std::move(line_));
    line_.assign(static_cast<std::size_t>(std::max(runover_, 0)), blank_cell);
    has_text_ = false;
  }

  int runover_, width_;
  Cells line_;
  bool has_text_ = false;
  std::vector<Cells> lines_;
};

}  // namespace

std::vector<Cells> words(const Cells& text) {
  std::vector<Cells> out;
  Cells word;
  for (const char16_t cell : text) {
    if (cell != blank_cell) {
      word += cell;
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::vector<Cells> wrap(const Cells& text, int first, int runover, int width) {
  Filler filler(first, runover, width);
  for (const Cells& word : words(text)) filler.add(word);
  return std::move(filler).take();
}

std::vector<Cells> centre(const Cells& text, int width) {
  const int margin = width - 6 >= 12 ? 3 : 0;
  std::vector<Cells> lines = wrap(text, 0, 0, width - 2 * margin);
  for (Cells& line : lines) {
    const std::size_t pad = (static_cast<std::size_t>(width) - line.size()) / 2;
    line.insert(0, pad, blank_cell);
  }
  return lines;
}

}  // namespace handout::braille
