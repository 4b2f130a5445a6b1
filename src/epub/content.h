#pragma once
// The handout as XHTML content documents: one for the opening (title, subtitle, byline, the
// table of contents the recording reads and the introduction), one per top-level section and
// one for the contact block; the last ends with the recording's closing. A top-level exercise
// is a part like a section, with a document of its own.
//
// Why several documents and not one: a reading system opens each as a "chapter", so the table
// of contents, the overlays (one SMIL each, short enough to load at once) and a reader's
// position all follow the handout's sections, matching the recording's chapters; a long
// single page would make every reader lay out and highlight the whole handout at once.
//
// Every unit's element has the unit's id ("u7"), every spoken sentence a <span> with its
// sentence id ("u7-s2"), and each printed page's start a pagebreak marker ("page3"). What the
// recording adds around the text has sentence ids too ("contents-s1", "closing-s1": see
// model/reading_order.h), so every sentence it speaks is one a reader sees.
#include <vector>

#include "epub/book.h"
#include "model/handout.h"
#include "xhtml/pictures.h"

namespace handout::epub {

// Throws std::invalid_argument when a page start names a unit the handout does not have. The
// pictures are where `pictures` says (the handout's own files when it is null).
Book build_book(const model::Handout& handout, const std::vector<PageStart>& pages,
                const xhtml::PictureFiles* pictures = nullptr);

// The accessible name of the pagebreak marker of `page` and its id.
std::string page_id(int page);

}  // namespace handout::epub
