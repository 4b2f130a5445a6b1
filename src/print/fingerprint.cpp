#include "print/fingerprint.h"

#include <cstdint>
#include <cstdio>

namespace handout::print {

namespace {

class Fnv1a {
 public:
  explicit Fnv1a(std::uint64_t basis) : hash_(basis) {}
  void add(std::string_view bytes) {
    for (const char c : bytes) {
      hash_ ^= static_cast<unsigned char>(c);
      hash_ *= 0x100000001B3ULL;
    }
  }
  std::uint64_t value() const { return hash_; }

 private:
  std::uint64_t hash_;
};

std::string number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f;", value);
  return buffer;
}

void append(std::string& out, const PlacedLine& line) {
  out += number(line.x) + number(line.baseline);
  for (const Span& span : line.spans) {
    out += span.glyphs.text + '|' + number(span.x) + number(span.glyphs.size) +
           std::to_string(static_cast<int>(span.glyphs.font)) + ';' +
           std::to_string(span.glyphs.node);
    if (span.mark != Mark::none) out += ';' + std::to_string(static_cast<int>(span.mark));
    out += '\n';
  }
}

}  // namespace

std::string fingerprint(const Layout& layout, const std::string& lang) {
  std::string text = lang + '\n' + number(layout.style.page_width) +
                     number(layout.style.page_height) + number(layout.style.body) + '\n';
  for (const Page& page : layout.pages) {
    for (const PlacedLine& line : page.lines) {
      append(text, line);
      if (line.figure < 0) continue;
      const FigureBox& figure = layout.figures[static_cast<std::size_t>(line.figure)];
      text += figure.figure->picture.digest + number(figure.width) + number(figure.height) + '\n';
    }
    for (const PlacedLine& line : page.footer) append(text, line);
    for (const PlacedLine& line : page.header) append(text, line);
    for (const Box& box : page.boxes) text += number(box.top) + number(box.height) + '\n';
    for (const GridBox& grid : page.grids) {
      text += number(grid.top) + number(grid.height);
      for (const double column : layout.grids[static_cast<std::size_t>(grid.grid)].columns)
        text += number(column);
      for (const double row : grid.rows) text += number(row);
      text += '\n';
    }
    text += "\f";
  }
  std::string id;
  for (const std::uint64_t basis : {0xCBF29CE484222325ULL, 0x84222325CBF29CE4ULL}) {
    Fnv1a hash(basis);
    hash.add(text);
    for (int shift = 56; shift >= 0; shift -= 8)
      id.push_back(static_cast<char>((hash.value() >> shift) & 0xFF));
  }
  return id;
}

}  // namespace handout::print
