#pragma once
// The pronunciation lexicon applied to a text: each grapheme, matched case-sensitively as a
// whole word, is replaced by its alias. Where graphemes overlap the longest one wins.
#include <span>
#include <string>
#include <string_view>

#include "model/lexicon.h"

namespace handout::reading {

std::string apply_lexicon(std::string_view text, const model::Lexicon& lexicon);

// A lexicon is written for one language (its xml:lang): it applies to a handout whose
// language is the same language (lang::same_language: "en-US" lexicon, "en-GB" handout), or to
// every handout when it names none. An English "PT" must not be read out in a Spanish handout.
bool lexicon_applies(const model::Lexicon& lexicon, std::string_view handout_lang);

// Among a content folder's lexicons (one per language), the one of `language`, or null:
// lexicon.es.pls for es and es-MX, an en-US lexicon.pls for en-GB. For any writer that speaks.
const model::Lexicon* lexicon_for(std::span<const model::Lexicon> lexicons,
                                  const model::LanguageTag& language);

}  // namespace handout::reading
