#pragma once
// The running title pages after the first carry in their top margin: the handout's title, or
// its first words and an ellipsis, as pdftotext or pdf.js read it back.
#include <string>

#include "model/handout.h"

namespace handout::test {

// Whether `text` (one line, as read back) is `handout`'s running title.
bool is_running_title(const std::string& text, const model::Handout& handout);

// `page_text` (one page, from pdftotext, -raw or not) without the running title: its last line
// (-raw: it is painted last) or its first (the default order: it is on top).
std::string without_running_title(const std::string& page_text, const model::Handout& handout);

// The same for a whole document's text, pages separated by form feeds: every page after the
// first must end with the running title.
std::string without_running_titles(const std::string& text, const model::Handout& handout);

}  // namespace handout::test
