#pragma once
// The clinic's details in one handout's language: each text that needs a translator (a
// location's name, a note) is taken in the handout's language, and a missing version is
// reported at the handout's lang attribute, naming the language and the text in clinic.xml.
#include "content/element_checker.h"
#include "model/clinic.h"
#include "model/language_tag.h"

namespace handout::content {

model::Clinic clinic_in_language(const model::Clinic& clinic, const model::LanguageTag& lang,
                                 ElementChecker& checker);

// The version of `texts` for `lang`: the same tag, else the same primary language; a text
// without xml:lang is in the clinic's language, or in every language when that is unset.
const model::Field* version_for(const model::Translated& texts, const std::string& clinic_lang,
                                const model::LanguageTag& lang);

}  // namespace handout::content
