#include "braille/wrap.h"

#include <algorithm>

namespace handout::braille {

namespace {

constexpr char16_t hyphen = u'\u2824';     // dots 3-6
constexpr char16_t period = u'\u2832';     // dots 2-5-6: UEB's full stop and dot
constexpr char16_t slash_end = u'\u280C';  // dots 3-4: the last cell of UEB's slash

// Cells that only announce the cell after them in UEB (capital, numeric, grade 1, the
// prefixes of emphasis and of many signs): a word is never cut just after one.
bool is_prefix(char16_t cell) {
  static constexpr std::u16string_view prefixes =
      u"\u2820\u283C\u2830\u2828\u2838\u2818\u2810\u2808";
  return prefixes.find(cell) != std::u16string_view::npos;
}

// Where to cut `word` so that its first part fits in `room` cells (room >= 2), and whether
// that part takes a hyphen.
std::pair<std::size_t, bool> cut(const Cells& word, std::size_t room) {
  for (std::size_t n = room; n >= room / 2 && n > 1; --n)
    if (word[n - 1] == period || word[n - 1] == slash_end) return {n, false};
  std::size_t n = room - 1;
  while (n > room / 2 && is_prefix(word[n - 1])) --n;
  return {n, true};
}

class Filler {
 public:
  Filler(int first, int runover, int width) : runover_(runover), width_(width) {
    line_.assign(static_cast<std::size_t>(std::max(first, 0)), blank_cell);
  }

  void add(Cells word) {
    while (!word.empty()) {
      if (word.size() <= space_left()) {
        if (has_text_) line_ += blank_cell;
        line_ += word;
        has_text_ = true;
        return;
      }
      if (has_text_) {
        next_line();
        continue;
      }
      // Alone on its line and still too long: divide it.
      const std::size_t room = std::max<std::size_t>(space_left(), 2);
      const auto [n, hyphenate] = cut(word, room);
      line_ += word.substr(0, n);
      if (hyphenate) line_ += hyphen;
      word.erase(0, n);
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
  for (Cells& word : words(text)) filler.add(std::move(word));
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
