#pragma once
// A unit's text cut into sentences, as the read-along writers highlight them and the speech
// script marks them: ICU's sentence rules for the handout's language, with the locale's
// abbreviations kept inside a sentence ("Dr. Smith", "p. ej."). Only text runs are cut;
// a phone number, e-mail or web address or a <say> run is never split.
#include <string>
#include <string_view>
#include <vector>

#include "model/inline.h"
#include "model/language_tag.h"

namespace handout::lang {

struct Sentence {
  std::string id;       // "<unit id>-s<k>", k from 1 (model::sentence_id)
  model::Inlines runs;  // the sentence's runs, emphasis and places kept; trailing spaces
                        // stay with the sentence they follow
};

// Every run of `text` falls in exactly one sentence; the sentences' printed text, in order,
// is the unit's. An empty text gives no sentence.
std::vector<Sentence> split_sentences(const model::Inlines& text, const model::LanguageTag& lang,
                                      std::string_view unit_id);

}  // namespace handout::lang
