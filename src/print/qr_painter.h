#pragma once
// Paints the QR code as filled rectangles (vector, exact), dark on the white page, inside the
// marked content of its Figure structure element.
#include <hpdf.h>

#include "print/qr_layout.h"
#include "print/tagger.h"

namespace handout::print {

void paint_qr(HPDF_Page page, Tagger& tagger, const QrPlacement& qr, double page_height);

}  // namespace handout::print
