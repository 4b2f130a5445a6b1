#pragma once
// The pictures of a PDF: each prepared for print (image/picture.h, about print_picture_dpi at
// the size it prints, so a phone's photo never goes in whole) and embedded once, however often
// it is shown. A PNG with transparency keeps it (libharu writes its alpha as an SMask).
#include <hpdf.h>

#include <map>
#include <memory>
#include <vector>

#include "image/picture.h"
#include "print/flow.h"
#include "print/pdf_document.h"

namespace handout::print {

class Pictures {
 public:
  explicit Pictures(PdfDocument& document) : document_(document) {}
  // Throws model::Error at the figure when the picture cannot be read or embedded.
  HPDF_Image image(const FigureBox& box);

 private:
  HPDF_Image load(const image::Prepared& prepared, const model::Figure& figure);

  PdfDocument& document_;
  // Held, so that no other prepared picture can take the address of one embedded here.
  std::vector<std::shared_ptr<const image::Prepared>> held_;
  std::map<const image::Prepared*, HPDF_Image> images_;
};

}  // namespace handout::print
