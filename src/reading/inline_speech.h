#pragma once
// Inline runs and plain fields as SSML fragments: lexicon, normalisation, <say> aliases,
// phone numbers digit by digit, readable addresses, emphasis. Pure.
#include <span>
#include <string>
#include <string_view>

#include "model/clinical_lexicon.h"
#include "model/inline.h"
#include "model/lexicon.h"
#include "reading/language.h"

namespace handout::reading {

// Which voice says a stretch in another language than the handout's (a <lang> run, the
// clinic's name and address from a clinic.xml in another language): that language's, chosen
// as reading/voice_choice.h does, in an SSML <voice xml:lang="…">, with that language's rules.
struct Voices {
  std::string handout_bcp47;                 // the handout's language
  std::string clinic_bcp47;                  // clinic.xml's xml:lang; empty: none
  std::span<const std::string> installed{};  // the voices' languages; empty: tags as written

  // The voice for text in `bcp47`; the handout's when no installed voice speaks its language.
  std::string voice_for(std::string_view bcp47) const;
};

struct Speaker {
  Language language;
  const model::Lexicon& lexicon;
  Dialect dialect{language, language == Language::spanish, {}};
  // The tool's clinical lexicon for the language, matched after `lexicon`; or none.
  const model::ClinicalLexicon* clinical = nullptr;
  // Null: every run is said in the handout's voice.
  const Voices* voices = nullptr;
  // False for a language the tool has no reading rules for (lang/language.h): its words are
  // left as printed to eSpeak NG, which reads digits in its voice's language.
  bool rules = true;

  // `ssml`, said in the voice of `lang` when that is not the handout's voice.
  std::string in_voice(const model::LanguageTag& lang, std::string ssml) const;
  // The speaker of text in `lang` (its language's rules; the lexicon when it is for that
  // language); this one when `lang` is empty.
  Speaker in_language(const model::LanguageTag& lang) const;

  // Ordinary printed text: lexicon and normalisation (normaliser.h), then escaping.
  std::string text(std::string_view printed) const;
  // A line of a postal address: a US state's code is said as its name ("ME" -> "Maine").
  std::string address_line(std::string_view printed) const;
  // One run as SSML; a web link with words of its own (Run::href) is its words, as text.
  std::string run(const model::Run& run) const;
  // The runs in order, as SSML; each stretch in another language in its voice. In a language
  // without reading rules, a phone number or an address is said by the rules and in the voice
  // around it, as it would be said outside the stretch.
  std::string runs(const model::Inlines& runs) const;
  // The runs as one sentence: a full stop is added when the printed text has none.
  std::string sentence(const model::Inlines& runs) const;
  // The same for a plain field such as a clinic's name.
  std::string sentence(std::string_view printed) const;
  // A phone number, digit by digit in groups with pauses, slower than the rest.
  std::string phone(std::string_view printed) const;
  // E-mail and web addresses, symbol by symbol ("at", "dot", "slash").
  std::string email(std::string_view printed) const;
  std::string web(std::string_view printed) const;
};

}  // namespace handout::reading
