#pragma once
// The one place that uses libharu's object layer directly (its installed internal headers):
// indirect dictionaries, text strings, raw marked-content operators in a page's content.
#include <hpdf.h>
#include <hpdf_objects.h>

#include <string>
#include <string_view>

namespace handout::print::pdf {

// A new dictionary that is an indirect object, so several objects may refer to it.
HPDF_Dict new_object(HPDF_Doc doc);
// A new stream that is an indirect object, holding `data` unfiltered.
HPDF_Dict new_stream(HPDF_Doc doc, std::string_view data);
// A PDF text string: a literal when it is printable ASCII, else UTF-16BE with a BOM.
void* text_string(HPDF_Doc doc, std::string_view utf8);
HPDF_STATUS add_text(HPDF_Doc doc, HPDF_Dict dict, const char* key, std::string_view utf8);
// A byte string, written in hex.
void* byte_string(HPDF_Doc doc, std::string_view bytes);

// libharu 2.3 writes a PNG's alpha (its /SMask) unfiltered whatever the compression mode: as
// many bytes as the picture has pixels. Flate-compresses it, as the picture itself is.
void compress_soft_mask(HPDF_Image image);

// Appends marked-content operators (BDC, BMC, EMC only) to a page's content stream. libharu
// writes everything else, so its own record of the graphics state stays true.
void write_marked_content(HPDF_Page page, std::string_view operators);

// [page /XYZ left top null]: libharu's HPDF_Destination_SetXYZ rejects a null zoom, which
// keeps the reader's zoom (what a low-vision reader who zoomed in needs).
void set_xyz(HPDF_Doc doc, HPDF_Destination destination, HPDF_Page page, double left, double top);

HPDF_Dict catalog(HPDF_Doc doc);
HPDF_Dict info(HPDF_Doc doc);
HPDF_Dict trailer(HPDF_Doc doc);

}  // namespace handout::print::pdf
