#pragma once
// Whole XHTML files: a content document around its body, and the navigation document.
#include <string>

#include "epub/book.h"
#include "lang/terms.h"

namespace handout::epub {

inline constexpr const char* stylesheet_name = "style.css";

std::string xhtml_document(const ContentDocument& document, const std::string& lang);

// The sections as the table of contents (nested by depth) and the page list.
std::string navigation_document(const Book& book, const std::string& title, const std::string& lang,
                                const lang::Terms& terms);

}  // namespace handout::epub
