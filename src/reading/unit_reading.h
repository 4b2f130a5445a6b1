#pragma once
// A unit after a number, found in ICU's unit data (lang/units.h) or in the few clinical
// abbreviations ICU lacks (reading_tables.h), alone ("mg", "fl oz", "cucharadita") or as a
// compound of two ("µg/kg", "mg per kg"), and its words in the handout's language.
#include <cstddef>
#include <string>
#include <string_view>

#include "reading/language.h"
#include "reading/number_words.h"
#include "reading/reading_tables.h"

namespace handout::reading {

// One unit: an ICU unit by identifier, or one with words of our own.
struct UnitPart {
  std::string unit;                // ICU identifier, or ""
  const UnitAlias* own = nullptr;  // when `unit` is ""
  bool empty() const { return unit.empty() && !own; }
};

struct UnitAt {
  std::size_t length = 0;           // bytes from where the search began; 0 when no unit
  std::string unit;                 // ICU identifier of the whole unit, "" when ICU has none
  UnitPart numerator, denominator;  // the denominator empty when not compound
  bool full_name = false;           // written in words ("cucharadita"), not a symbol
};

// The unit printed at `pos` of `text`, after one optional space or no-break space. Never part
// of a word ("2 mgs" has none), never a word that only looks like a symbol ("2 in a row"); a
// period after a slash ("/day") is left to the slash rule, which says "a day".
UnitAt unit_at(std::string_view text, std::size_t pos, Language language);

// The same, but a unit written in words only where eSpeak NG would read the number before it
// wrong: a Spanish feminine noun ("1 cucharadita" is "una", not "un"). "20 minutes" and
// "20 minutos" are left as written.
UnitAt unit_to_read_at(std::string_view text, std::size_t pos, Language language);

// The unit's words for a printed number ("2.5", "2,5", "1,000"): `for_number` with ICU's
// plural for that number, `one` and `many` for fractions ("half a cup", "1 1/2 cups"), and
// the Spanish gender of the numbers before it.
struct SpokenUnit {
  std::string for_number, one, many;
  Gender gender = Gender::masculine;
};
SpokenUnit spoken_unit(const UnitAt& unit, std::string_view number, Language language);

}  // namespace handout::reading
