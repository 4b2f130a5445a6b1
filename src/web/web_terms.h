#pragma once
// The words the web page and the index add, in the handout's language (English and Spanish;
// other languages get English). Kept here until lang/terms.h takes them.
#include <string_view>

#include "model/language_tag.h"

namespace handout::web {

struct WebTerms {
  std::string_view listen;           // the heading of the player
  std::string_view listen_to_part;   // before the chapter links
  std::string_view whole_recording;  // the first chapter's link, from the start
  std::string_view no_audio;         // inside <audio>, for browsers without it
  std::string_view handouts;         // the index's title
  std::string_view contact;          // the index's contact section
};

const WebTerms& web_terms(const model::LanguageTag& tag);

}  // namespace handout::web
