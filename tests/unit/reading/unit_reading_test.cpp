// Numbers with units, read with ICU's unit data (lang/units.h) and the few clinical
// abbreviations ICU lacks: every example of the issue in English and Spanish, compounds of
// several kinds, units the old hand-written table lacked, plurals, and words after numbers
// that are not units and must not change.
#include <doctest/doctest.h>

#include "reading/normaliser.h"

using namespace handout::reading;

namespace {
constexpr Language en = Language::english;
constexpr Language es = Language::spanish;
}  // namespace

TEST_CASE("compound units of the issue are read per their denominator") {
  CHECK(normalise("Keep glucose under 7.8 mmol/L.", en) ==
        "Keep glucose under 7.8 millimoles per liter.");
  CHECK(normalise("Give 5 µg/kg.", en) == "Give 5 micrograms per kilogram.");
  CHECK(normalise("Give 5 μg/kg.", en) == "Give 5 micrograms per kilogram.");
  CHECK(normalise("Aplique 5 µg/kg.", es) == "Aplique cinco microgramos por kilogramo.");
  CHECK(normalise("Apply 2 mg per kg.", en) == "Apply 2 milligrams per kilogram.");
  CHECK(normalise("Aplique 2 mg por kg.", es) == "Aplique dos miligramos por kilogramo.");
}

TEST_CASE("units ICU has that the old table lacked") {
  CHECK(normalise("Eat 2000 kcal a day.", en) == "Eat 2000 kilocalories a day.");
  CHECK(normalise("Heat pad 40 W.", en) == "Heat pad 40 watts.");
  CHECK(normalise("Drink 8 fl oz.", en) == "Drink 8 fluid ounces.");
  CHECK(normalise("Drive under 50 km/h", en) == "Drive under 50 kilometers per hour");
  CHECK(normalise("a pressure of 2 kPa", en) == "a pressure of 2 kilopascals");
  CHECK(normalise("Tome 2 kcal", es) == "Tome dos kilocalorías");
  CHECK(normalise("Use 40 W", es) == "Use cuarenta vatios");
  CHECK(normalise("Beba 8 fl oz", es) == "Beba ocho onzas líquidas");
}

TEST_CASE("clinical abbreviations ICU lacks are read as the unit they mean") {
  CHECK(normalise("Inject 1 cc.", en) == "Inject 1 milliliter.");
  CHECK(normalise("Give 20 mEq.", en) == "Give 20 milliequivalents.");
  CHECK(normalise("Give 20 mEq/L", en) == "Give 20 milliequivalents per liter");
  CHECK(normalise("Take 50 mcg/kg", en) == "Take 50 micrograms per kilogram");
  CHECK(normalise("Take 1000 IU", en) == "Take 1000 international units");
  CHECK(normalise("Tome 1000 UI", es) == "Tome mil unidades internacionales");
  CHECK(normalise("Rest 2 hrs", en) == "Rest 2 hours");
}

TEST_CASE("a number before a unit's full name is spelled with its gender in Spanish") {
  CHECK(normalise("Tome 1 cucharadita.", es) == "Tome una cucharadita.");
  CHECK(normalise("Tome 1 cdta.", es) == "Tome una cucharadita.");
  CHECK(normalise("pese 200 libras", es) == "pese doscientas libras");
  CHECK(normalise("Tome 500 mg", es) == "Tome quinientos miligramos");
  CHECK(normalise("Tome 21 horas", es) == "Tome veintiuna horas");
}

TEST_CASE("singular and plural follow ICU's plural rules for the number as printed") {
  CHECK(normalise("Take 1 mg", en) == "Take 1 milligram");
  CHECK(normalise("Walk 1.0 km", en) == "Walk 1.0 kilometers");
  // A dose's trailing zero is dropped (The Joint Commission: "1.0 mg" is 1 mg).
  CHECK(normalise("Take 1.0 mg", en) == "Take 1 milligram");
  CHECK(normalise("Take 2 mg", en) == "Take 2 milligrams");
  CHECK(normalise("Take 2.5 mL", en) == "Take 2.5 milliliters");
  CHECK(normalise("Tome 1 mg", es) == "Tome un miligramo");
  CHECK(normalise("Tome 2,5 ml", es) == "Tome 2,5 mililitros");
}

TEST_CASE("time denominators keep the clinician's reading") {
  CHECK(normalise("Drink 2 L/day", en) == "Drink 2 liters a day");
  CHECK(normalise("Walk 30 min/day", en) == "Walk 30 minutes a day");
  CHECK(normalise("Exercise 5 days/wk", en) == "Exercise 5 days a week");
  CHECK(normalise("Give 2 mg/kg/day", en) == "Give 2 milligrams per kilogram a day");
}

TEST_CASE("ranges blood pressure and fractions keep their units") {
  CHECK(normalise("Hold 15–20 min", en) == "Hold 15 to 20 minutes");
  CHECK(normalise("BP 120/80 mmHg", en) == "BP 120 over 80 millimeters of mercury");
  CHECK(normalise("take 1/2 tsp", en) == "take half a teaspoon");
  CHECK(normalise("Drink 1 1/2 cups", en) == "Drink one and a half cups");
}

TEST_CASE("words after numbers that only look like units do not change") {
  CHECK(normalise("Do it 2 in a row", en) == "Do it 2 in a row");
  CHECK(normalise("Do it 3 a day", en) == "Do it 3 a day");
  CHECK(normalise("Room 4B", en) == "Room 4B");
  CHECK(normalise("See Section 2 A", en) == "See Section 2 A");
  CHECK(normalise("de 3 a 5 días", es) == "de 3 a 5 días");
  CHECK(normalise("entre 1 y 2 semanas", es) == "entre 1 y dos semanas");
  CHECK(normalise("at 5 am", en) == "at 5 AM");
  CHECK(normalise("In 2020 we moved", en) == "In 2020 we moved");
  CHECK(normalise("Take 2 mgs", en) == "Take 2 mgs");
  CHECK(normalise("Walk 5K today", en) == "Walk 5K today");
  CHECK(normalise("Use 2 c flour", en) == "Use 2 c flour");
  CHECK(normalise("Play 2 CD tracks", en) == "Play 2 CD tracks");
}

TEST_CASE("signs after a number are units too") {
  CHECK(normalise("bend to 90°", en) == "bend to 90 degrees");
  CHECK(normalise("above 38 °C", en) == "above 38 degrees Celsius");
  CHECK(normalise("above 38 ℃", en) == "above 38 degrees Celsius");
  CHECK(normalise("about 50%", en) == "about 50 percent");
  CHECK(normalise("doble la rodilla a 90°", es) == "doble la rodilla a noventa grados");
}
