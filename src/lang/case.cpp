#include "lang/case.h"

#include <unicode/locid.h>

#include "lang/icu_text.h"

namespace handout::lang {

std::string lower_case(std::string_view utf8) {
  icu::UnicodeString text = to_unicode(utf8);
  text.toLower(icu::Locale::getRoot());
  return to_utf8(text);
}

}  // namespace handout::lang
