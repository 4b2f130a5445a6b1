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
    const std::filesystem::path path = fonts_dir / file_names[i];
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
      document_.fail("font file not found: " + path.string());
    names_[i] = HPDF_LoadTTFontFromFile(document_.get(), path.c_str(), HPDF_TRUE);
    document_.check("loading the font " + path.string());
    defs_[i] = HPDF_GetFontDef(document_.get(), names_[i]);
    document_.check("loading the font " + path.string());
  }
}

bool FontSet::has_glyph(Font font, char32_t code_point) const {
  if (code_point > 0xFFFF) return false;  // libharu's UTF-8 fonts use 2-byte codes
  return HPDF_TTFontDef_GetGlyphid(defs_[index(font)], static_cast<HPDF_UINT16>(code_point)) != 0;
}

double FontSet::advance(Font font, char32_t code_point) const {
  if (code_point > 0xFFFF) return 0;
  return HPDF_TTFontDef_GetCharWidth(defs_[index(font)], static_cast<HPDF_UNICODE>(code_point)) /
         1000.0;
}

double FontSet::ascent() const {
  return defs_[index(Font::regular)]->ascent / 1000.0;
}
double FontSet::descent() const {
  return -defs_[index(Font::regular)]->descent / 1000.0;
}

HPDF_Font FontSet::font(Font font) {
  HPDF_Font& slot = fonts_[index(font)];
  if (!slot) {
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
