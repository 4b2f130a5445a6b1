#pragma once
// A letter of another Latin alphabet as the basic Latin letters it is written with when a
// code has no sign for it ("ç" → "c", "ø" → "o", "ß" → "ss", "Œ" → "OE"), from ICU's
// Latin-ASCII transliteration. Braille uses it for names from other languages.
#include <string>

namespace handout::lang {

// The basic Latin letters for `c`, or "" when `c` is not such a letter (a digit, a sign, a
// letter of another script, or already a basic Latin letter).
std::u32string latin_letters(char32_t c);

}  // namespace handout::lang
