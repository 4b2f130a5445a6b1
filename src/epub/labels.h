#pragma once
// The few words the EPUB adds, per language (English, else Spanish for "es").
#include <string_view>

#include "model/language_tag.h"

namespace handout::epub {

struct Labels {
  std::string_view contents;  // the table of contents' heading
  std::string_view pages;     // the page list's heading
  std::string_view summary;   // schema:accessibilitySummary
};

const Labels& labels_for(const model::LanguageTag& tag);

}  // namespace handout::epub
