#pragma once
// Inline runs and plain fields as SSML fragments: lexicon, normalisation, <say> aliases,
// phone numbers digit by digit, readable addresses, emphasis. Pure.
#include <string>
#include <string_view>

#include "model/clinical_lexicon.h"
#include "model/inline.h"
#include "model/lexicon.h"
#include "reading/language.h"

namespace handout::reading {

struct Speaker {
  Language language;
  const model::Lexicon& lexicon;
  Dialect dialect{language, language == Language::spanish, {}};
  // The tool's clinical lexicon for the language, matched after `lexicon`; or none.
  const model::ClinicalLexicon* clinical = nullptr;

  // Ordinary printed text: lexicon and normalisation (normaliser.h), then escaping.
  std::string text(std::string_view printed) const;
  // A line of a postal address: a US state's code is said as its name ("ME" -> "Maine").
  std::string address_line(std::string_view printed) const;
  // One run as SSML; a web link with words of its own (Run::href) is its words, as text.
  std::string run(const model::Run& run) const;
  // The runs in order, as SSML.
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
