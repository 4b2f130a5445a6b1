#pragma once
// The language whose rules normalise a handout's text: the shared one of lang/language.h.
// Other languages get the English rules and phrases.
#include "lang/language.h"

namespace handout::speech {

using lang::iso639_2;
using lang::Language;
using lang::language_of;

}  // namespace handout::speech
