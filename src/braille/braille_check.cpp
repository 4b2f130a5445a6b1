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
        for (std::size_t pos = 0; pos < run.text.size();) {
          const std::size_t start = pos;
          const char32_t c = lang::decode_one(run.text, pos).value_or(U'\uFFFD');
          if (pos == start) ++pos;
          if (c == U' ') continue;
          if (has_braille(code, c)) continue;  // remembered: each character is translated once
          out.push_back({piece.file, model::locate_in(run, start),
                         "the character " + lang::character_for_admin(c) +
                             " cannot be written in " + code.name + " (liblouis table " +
                             code.table + "): delete it or write it in words"});
        }
      }
    }
  }
  return out;
}

}  // namespace handout::braille
