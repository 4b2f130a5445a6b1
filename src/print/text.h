#pragma once
// Inline runs turned into measured words, each character in a font that has it.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/inline.h"
#include "print/measure.h"
#include "print/structure.h"

namespace handout::print {

// Characters in one font, size and structure node.
struct Glyphs {
  std::string text;  // UTF-8
  Font font = Font::regular;
  double size = 0;
  int node = artifact;
  double width = 0;  // points
  friend bool operator==(const Glyphs&, const Glyphs&) = default;
};

// A word: what lies between two spaces. A line may break only at a space.
struct Word {
  std::vector<Glyphs> parts;
  double width = 0;
  std::optional<Glyphs> space;  // the space after the word, if any
};

struct TextStyle {
  double size = 0;
  bool bold = false;  // emphasis makes a run bold as well
};

// `nodes[i]` is the structure node of `runs[i]`. Throws model::Error naming the code point and
// `file`:line of the run when neither the main font nor the fallback has a character.
std::vector<Word> shape(std::span<const model::Run> runs, std::span<const int> nodes,
                        TextStyle style, const TextMeasure& measure, const std::string& file);

// One plain string (labels, the footer) in one style and node.
std::vector<Word> shape_plain(std::string_view text, TextStyle style, int node,
                              const TextMeasure& measure);

// The font a character prints in: the main face if it has it, else the fallback.
std::optional<Font> font_for(char32_t code_point, bool bold, const TextMeasure& measure);

}  // namespace handout::print
