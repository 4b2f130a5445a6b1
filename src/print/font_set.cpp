#include "print/font_set.h"

#include <hpdf_fontdef.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "lang/utf8.h"
#include "print/to_unicode.h"

namespace handout::print {

namespace {

constexpr std::array<const char*, font_count> file_names = {
    "AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf", "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf"};

std::size_t index(Font font) {
  return static_cast<std::size_t>(font);
}

}  // namespace

FontSet::FontSet(PdfDocument& document, const std::filesystem::path& fonts_dir)
    : document_(document) {
  HPDF_UseUTFEncodings(document_.get());
  for (std::size_t i = 0; i < font_count; ++i) {
    paths_[i] = fonts_dir / file_names[i];
    std::error_code error;
    if (!std::filesystem::is_regular_file(paths_[i], error))
      document_.fail("font file not found: " + paths_[i].string());
  }
}

// A face is read on first use: most handouts never need the fallback faces, and reading
// DejaVu Sans takes libharu about a millisecond per face. The faces before it are read first:
// libharu names each face's subset by the order the faces were read in ("HPDFAA+", "HPDFAB+"
// …), and the PDF's bytes must not depend on which face the text needed first.
HPDF_FontDef FontSet::def(Font font) const {
  for (std::size_t i = 0; i <= index(font); ++i) {
    if (defs_[i]) continue;
    names_[i] = HPDF_LoadTTFontFromFile(document_.get(), paths_[i].c_str(), HPDF_TRUE);
    document_.check("loading the font " + paths_[i].string());
    defs_[i] = HPDF_GetFontDef(document_.get(), names_[i]);
    document_.check("loading the font " + paths_[i].string());
  }
  return defs_[index(font)];
}

bool FontSet::has_glyph(Font font, char32_t code_point) const {
  if (code_point > 0xFFFF) return false;  // libharu's UTF-8 fonts use 2-byte codes
  return HPDF_TTFontDef_GetGlyphid(def(font), static_cast<HPDF_UINT16>(code_point)) != 0;
}

double FontSet::advance(Font font, char32_t code_point) const {
  if (code_point > 0xFFFF) return 0;
  return HPDF_TTFontDef_GetCharWidth(def(font), static_cast<HPDF_UNICODE>(code_point)) / 1000.0;
}

double FontSet::ascent() const {
  return def(Font::regular)->ascent / 1000.0;
}
double FontSet::descent() const {
  return -def(Font::regular)->descent / 1000.0;
}

HPDF_Font FontSet::font(Font font) {
  HPDF_Font& slot = fonts_[index(font)];
  if (!slot) {
    def(font);
    slot = HPDF_GetFont(document_.get(), names_[index(font)], "UTF-8");
    document_.check(std::string("preparing the font ") + names_[index(font)]);
  }
  return slot;
}

void FontSet::record(Font font, std::string_view utf8) {
  for (const char32_t c : lang::decode_utf8(utf8)) shown_[index(font)].insert(c);
}

void FontSet::write_to_unicode_maps() {
  for (std::size_t i = 0; i < font_count; ++i) {
    if (!fonts_[i]) continue;
    auto* map = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(fonts_[i], "ToUnicode", HPDF_OCLASS_DICT));
    if (!map) document_.fail(std::string("the font ") + names_[i] + " has no ToUnicode map");
    // libharu 2.3.0 gives its encoding CMap's keys to the ToUnicode stream; a ToUnicode
    // stream needs none of them.
    for (const char* key : {"Type", "CMapName", "CIDSystemInfo", "WMode"})
      HPDF_Dict_RemoveElement(map, key);
    HPDF_MemStream_FreeData(map->stream);
    const std::string cmap = to_unicode_cmap(shown_[i]);
    HPDF_Stream_Write(map->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                      static_cast<HPDF_UINT>(cmap.size()));
    document_.check(std::string("writing the ToUnicode map of ") + names_[i]);
  }
}

}  // namespace handout::print
