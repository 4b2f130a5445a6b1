#pragma once
// The rules of the tokenizer, one pair of functions per kind of token: `match_…` says how
// many bytes of `text` from `pos` form such a token (0 when none), `read_…` what eSpeak NG
// should hear for it. Internal to the normaliser; the files rules_*.cpp define them.
#include <cstddef>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

#include "reading/tokenizer.h"

namespace handout::reading::rules {

// Helpers shared by the rules.
bool is_digit(char c);
bool is_upper(char c);
bool spanish(const ReadingContext& context);
// The length of `pattern`'s match starting exactly at `pos` (0 when none).
std::size_t match_at(const std::regex& pattern, std::string_view text, std::size_t pos,
                     std::cmatch* match = nullptr);
// Runs `pattern` over the whole token and returns its groups (the token came from it).
std::cmatch groups(const std::regex& pattern, std::string_view token);
std::string group(const std::cmatch& match, std::size_t index);
int number_of(std::string_view digits);
// "9 1 1"
std::string spaced_digits(std::string_view digits);
// The word before `pos` and after `pos`, skipping spaces ("" when none).
std::string_view word_before_pos(std::string_view text, std::size_t pos);
std::string_view word_after_pos(std::string_view text, std::size_t pos);
// Whether only spaces and closing punctuation follow `pos`: a full stop there ends a sentence.
bool at_sentence_end(std::string_view text, std::size_t pos);
// The same, or a sentence starts after a space (a word with a capital and then small letters,
// "¿", "¡"; not an abbreviation in capitals): the full stop after an amount or a dosing term
// ("every 8 hours. Then …", "un comprimido. Luego …"), which no name follows as one follows a title
// ("Dr. Lee").
bool full_stop_ends_sentence(std::string_view text, std::size_t pos);
// Whether the full stop at `pos` only ends an abbreviation: a word in lower case follows in
// the same sentence ("5 min. after each walk").
bool abbreviation_stop_at(std::string_view text, std::size_t pos);
// The unit printed at `pos` (after an optional space), with its length from `pos`: in
// `language`, or, without one, in any language the normaliser reads.
std::size_t unit_length_at(std::string_view text, std::size_t pos, Language language);
std::size_t unit_length_at(std::string_view text, std::size_t pos);

using Match = std::size_t (*)(std::string_view, std::size_t, const ReadingContext&);
using Read = std::string (*)(std::string_view, const Token&, const ReadingContext&);

#define HANDOUT_RULE(name)                                                        \
  std::size_t match_##name(std::string_view, std::size_t, const ReadingContext&); \
  std::string read_##name(std::string_view, const Token&, const ReadingContext&)

HANDOUT_RULE(lexicon);
HANDOUT_RULE(web);
HANDOUT_RULE(email);
HANDOUT_RULE(phone);
HANDOUT_RULE(service);
HANDOUT_RULE(date);
HANDOUT_RULE(time);
HANDOUT_RULE(money);
HANDOUT_RULE(frequency);
HANDOUT_RULE(clinical);
HANDOUT_RULE(dosing);
HANDOUT_RULE(quantity);
HANDOUT_RULE(number_slash);
HANDOUT_RULE(range);
HANDOUT_RULE(ordinal);
HANDOUT_RULE(roman);
HANDOUT_RULE(abbreviation);
HANDOUT_RULE(weekday);
HANDOUT_RULE(month);
HANDOUT_RULE(word_range);
HANDOUT_RULE(slash);
HANDOUT_RULE(sign);
HANDOUT_RULE(code);
HANDOUT_RULE(decade);
HANDOUT_RULE(ratio);
HANDOUT_RULE(size);
HANDOUT_RULE(mark);
HANDOUT_RULE(value_dash);

#undef HANDOUT_RULE

// Shared readings.
// The word that joins two ends of a range at `pos`: "to", "a"; after "between", "entre": "and",
// "y".
std::string range_word(std::string_view text, std::size_t pos, const ReadingContext& context);
std::string spoken_date(int year, int month, int day, const Dialect& dialect);
bool valid_date(int month, int day);
// Whether a day and month without a year ("3/11") at `pos` is a date by its context: a weekday
// before it ("Monday 3/11", "el jueves, 3/11") or a word that names a date ("date", "fecha",
// "cita", "until", "hasta el").
bool after_date_word(std::string_view text, std::size_t pos, Language language);
// The same, or after "on" or "el" where the clause ends right after it ("see you on 5/6.",
// "el 5/6, a las 9").
bool date_by_context(std::string_view text, std::size_t pos, std::size_t end, Language language);
// A fraction or a mixed number at `pos` ("1/2", "½", "1 1/2", "1½"): its length, 0 when none.
std::size_t fraction_length_at(std::string_view text, std::size_t pos);
// That fraction said before a noun of `one` and `many` words ("tablet|tablets", feminine or
// not in Spanish): "half a tablet", "one and a half tablets", "media cápsula".
std::string fraction_with_noun(std::string_view fraction, std::string_view one,
                               std::string_view many, bool feminine, const ReadingContext& context);

}  // namespace handout::reading::rules
