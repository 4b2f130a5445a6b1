#pragma once
// What the normaliser reads, as data: units, signs, abbreviations and dosing shorthand, each
// with its English and Spanish words. Units come from ICU (lang/units.h); here only what ICU
// lacks. Adding an abbreviation is one row here.
#include <span>
#include <string_view>

#include "reading/language.h"
#include "reading/number_words.h"

namespace handout::reading {

// A unit after a number that ICU's unit data lacks ("mcg", "cc", "mEq", "cdta.", "hrs"):
// read as the ICU unit `unit` names, or, where ICU has none, by the words here.
struct UnitAlias {
  std::string_view printed;  // exactly as written, case-sensitive
  std::string_view unit;     // ICU identifier ("microgram"), or "" when ICU has none
  std::string_view english_one, english_many;  // only when `unit` is ""
  std::string_view spanish_one, spanish_many;
  Gender spanish_gender;
};
std::span<const UnitAlias> unit_aliases();

// Whether a symbol ICU gives a unit is, after a number, more often something else: "in",
// "A" ("Section 2 A"), "B" ("Room 4B"), "pm" ("5 pm").
bool is_unit_lookalike(std::string_view symbol);

// A sign said as words: "≥" -> "greater than or equal to", "mayor o igual que".
struct SignName {
  std::string_view printed;
  std::string_view english, spanish;
};
std::span<const SignName> sign_names();

// Where an abbreviation is read as `spoken`.
enum class Where {
  anywhere,
  after_name,     // after a capitalised word: "Elm St." -> "Elm Street"
  before_name,    // before a capitalised word: "St. Louis" -> "Saint Louis"
  before_number,  // before a number: "No. 5", "Ste. 200"
};

struct Abbreviation {
  std::string_view printed;  // case-sensitive, with its full stops
  Where where;
  std::string_view spoken;
};
// The language's table, longest printed forms first.
std::span<const Abbreviation> abbreviations(Language language);

// A period after "x/" or "/": "/day" -> "a day", "al día".
struct PeriodName {
  std::string_view printed;
  std::string_view english, spanish;
};
std::span<const PeriodName> period_names();
const PeriodName* find_period(std::string_view printed);
// A unit a count is "per" after a slash, only after a number and its noun: "12 steps/min" ->
// "per minute", "por minuto"; "3 reps/leg". Not periods: "day/night" stays "or".
const PeriodName* find_per_unit(std::string_view printed);

}  // namespace handout::reading

namespace handout::reading {

// Latin and clinical dosing shorthand: "b.i.d." -> "twice a day", "dos veces al día".
struct DosingTerm {
  std::string_view printed;  // case-sensitive
  std::string_view english, spanish;
};
std::span<const DosingTerm> dosing_terms();

}  // namespace handout::reading
