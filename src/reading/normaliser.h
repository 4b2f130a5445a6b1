#pragma once
// Rewrites printed clinical text into the words a clinician reading it aloud would say, in
// English and Spanish, for eSpeak NG 1.51. Pure.
//
// The text is first cut into tokens (tokenizer.h): web and e-mail addresses, phone numbers,
// dates, times, money, frequencies and doses, amounts with units, signs, abbreviations …
// Each token is then read by its kind, so one rule never rewrites inside another's token.
// What each kind becomes, with examples, is in docs/how-audio-reads.md; the rules are data
// where they can be (reading_tables.cpp), numbers and dates are spelled by ICU.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/lexicon.h"
#include "reading/language.h"
#include "reading/tokenizer.h"

namespace handout::reading {

// One spoken phrase and the printed text it came from, text[begin, end).
struct SpokenPiece {
  TokenKind kind = TokenKind::text;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string words;
};

// The text as spoken pieces, in order; `lexicon` (the clinic's, may be null) is matched first,
// as whole words, case-sensitively, and `clinical` (the tool's clinical lexicon, may be null)
// by its entries' contexts, after the rules for numbers, dates and frequencies.
std::vector<SpokenPiece> read_text(std::string_view text, const Dialect& dialect,
                                   const model::Lexicon* lexicon = nullptr,
                                   const model::ClinicalLexicon* clinical = nullptr);

// The pieces joined into plain text (no SSML).
std::string join_pieces(const std::vector<SpokenPiece>& pieces);

std::string normalise(std::string_view text, const Dialect& dialect,
                      const model::Lexicon* lexicon = nullptr,
                      const model::ClinicalLexicon* clinical = nullptr);
// With the language's default dialect (en-US, es).
std::string normalise(std::string_view text, Language language);

}  // namespace handout::reading
