// Units from ICU's data: the symbols texts print, read back as ICU's units with their names.
#include "lang/units.h"

#include <doctest/doctest.h>

using namespace handout::lang;

namespace {

// The unit of the longest symbol that is all of `printed`, or "".
std::string unit_of(std::string_view printed, Language language) {
  for (const UnitSymbol& found : unit_symbols_at(printed, language)) {
    if (found.length == printed.size()) return found.identifier;
  }
  return {};
}

}  // namespace

TEST_CASE("ICU's short and narrow symbols name their units in English and Spanish") {
  CHECK(unit_of("mg", Language::english) == "milligram");
  CHECK(unit_of("mmol/L", Language::english) == "millimole-per-liter");
  CHECK(unit_of("kcal", Language::english) == "kilocalorie");
  CHECK(unit_of("fl oz", Language::english) == "fluid-ounce");
  CHECK(unit_of("W", Language::english) == "watt");
  CHECK(unit_of("km/h", Language::english) == "kilometer-per-hour");
  CHECK(unit_of("ml", Language::english) == "milliliter");
  CHECK(unit_of("cdta", Language::spanish) == "teaspoon");
  CHECK(unit_of("mg", Language::spanish) == "milligram");
  CHECK(unit_of("m", Language::english) == "meter");
}

TEST_CASE("the micro sign reads as ICU's Greek mu and a shared symbol names no unit") {
  CHECK(unit_of("\xC2\xB5g", Language::english) == "microgram");
  CHECK(unit_of("\xCE\xBCg", Language::english) == "microgram");
  CHECK(unit_of("c", Language::english).empty());   // cup and century
  CHECK(unit_of("pt", Language::english).empty());  // pint and point
  CHECK(unit_of("Mg", Language::english).empty());
}

TEST_CASE("the longest symbol comes first and full names are marked") {
  const auto found = unit_symbols_at("mg/dL in blood", Language::english);
  REQUIRE(!found.empty());
  CHECK(found.front().length == 5);
  CHECK(!found.front().full_name);
  const auto names = unit_symbols_at("cucharaditas", Language::spanish);
  REQUIRE(!names.empty());
  CHECK(names.front().full_name);
}

TEST_CASE("a number with its unit in words follows ICU's plural and gives a noun class") {
  CHECK(unit_words("milligram", "1", Language::english).after == "milligram");
  CHECK(unit_words("milligram", "1.0", Language::english).after == "milligrams");
  CHECK(unit_words("milliliter", "2.5", Language::english).after == "milliliters");
  CHECK(unit_words("milligram", "500", Language::spanish).after == "miligramos");
  CHECK(unit_words("teaspoon", "1", Language::spanish).noun_class == NounClass::feminine);
  CHECK(unit_words("milligram", "2", Language::spanish).noun_class == NounClass::masculine);
}

TEST_CASE("two units form ICU's compound unit") {
  CHECK(per_unit("milligram", "kilogram") == "milligram-per-kilogram");
  CHECK(unit_words(per_unit("microgram", "kilogram"), "5", Language::spanish).after ==
        "microgramos por kilogramo");
  CHECK(per_unit("milligram-per-kilogram", "day").empty());
}
