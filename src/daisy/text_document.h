#pragma once
// The handout's full text as one XHTML 1.0 document (the book's content.html), cut into the
// parts that have a SMIL file each: the opening (title, subtitle, byline, the parts the
// recording names, the introduction), each top-level section or exercise, the contact block
// and the closing. Its pictures are files beside it, named in `pictures` (the handout's own
// files when it is null).
//
// Every unit's element has the unit's id ("u7") and every spoken sentence an element with its
// sentence id ("u7-s2", model/reading_order.h and lang/sentences.h): a <span> in a text unit,
// a <div> for the contact block's details and each of its offices. What the recording says
// around the text has sentence ids too ("contents-s1", "closing-s1"), so every sentence it
// speaks is one a reader sees, and every clip of the book has text.
#include <string>

#include "daisy/book.h"
#include "model/handout.h"
#include "xhtml/pictures.h"

namespace handout::daisy {

TextDocument build_text(const model::Handout& handout,
                        const xhtml::PictureFiles* pictures = nullptr);

// The whole content.html around a body.
std::string xhtml_document(const std::string& title, const std::string& language,
                           const std::string& body);

// The closing's heading in ncc.html: the recording's closing words ("This is the end of the
// recording"), without their colon.
std::string closing_title(const model::LanguageTag& language);

}  // namespace handout::daisy
