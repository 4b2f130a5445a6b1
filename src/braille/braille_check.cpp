#include "braille/braille_check.h"

#include "braille/louis.h"
#include "braille/louis_translator.h"
#include "braille/pieces.h"
#include "lang/terms.h"
#include "lang/utf8.h"

namespace handout::braille {

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
          const std::size_t start = pos, end = lang::character_end(run.text, pos);
          pos = end;
          std::size_t at = start;
          const char32_t c = lang::decode_one(run.text, at).value_or(U'\uFFFD');
          if (c == U' ') continue;
          bool writable = true;
          for (at = start; at < end && writable;) {
            const std::size_t from = at;
            const std::optional<char32_t> part = lang::decode_one(run.text, at);
            if (at == from) ++at;
            // remembered: each character is translated once
            writable = part && (lang::is_variation_selector(*part) || has_braille(code, *part));
          }
          if (writable) continue;
          out.push_back({piece.file, model::locate_in(run, start),
                         "the character " + lang::character_for_admin(c) +
                             " cannot be written in " + code.name +
                             ": delete it or write it in words"});
        }
      }
    }
  }
  return out;
}

}  // namespace handout::braille
