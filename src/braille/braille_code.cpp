#include "braille/braille_code.h"

#include "lang/language.h"

namespace handout::braille {

Code braille_code(const model::LanguageTag& lang, int grade) {
  const std::string display = "en-us-brf.dis,";
  if (lang::language_of(lang) == lang::Language::spanish)
    return {display + "es-g1.ctb", "es-g1.ctb", 1, "Spanish braille"};
  if (grade == 1) return {display + "en-ueb-g1.ctb", "en-ueb-g1.ctb", 1, "Unified English Braille"};
  return {display + "en-ueb-g2.ctb", "en-ueb-g2.ctb", 2, "Unified English Braille"};
}

}  // namespace handout::braille
