#pragma once
// Units of measure from ICU's data: which printed symbols a language's texts use for a unit
// ("mg", "mmol/L", "kcal", "fl oz", "cdta"), and a number with its unit in words ("2.5
// milliliters", "500 miligramos"). Every unit ICU knows, with no table of our own.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lang/language.h"

namespace handout::lang {

enum class NounClass { unknown, masculine, feminine };

// The ICU units (by identifier, "milligram") whose SHORT or NARROW symbol, in English or in
// `language`, is printed at the start of `text`, longest symbol first, with its length in
// bytes. A symbol ICU gives to units with different names ("c": cup and century) is left out;
// one with the Greek mu ("μg") also matches the micro sign ("µg"). `language`'s own full
// names count too ("cucharadita", "miligramos"). The caller decides where a symbol ends.
struct UnitSymbol {
  std::size_t length = 0;
  std::string identifier;
  bool full_name = false;  // the unit's name in words, not a symbol
};
std::vector<UnitSymbol> unit_symbols_at(std::string_view text, Language language);

// `number` (digits with an optional '.' and fraction: "2", "1.0", "2.5") with the unit in
// ICU's full-name form, the plural chosen by ICU for that number: the words after the number
// ("milligrams per kilogram", "cucharadita") and the noun class ICU gives them, if any.
struct UnitWords {
  std::string after;
  NounClass noun_class = NounClass::unknown;
};
UnitWords unit_words(std::string_view identifier, std::string_view number, Language language);

// The identifier of `numerator` per `denominator` ("milligram-per-kilogram"), or empty when
// ICU cannot form it (either is already a compound).
std::string per_unit(std::string_view numerator, std::string_view denominator);

}  // namespace handout::lang
