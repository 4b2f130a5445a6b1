#pragma once
// Small pieces of HTML shared by the page and the index.
#include <optional>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::web {

std::string text(std::string_view plain);       // escaped element content
std::string attribute(std::string_view plain);  // escaped, for a double-quoted attribute

// The start of a page: doctype, <html lang>, <head> with its Content-Security-Policy, the title,
// the canonical address where the clinic publishes the page (when it does) and the style sheet.
// `script` is the text of the page's one <script> (after "<script>"), for the policy;
// `worker`: that script registers the offline worker (web/offline.h).
std::string page_head(const model::LanguageTag& lang, std::string_view title,
                      std::string_view style, const std::optional<std::string>& canonical = {},
                      std::string_view script = {}, bool worker = false);

}  // namespace handout::web
