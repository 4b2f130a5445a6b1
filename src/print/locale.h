#pragma once
// The few words the printed page adds itself, in the handout's language (English by default).
#include <string>
#include <string_view>

#include "model/inline.h"

namespace handout::print {

enum class Locale { english, spanish };

Locale locale_for(std::string_view lang);                    // BCP 47, e.g. "es-419" is Spanish
std::string page_label(Locale locale, int page, int pages);  // "Page 2 of 5"
// From an ISO date: "Revised November 26, 2026"; the date as given when it is not ISO.
std::string revised_label(Locale locale, std::string_view iso_date);
// A link annotation's /Contents, e.g. "Call (207) 555-0100".
std::string link_contents(Locale locale, model::RunKind kind, std::string_view text);
// The link's URI: https: (added when missing), mailto: or tel:.
std::string link_uri(model::RunKind kind, std::string_view text);

}  // namespace handout::print
