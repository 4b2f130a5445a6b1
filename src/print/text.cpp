#include "print/text.h"

#include "lang/utf8.h"
#include "model/diagnostic.h"

namespace handout::print {

std::optional<Font> font_for(char32_t code_point, bool bold, const TextMeasure& measure) {
  const Font main = bold ? Font::bold : Font::regular;
  if (measure.has_glyph(main, code_point)) return main;
  if (measure.has_glyph(fallback_of(main), code_point)) return fallback_of(main);
  return std::nullopt;
}

namespace {

class WordBuilder {
 public:
  explicit WordBuilder(const TextMeasure& measure) : measure_(measure) {}

  void add(char32_t c, Font font, double size, int node) {
    const double width = measure_.advance(font, c) * size;
    if (c == U' ') {
      Glyphs space{" ", font, size, node, width};
      if (current_.parts.empty() && !words_.empty() && !words_.back().space) {
        words_.back().space = space;  // the content reader never writes two spaces in a row
      } else if (!current_.parts.empty()) {
        current_.space = space;
        finish();
      }
      return;
    }
    if (current_.parts.empty() || current_.parts.back().font != font ||
        current_.parts.back().size != size || current_.parts.back().node != node) {
      current_.parts.push_back(Glyphs{"", font, size, node, 0});
    }
    lang::append_utf8(current_.parts.back().text, c);
    current_.parts.back().width += width;
    current_.width += width;
  }

  std::vector<Word> take() {
    if (!current_.parts.empty()) finish();
    return std::move(words_);
  }

 private:
  void finish() {
    words_.push_back(std::move(current_));
    current_ = Word{};
  }

  const TextMeasure& measure_;
  std::vector<Word> words_;
  Word current_;
};

}  // namespace

std::vector<Word> shape(std::span<const model::Run> runs, std::span<const int> nodes,
                        TextStyle style, const TextMeasure& measure, const std::string& file) {
  WordBuilder builder(measure);
  for (std::size_t i = 0; i < runs.size(); ++i) {
    const model::Run& run = runs[i];
    const bool bold = style.bold || run.emphasis;
    for (std::size_t pos = 0; pos < run.text.size();) {
      const std::size_t start = pos;
      const char32_t c = lang::decode_one(run.text, pos).value_or(U'\uFFFD');
      if (pos == start) ++pos;
      const std::optional<Font> font = font_for(c, bold, measure);
      if (!font) {
        measure.cannot_print(model::cannot_write(file, model::locate_in(run, start),
                                                 {lang::character_for_admin(c), "be printed"}));
        continue;
      }
      builder.add(c, *font, style.size, nodes[i]);
    }
  }
  return builder.take();
}

std::vector<Word> shape_plain(std::string_view text, TextStyle style, int node,
                              const TextMeasure& measure) {
  const model::Run run{model::RunKind::text, std::string(text), "", false, {}};
  const int nodes[] = {node};
  return shape(std::span(&run, 1), nodes, style, measure, "");
}

}  // namespace handout::print
