#include "print/outline.h"

#include <vector>

#include "print/pdf_objects.h"

namespace handout::print {

void write_outline(PdfDocument& document, std::span<const OutlineEntry> entries,
                   std::span<const HPDF_Page> pages, double page_height) {
  HPDF_Doc doc = document.get();
  std::vector<HPDF_Outline> open;  // the entry open at each depth
  for (const OutlineEntry& entry : entries) {
    open.resize(static_cast<std::size_t>(entry.depth - 1), nullptr);
    HPDF_Outline parent = open.empty() ? nullptr : open.back();
    // libharu would write the title in its own encoding; the title is replaced right away.
    HPDF_Outline outline = HPDF_CreateOutline(doc, parent, "-", nullptr);
    document.check("adding an outline entry");
    pdf::add_text(doc, outline, "Title", entry.title);
    HPDF_Page page = pages[static_cast<std::size_t>(entry.page)];
    HPDF_Destination destination = HPDF_Page_CreateDestination(page);
    pdf::set_xyz(doc, destination, page, 0, page_height - entry.top);
    HPDF_Outline_SetDestination(outline, destination);
    HPDF_Outline_SetOpened(outline, HPDF_TRUE);
    open.push_back(outline);
  }
  if (!entries.empty()) HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
  document.check("writing the outline");
}

}  // namespace handout::print
