#pragma once
// The four embedded TrueType fonts. Measures text for layout (from the font files' own
// metrics), reads a face and hands its libharu font to the painter only when it is used,
// and remembers every character shown, for the ToUnicode maps.
#include <hpdf.h>

#include <array>
#include <filesystem>
#include <set>

#include "print/measure.h"
#include "print/pdf_document.h"

namespace handout::print {

class FontSet final : public TextMeasure {
 public:
  FontSet(PdfDocument& document, const std::filesystem::path& fonts_dir);

  bool has_glyph(Font font, char32_t code_point) const override;
  double advance(Font font, char32_t code_point) const override;
  double ascent() const override;
  double descent() const override;

  HPDF_Font font(Font font);                      // created on first use
  void record(Font font, std::string_view utf8);  // characters shown in that font
  // Replaces libharu's invalid ToUnicode CMaps with ones mapping every character shown.
  void write_to_unicode_maps();

 private:
  HPDF_FontDef def(Font font) const;  // read on first use

  PdfDocument& document_;
  std::array<std::filesystem::path, font_count> paths_;
  mutable std::array<const char*, font_count> names_{};
  mutable std::array<HPDF_FontDef, font_count> defs_{};
  std::array<HPDF_Font, font_count> fonts_{};
  std::array<std::set<char32_t>, font_count> shown_;
};

}  // namespace handout::print
