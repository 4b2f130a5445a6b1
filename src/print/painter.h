#pragma once
// Turns a layout into libharu pages: text and pictures in marked-content sequences of their
// structure element, boxes and footers as artifacts, link annotations over the links' text.
#include <hpdf.h>

#include <vector>

#include "print/font_set.h"
#include "print/layout.h"
#include "print/pdf_document.h"
#include "print/pictures.h"
#include "print/tagger.h"

namespace handout::print {

class Painter {
 public:
  Painter(PdfDocument& document, FontSet& fonts, Tagger& tagger, const Layout& layout);
  std::vector<HPDF_Page> paint();

 private:
  void paint_page(HPDF_Page page, int index, const Page& content);
  void paint_boxes(HPDF_Page page, const Page& content);
  void paint_frame(HPDF_Page page, const Box& box);
  void paint_grid(HPDF_Page page, const GridBox& box);
  void paint_mark(HPDF_Page page, double left, double baseline, const Span& span);
  void paint_line(HPDF_Page page, int index, const PlacedLine& line);
  void paint_figure(HPDF_Page page, int index, const PlacedLine& line);
  bool paint_links(HPDF_Page page, int index, const PlacedLine& line);
  double y(double from_top) const { return layout_.style.page_height - from_top; }

  PdfDocument& document_;
  FontSet& fonts_;
  Tagger& tagger_;
  const Layout& layout_;
  Pictures pictures_;
};

}  // namespace handout::print
