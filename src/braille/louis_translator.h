#pragma once
// The layout's translator, made with liblouis: phone numbers, email and web addresses are
// not contracted, <em> takes the code's emphasis indicators.
#include <optional>
#include <string>

#include "braille/braille_code.h"
#include "braille/translator.h"

namespace handout::braille {

class LouisTranslator final : public Translator {
 public:
  // Loads the code's tables (lou_checkTable); throws std::runtime_error when they do not load.
  explicit LouisTranslator(Code code);

  Cells translate(const model::Inlines& runs) const override;
  // UEB's indicators from liblouis's table (its "transnote" emphasis class); liblouis's
  // Spanish table has none, so a Spanish note is marked by its 7-5 margins and its label alone.
  Cells transcriber_note(const model::Inlines& runs) const override;
  // The code's bullet; uncontracted Spanish has none in liblouis, so UEB's (dots 4-5-6, 2-5-6).
  Cells bullet() const override;
  std::optional<CheckMarks> check_marks() const override;

 private:
  Code code_;
  Cells bullet_;  // the same for every item: translated once

  Cells translated(const model::Inlines& runs, bool transcriber_note) const;
};

// Whether `c` has six-dot braille in the code's tables: it translates, alone, to at least one
// cell and to no cell with dots 7 or 8.
bool has_braille(const Code& code, char32_t c);

// How the code writes `c`: itself when it has braille, else, for a letter of another Latin
// alphabet the code has no sign for, its basic Latin letters ("ø" as "o", "ß" as "ss": a
// reader loses the accent, never the letter); nothing when neither has braille.
std::optional<std::u32string> written_as(const Code& code, char32_t c);

// The checklist marks of a code: UEB's square (U+25A1) and check mark (U+2713) from liblouis's
// table, when it has braille for both; none in liblouis's Spanish table.
std::optional<CheckMarks> check_marks(const Code& code);

}  // namespace handout::braille
