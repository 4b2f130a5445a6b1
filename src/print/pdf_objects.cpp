#include "print/pdf_objects.h"

#include <hpdf_doc.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "lang/utf8.h"

namespace handout::print::pdf {

HPDF_Dict new_object(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  if (dict && HPDF_Xref_Add(doc->xref, dict) != HPDF_OK) return nullptr;
  return dict;
}

HPDF_Dict new_stream(HPDF_Doc doc, std::string_view data) {
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (stream)
    HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(data.data()),
                      static_cast<HPDF_UINT>(data.size()));
  return stream;
}

void compress_soft_mask(HPDF_Image image) {
  auto* mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
  if (mask) mask->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
}

namespace {

bool printable_ascii(std::string_view text) {
  for (const char c : text)
    if (c < 0x20 || c > 0x7E) return false;
  return true;
}

}  // namespace

void* text_string(HPDF_Doc doc, std::string_view utf8) {
  const std::string text(utf8);
  if (printable_ascii(text)) return HPDF_String_New(doc->mmgr, text.c_str(), nullptr);
  std::string bytes = "\xFE\xFF";
  const auto unit = [&bytes](char32_t u) {
    bytes.push_back(static_cast<char>(u >> 8));
    bytes.push_back(static_cast<char>(u & 0xFF));
  };
  for (const char32_t c : lang::decode_utf8(text)) {
    if (c < 0x10000) {
      unit(c);
    } else {
      unit(0xD800 + ((c - 0x10000) >> 10));
      unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    }
  }
  return byte_string(doc, bytes);
}

HPDF_STATUS add_text(HPDF_Doc doc, HPDF_Dict dict, const char* key, std::string_view utf8) {
  return HPDF_Dict_Add(dict, key, text_string(doc, utf8));
}

void* byte_string(HPDF_Doc doc, std::string_view bytes) {
  return HPDF_Binary_New(doc->mmgr,
                         const_cast<HPDF_BYTE*>(reinterpret_cast<const HPDF_BYTE*>(bytes.data())),
                         static_cast<HPDF_UINT>(bytes.size()));
}

void write_marked_content(HPDF_Page page, std::string_view operators) {
  auto* attr = static_cast<HPDF_PageAttr>(page->attr);
  HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                    static_cast<HPDF_UINT>(operators.size()));
}

void set_xyz(HPDF_Doc doc, HPDF_Destination destination, HPDF_Page page, double left, double top) {
  HPDF_Array_Clear(destination);
  HPDF_Array_Add(destination, page);
  HPDF_Array_AddName(destination, "XYZ");
  HPDF_Array_AddReal(destination, static_cast<HPDF_REAL>(left));
  HPDF_Array_AddReal(destination, static_cast<HPDF_REAL>(top));
  HPDF_Array_Add(destination, HPDF_Null_New(doc->mmgr));
}

HPDF_Dict catalog(HPDF_Doc doc) {
  return doc->catalog;
}
HPDF_Dict info(HPDF_Doc doc) {
  return doc->info;
}
HPDF_Dict trailer(HPDF_Doc doc) {
  return doc->trailer;
}

}  // namespace handout::print::pdf
