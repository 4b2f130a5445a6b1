#pragma once
// The document outline (bookmarks): one entry per section heading, nested by depth.
#include <hpdf.h>

#include <span>

#include "print/flow.h"
#include "print/pdf_document.h"

namespace handout::print {

void write_outline(PdfDocument& document, std::span<const OutlineEntry> entries,
                   std::span<const HPDF_Page> pages, double page_height);

}  // namespace handout::print
