#include "braille/braille_check.h"

#include <optional>
#include <string_view>

#include "braille/louis.h"
#include "braille/louis_translator.h"
#include "braille/pieces.h"
#include "lang/terms.h"
#include "lang/utf8.h"

namespace handout::braille {

namespace {

// Whether the code writes every code point of text[start, end) (one character a reader sees),
// a variation selector, which only chooses how the one before it is shown, aside.
bool cluster_has_braille(std::string_view text, std::size_t start, std::size_t end,
                         const Code& code) {
  for (std::size_t at = start; at < end;) {
    const std::size_t from = at;
    const std::optional<char32_t> part = lang::decode_one(text, at);
    if (at == from) return false;  // malformed: the reader never gives it
    // has_braille remembers: each character is translated once.
    if (!lang::is_variation_selector(*part) && !written_as(code, *part)) return false;
  }
  return true;
}

}  // namespace

model::Diagnostics check_braille(const model::Handout& handout, const Code& code) {
  louis::check_table(code.table_list);
  model::Diagnostics out;
  const lang::Terms terms(handout.lang);
  for (const Piece& piece : pieces(handout, terms, check_marks(code))) {
    for (const model::Inlines* text : texts(piece)) {
      for (const model::Run& run : *text) {
        // One message for each character a reader sees (an emoji with its variation selector
        // or skin tone, a letter with its accents), named by its first code point.
        for (std::size_t pos = 0; pos < run.text.size();) {
          const std::size_t start = pos;
          pos = lang::character_end(run.text, start);
          std::size_t first = start;
          const char32_t c = lang::decode_one(run.text, first).value_or(U'\uFFFD');
          if (c == U' ' || cluster_has_braille(run.text, start, pos, code)) continue;
          out.push_back(
              model::cannot_write(piece.file, model::locate_in(run, start),
                                  {lang::character_for_admin(c), "be written in " + code.name}));
        }
      }
    }
  }
  return out;
}

}  // namespace handout::braille
