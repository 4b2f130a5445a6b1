#include "print/line_breaker.h"

#include "lang/utf8.h"

namespace handout::print {

namespace {

// Where an address reads best divided: after a slash (not between the two of "//") or an at
// sign, so the next line starts a new part of it; else before a dot, '?', '&', '=' or '#', so
// no line ends with what reads as a full stop. Never after '-': a line ending in a hyphen reads
// as a hyphenated word.
bool is_break_after(char32_t c, char32_t next) {
  return (c == U'/' && next != U'/') || c == U'@';
}
bool is_break_before(char32_t c) {
  return c == U'.' || c == U'?' || c == U'&' || c == U'=' || c == U'#' || c == U'_';
}

struct Character {
  char32_t code;
  Glyphs style;  // text empty; font, size, node
  double width;
};

std::vector<Character> characters(const Word& word, const TextMeasure& measure) {
  std::vector<Character> out;
  for (const Glyphs& part : word.parts) {
    Glyphs style = part;
    style.text.clear();
    style.width = 0;
    for (const char32_t c : lang::decode_utf8(part.text))
      out.push_back({c, style, measure.advance(part.font, c) * part.size});
  }
  return out;
}

// Splits a word that is wider than `width` into pieces that fit, the last one carrying the
// word's space.
std::vector<Word> split_long_word(const Word& word, double width, const TextMeasure& measure) {
  const std::vector<Character> chars = characters(word, measure);
  std::vector<Word> pieces;
  std::size_t start = 0;
  while (start < chars.size()) {
    double used = 0;
    std::size_t end = start;
    std::size_t after = start, before = start;  // the last good places, by preference
    while (end < chars.size() && (end == start || used + chars[end].width <= width)) {
      used += chars[end].width;
      ++end;
      if (end == chars.size()) break;
      if (is_break_after(chars[end - 1].code, chars[end].code)) after = end;
      if (is_break_before(chars[end].code)) before = end;
    }
    if (end < chars.size()) end = after > start ? after : before > start ? before : end;
    Word piece;
    for (std::size_t i = start; i < end; ++i) {
      const Character& ch = chars[i];
      if (piece.parts.empty() || piece.parts.back().font != ch.style.font ||
          piece.parts.back().size != ch.style.size || piece.parts.back().node != ch.style.node)
        piece.parts.push_back(ch.style);
      lang::append_utf8(piece.parts.back().text, ch.code);
      piece.parts.back().width += ch.width;
      piece.width += ch.width;
    }
    pieces.push_back(std::move(piece));
    start = end;
  }
  pieces.back().space = word.space;
  return pieces;
}

class LineBuilder {
 public:
  void append(const Glyphs& glyphs) {
    if (!line_.spans.empty()) {
      Span& last = line_.spans.back();
      if (last.glyphs.font == glyphs.font && last.glyphs.size == glyphs.size &&
          last.glyphs.node == glyphs.node) {
        last.glyphs.text += glyphs.text;
        last.glyphs.width += glyphs.width;
        cursor_ += glyphs.width;
        return;
      }
    }
    line_.spans.push_back(Span{glyphs, cursor_});
    cursor_ += glyphs.width;
  }
  // The space the line breaks at: kept in the text so that extracted words stay apart, but
  // taking no room, so the line (and a link's area) ends at its ink, inside the width.
  void end_at(Glyphs space) {
    space.width = 0;
    append(space);
  }
  void add_word(const Word& word) {
    for (const Glyphs& part : word.parts) append(part);
    line_.width = cursor_;
  }
  bool empty() const { return line_.spans.empty(); }
  double width() const { return line_.width; }
  Line take() {
    Line out = std::move(line_);
    line_ = Line{};
    cursor_ = 0;
    return out;
  }

 private:
  Line line_;
  double cursor_ = 0;
};

}  // namespace

std::vector<Line> break_lines(std::span<const Word> words, double width,
                              const TextMeasure& measure) {
  std::vector<Line> lines;
  LineBuilder line;
  std::optional<Glyphs> pending_space;
  for (const Word& word : words) {
    const std::vector<Word> pieces =
        word.width > width ? split_long_word(word, width, measure) : std::vector{word};
    for (const Word& piece : pieces) {
      const double space = pending_space ? pending_space->width : 0;
      const bool breaks = !line.empty() && line.width() + space + piece.width > width;
      if (pending_space && breaks) line.end_at(*pending_space);  // breaks: the line has a word
      if (pending_space && !breaks && !line.empty()) line.append(*pending_space);
      if (breaks) lines.push_back(line.take());
      line.add_word(piece);
      pending_space = piece.space;
    }
  }
  if (!line.empty()) lines.push_back(line.take());
  return lines;
}

}  // namespace handout::print
