#pragma once
// The first step of reading a text aloud: cutting it into tokens, each of one kind (a phone
// number, a date, a quantity with its unit, a sign …) or plain text. Tokens never overlap,
// so a rule that reads one kind can never rewrite inside another kind's token: a range rule
// never sees the hyphens of a phone number or a date. Pure.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "model/clinical_lexicon.h"
#include "model/lexicon.h"
#include "reading/language.h"

namespace handout::reading {

enum class TokenKind {
  text,          // read as printed
  lexicon,       // a word of the clinic's lexicon
  web,           // "https://example.org/a"
  email,         // "desk@example.org"
  phone,         // "(207) 555-0100", "1-800-555-0199 ext. 12"
  service,       // "911", "988", "711": digit by digit
  date,          // "3/4/2026", "2026-03-04", "4/15"
  time,          // "5:00 PM", "10 a.m.-2 p.m."
  money,         // "$25", "12,50 €"
  frequency,     // "3x/day", "3 sets x 10 reps", "q6h", "c/8 h", "10x"
  clinical,      // the shipped clinical lexicon: "WBAT", "f/u", "2 gtt", ".5 mg"
  dosing,        // "b.i.d.", "PRN", "PO"
  quantity,      // "1 1/2 cups", "2 lb", "38 ℃", "½ taza"
  number_slash,  // "120/80", "3/10", "24/7"
  range,         // "2-4"
  ordinal,       // "1.ª", "3.er", "2da"
  roman,         // "Phase II"
  abbreviation,  // "St.", "approx.", "Avda."
  weekday,       // "Mon–Fri", "Lun."
  month,         // "Jan. 5", "5 de ene.", "Mar–May"
  word_range,    // "Monday–Friday"
  slash,         // "heat/ice", "/day"
  sign,          // "≥", "±", "℃"
  code,          // "04000": digit by digit
  decade,        // "in your 60s", "the 1990s"
  ratio,         // "1:4", "1:10 bleach"
  size,          // "2x2 gauze", "10 x 10 cm"
  mark,          // "5#", "30\"", "5'"
  value_dash,    // the dash of "$20–$40", "3rd–5th"
};

struct Token {
  TokenKind kind = TokenKind::text;
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
};

// What a rule may look at besides the text.
struct ReadingContext {
  Dialect dialect;
  const model::Lexicon* lexicon = nullptr;  // or none
  // The tool's clinical lexicon for the language (clinical-lexicon/<language>.txt), or none.
  const model::ClinicalLexicon* clinical = nullptr;
};

std::vector<Token> tokenize(std::string_view text, const ReadingContext& context);

// Whether `token`, a slash, stands between two single letters that are no other reading
// ("n/t", "a/w"; not Spanish "y/o"): a clinician's shorthand no lexicon knows, whose letters
// are said one by one (the lexicons read the ones they know: "w/", "s/p").
bool slash_between_letters(std::string_view text, const Token& token,
                           const ReadingContext& context);

// The words eSpeak NG should hear for one token.
std::string read_token(std::string_view text, const Token& token, const ReadingContext& context);

}  // namespace handout::reading
