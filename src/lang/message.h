#pragma once
// ICU MessageFormat patterns filled in a language: what every table of words in lang/ uses,
// so plural and select choose by the language's rules. Internal to lang/.
#include <unicode/fmtable.h>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::lang {

struct Argument {
  const char* name;
  icu::Formattable value;
};

// Throws std::logic_error for a pattern that is not valid (a defect in a table).
std::string format(std::string_view pattern, const model::LanguageTag& tag,
                   std::initializer_list<Argument> arguments);

icu::Formattable text(std::string_view utf8);
icu::Formattable number(std::size_t n);

}  // namespace handout::lang
