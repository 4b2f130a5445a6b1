#include "print/qr_painter.h"

namespace handout::print {

void paint_qr(HPDF_Page page, Tagger& tagger, const QrPlacement& qr, double page_height) {
  tagger.begin_content(page, 0, qr.figure);
  HPDF_Page_SetRGBFill(page, 0, 0, 0);
  const double origin = qr.module * qr_quiet_modules;
  for (int row = 0; row < qr.matrix.size; ++row) {
    int column = 0;
    while (column < qr.matrix.size) {
      if (!qr.matrix.at(row, column)) {
        ++column;
        continue;
      }
      const int start = column;  // one rectangle per run of dark modules: no seams between them
      while (column < qr.matrix.size && qr.matrix.at(row, column)) ++column;
      const double left = qr.x + origin + start * qr.module;
      const double bottom = page_height - (qr.top + origin + (row + 1) * qr.module);
      HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(bottom),
                          static_cast<HPDF_REAL>((column - start) * qr.module),
                          static_cast<HPDF_REAL>(qr.module));
    }
  }
  HPDF_Page_Fill(page);
  tagger.end(page);
}

}  // namespace handout::print
