#pragma once
// The element ids the XHTML formats give their own elements (the web page, the EPUB, a talking
// book), in one place: a section's id is written into the same documents, so it may take none
// of them. The reader refuses a written section id that is one and steps a derived one aside
// (content/handout_reader.cpp); the formats' tests check every id of their documents against
// this list (tests/support/element_id_headings.h).
#include <array>
#include <string_view>

namespace handout::model {

// Fixed ids: the web page's "Listen" heading, player, part links and sentence times; the
// EPUB navigation document's table of contents and page list with their headings.
inline constexpr std::array<std::string_view, 10> fixed_element_ids = {
    "player",    "sentence-times", "page-listen",     "page-parts", "toc",
    "toc-title", "page-list",      "page-list-title", "intro",      "contact"};

// Whether an element of a format may have the id `id`: one of fixed_element_ids, or of the
// reading order's patterns (model/reading_order.h), with N and K whole numbers: a text unit's
// "uN", a sentence's "uN-sK", "contents-sK" and "closing-sK", the contact block's heading
// "uN-heading", and the EPUB's page markers "pageN".
bool is_element_id(std::string_view id);

// The same in words, for a message: "u1, u1-s1, …".
inline constexpr std::string_view element_id_forms =
    "uN, uN-sK, uN-heading, contents-sK, closing-sK, pageN, player, sentence-times, "
    "page-listen, page-parts, toc, toc-title, page-list, page-list-title, and the recording's "
    "chapters intro and contact";

}  // namespace handout::model
