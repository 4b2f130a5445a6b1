#pragma once
// The page's style sheet and its one optional script, shared by the handout pages and the
// index.
#include <string>
#include <string_view>

namespace handout::web {

struct PageFonts {
  std::string regular;  // Atkinson Hyperlegible's TrueType files, as base64; empty: not embedded
  std::string bold;
};

// The <style> element's content: the fonts as data: URLs, large type, reflow down to 320 CSS
// pixels, a dark variant, a print style sheet, and the look of the sentence being spoken.
std::string style_sheet(const PageFonts& fonts);

// Seeks the player from the chapter links and marks the sentence being spoken (class
// "speaking") from the times in <script id="sentence-times">; keeps the boxes a patient ticks
// in a checklist in the browser's localStorage, under the handout's id and each box's id
// (with the item's words, so that a revised handout's other item is never ticked by it).
// The page works without it: the boxes still tick, for the visit.
std::string_view read_along_script();

}  // namespace handout::web
