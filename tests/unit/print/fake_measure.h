#pragma once
// Test support: a font measure without font files. Every character is half an em wide, bold
// ones 0.6 em; the main fonts lack U+2192 (the fallback has it) and nobody has U+4E00.
#include "print/measure.h"

namespace handout::test {

class FakeMeasure final : public print::TextMeasure {
 public:
  bool has_glyph(print::Font font, char32_t c) const override {
    if (c == 0x4E00) return false;
    if (c == 0x2192)
      return font == print::Font::fallback_regular || font == print::Font::fallback_bold;
    return true;
  }
  double advance(print::Font font, char32_t c) const override {
    if (c == U' ') return 0.25;
    return font == print::Font::bold || font == print::Font::fallback_bold ? 0.6 : 0.5;
  }
  double ascent() const override { return 0.95; }
  double descent() const override { return 0.29; }
};

}  // namespace handout::test
