#pragma once
// What layout needs to know about the fonts: which characters they have and how wide they are.
// The painter implements it with the embedded TrueType fonts; unit tests with a fake.
#include <array>
#include <cstdint>
#include <utility>

#include "model/diagnostic.h"

namespace handout::print {

enum class Font : std::uint8_t { regular, bold, fallback_regular, fallback_bold };
inline constexpr std::size_t font_count = 4;

inline constexpr Font fallback_of(Font font) {
  return font == Font::bold ? Font::fallback_bold : Font::fallback_regular;
}

class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  virtual bool has_glyph(Font font, char32_t code_point) const = 0;
  // Advance width in em (1.0 = the font size).
  virtual double advance(Font font, char32_t code_point) const = 0;
  // Of the main font, in em: how far glyphs reach above and below the baseline.
  virtual double ascent() const = 0;
  virtual double descent() const = 0;
  // Called for a character neither font has: throws by default; a check collects them all
  // and lets layout go on without the character.
  virtual void cannot_print(model::Diagnostic problem) const {
    throw model::Error(std::move(problem));
  }
};

}  // namespace handout::print
