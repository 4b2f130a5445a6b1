#pragma once
// Writes the PDF structure tree: marked content in the pages, StructElem objects, the
// ParentTree, /StructParents of pages and /StructParent of link annotations, /MarkInfo.
#include <hpdf.h>

#include <array>
#include <map>
#include <span>
#include <vector>

#include "print/pdf_document.h"
#include "print/structure.h"
#include "print/structure_content.h"

namespace handout::print {

class Tagger {
 public:
  Tagger(PdfDocument& document, std::span<const Node> nodes);

  void begin_content(HPDF_Page page, int page_index, int node);      // BDC with an MCID
  void begin_artifact(HPDF_Page page, std::string_view properties);  // "/Type /Pagination"
  void end(HPDF_Page page);                                          // EMC
  void add_annotation(HPDF_Annotation annotation, int page_index, int node);
  // Where a Figure is on its page (left, bottom, right, top in points): its Layout BBox.
  void set_bbox(int node, std::array<double, 4> bbox) { bboxes_[node] = bbox; }

  // Call once, after every page is painted.
  void finish(std::span<const HPDF_Page> pages);

 private:
  HPDF_Array kids_array(int node, std::span<const HPDF_Dict> elements,
                        std::span<const HPDF_Page> pages);
  void add_bbox(HPDF_Dict element, const std::array<double, 4>& bbox);
  void add_scope(HPDF_Dict element, Scope scope);
  void write_parent_tree(HPDF_Dict root, std::span<const HPDF_Dict> elements,
                         std::span<const HPDF_Page> pages);

  PdfDocument& document_;
  std::span<const Node> nodes_;
  StructureContent content_;
  std::vector<HPDF_Annotation> annotations_;
  std::map<int, std::array<double, 4>> bboxes_;
};

}  // namespace handout::print
