#include "speech/reading_tables.h"

#include <array>

namespace handout::speech {

namespace {

constexpr Gender m = Gender::masculine;
constexpr Gender f = Gender::feminine;

// Longer printed forms first where one begins another ("mg/dL" before "mg").
constexpr std::array<UnitName, 58> units{{
    {"mg/dL", "milligram per deciliter", "milligrams per deciliter", "miligramo por decilitro",
     "miligramos por decilitro", m},
    {"mg/kg", "milligram per kilogram", "milligrams per kilogram", "miligramo por kilo",
     "miligramos por kilo", m},
    {"mmHg", "millimeter of mercury", "millimeters of mercury", "milímetro de mercurio",
     "milímetros de mercurio", m},
    {"mg", "milligram", "milligrams", "miligramo", "miligramos", m},
    {"mcg", "microgram", "micrograms", "microgramo", "microgramos", m},
    {"µg", "microgram", "micrograms", "microgramo", "microgramos", m},
    {"μg", "microgram", "micrograms", "microgramo", "microgramos", m},
    {"kg", "kilogram", "kilograms", "kilogramo", "kilogramos", m},
    {"g", "gram", "grams", "gramo", "gramos", m},
    {"mL", "milliliter", "milliliters", "mililitro", "mililitros", m},
    {"ml", "milliliter", "milliliters", "mililitro", "mililitros", m},
    {"L", "liter", "liters", "litro", "litros", m},
    {"tsp.", "teaspoon", "teaspoons", "cucharadita", "cucharaditas", f},
    {"tsp", "teaspoon", "teaspoons", "cucharadita", "cucharaditas", f},
    {"tbsp.", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"tbsp", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"Tbsp", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"cdta.", "teaspoon", "teaspoons", "cucharadita", "cucharaditas", f},
    {"cdtas.", "teaspoon", "teaspoons", "cucharadita", "cucharaditas", f},
    {"cdta", "teaspoon", "teaspoons", "cucharadita", "cucharaditas", f},
    {"cda.", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"cdas.", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"cda", "tablespoon", "tablespoons", "cucharada", "cucharadas", f},
    {"oz", "ounce", "ounces", "onza", "onzas", f},
    {"lbs", "pound", "pounds", "libra", "libras", f},
    {"lb", "pound", "pounds", "libra", "libras", f},
    {"in.", "inch", "inches", "pulgada", "pulgadas", f},
    {"ft", "foot", "feet", "pie", "pies", m},
    {"cm", "centimeter", "centimeters", "centímetro", "centímetros", m},
    {"km", "kilometer", "kilometers", "kilómetro", "kilómetros", m},
    {"mph", "mile per hour", "miles per hour", "milla por hora", "millas por hora", f},
    {"mi", "mile", "miles", "milla", "millas", f},
    {"m", "meter", "meters", "metro", "metros", m},
    {"secs", "second", "seconds", "segundo", "segundos", m},
    {"sec", "second", "seconds", "segundo", "segundos", m},
    {"seg", "second", "seconds", "segundo", "segundos", m},
    {"s", "second", "seconds", "segundo", "segundos", m},
    {"mins", "minute", "minutes", "minuto", "minutos", m},
    {"min", "minute", "minutes", "minuto", "minutos", m},
    {"hrs", "hour", "hours", "hora", "horas", f},
    {"hr", "hour", "hours", "hora", "horas", f},
    {"h", "hour", "hours", "hora", "horas", f},
    {"wks", "week", "weeks", "semana", "semanas", f},
    {"wk", "week", "weeks", "semana", "semanas", f},
    {"yrs", "year", "years", "año", "años", m},
    {"yr", "year", "years", "año", "años", m},
    {"bpm", "beat per minute", "beats per minute", "latido por minuto", "latidos por minuto", m},
    {"lpm", "beat per minute", "beats per minute", "latido por minuto", "latidos por minuto", m},
    {"IU", "international unit", "international units", "unidad internacional",
     "unidades internacionales", f},
    {"UI", "international unit", "international units", "unidad internacional",
     "unidades internacionales", f},
    {"°C", "degree Celsius", "degrees Celsius", "grado centígrado", "grados centígrados", m},
    {"° C", "degree Celsius", "degrees Celsius", "grado centígrado", "grados centígrados", m},
    {"℃", "degree Celsius", "degrees Celsius", "grado centígrado", "grados centígrados", m},
    {"°F", "degree Fahrenheit", "degrees Fahrenheit", "grado Fahrenheit", "grados Fahrenheit", m},
    {"° F", "degree Fahrenheit", "degrees Fahrenheit", "grado Fahrenheit", "grados Fahrenheit", m},
    {"℉", "degree Fahrenheit", "degrees Fahrenheit", "grado Fahrenheit", "grados Fahrenheit", m},
    {"°", "degree", "degrees", "grado", "grados", m},
    {"%", "percent", "percent", "por ciento", "por ciento", m},
}};

constexpr std::array<SignName, 20> signs{{
    {"<=", "less than or equal to", "menor o igual que"},
    {">=", "greater than or equal to", "mayor o igual que"},
    {"+/-", "plus or minus", "más o menos"},
    {"≤", "less than or equal to", "menor o igual que"},
    {"≥", "greater than or equal to", "mayor o igual que"},
    {"<", "less than", "menor que"},
    {">", "greater than", "mayor que"},
    {"±", "plus or minus", "más o menos"},
    {"×", "times", "por"},
    {"=", "equals", "igual a"},
    {"≈", "about", "aproximadamente"},
    {"~", "about", "aproximadamente"},
    {"℃", "degrees Celsius", "grados centígrados"},
    {"℉", "degrees Fahrenheit", "grados Fahrenheit"},
    {"°C", "degrees Celsius", "grados centígrados"},
    {"°F", "degrees Fahrenheit", "grados Fahrenheit"},
    {"°", "degrees", "grados"},
    {"%", "percent", "por ciento"},
    {"#", "number", "número"},
    {"+", "plus", "más"},
}};

constexpr std::array<Abbreviation, 40> english_abbreviations{{
    {"Ph.D.", Where::anywhere, "P H D"},
    {"approx.", Where::anywhere, "approximately"},
    {"Approx.", Where::anywhere, "approximately"},
    {"Blvd.", Where::after_name, "Boulevard"},
    {"Pkwy.", Where::after_name, "Parkway"},
    {"Bldg.", Where::anywhere, "building"},
    {"Ave.", Where::after_name, "Avenue"},
    {"Apt.", Where::before_number, "apartment"},
    {"Ste.", Where::before_number, "Suite"},
    {"Hwy.", Where::after_name, "Highway"},
    {"ext.", Where::anywhere, "extension"},
    {"Ext.", Where::anywhere, "extension"},
    {"M.D.", Where::anywhere, "M D"},
    {"Ave", Where::after_name, "Avenue"},
    {"Blvd", Where::after_name, "Boulevard"},
    {"St.", Where::after_name, "Street"},
    {"St.", Where::before_name, "Saint"},
    {"Rd.", Where::after_name, "Road"},
    {"Ln.", Where::after_name, "Lane"},
    {"Ct.", Where::after_name, "Court"},
    {"Pl.", Where::after_name, "Place"},
    {"Sq.", Where::after_name, "Square"},
    {"Dr.", Where::after_name, "Drive"},
    {"Dr.", Where::before_name, "Doctor"},
    {"No.", Where::before_number, "number"},
    {"no.", Where::before_number, "number"},
    {"vs.", Where::anywhere, "versus"},
    {"i.e.", Where::anywhere, "that is"},
    {"e.g.", Where::anywhere, "for example"},
    {"w/o", Where::anywhere, "without"},
    {"PhD", Where::anywhere, "P H D"},
    {"St", Where::after_name, "Street"},
    {"Rd", Where::after_name, "Road"},
    {"Ste", Where::before_number, "Suite"},
    {"vs", Where::anywhere, "versus"},
    {"w/", Where::anywhere, "with"},
    {"Tel.", Where::anywhere, "telephone"},
    {"Fri.", Where::anywhere, "Friday"},
    {"Mon.", Where::anywhere, "Monday"},
    {"Wed.", Where::anywhere, "Wednesday"},
}};

constexpr std::array<Abbreviation, 41> spanish_abbreviations{{
    {"EE. UU.", Where::anywhere, "Estados Unidos"},
    {"EE.UU.", Where::anywhere, "Estados Unidos"},
    {"p. ej.", Where::anywhere, "por ejemplo"},
    {"p.ej.", Where::anywhere, "por ejemplo"},
    {"aprox.", Where::anywhere, "aproximadamente"},
    {"Aprox.", Where::anywhere, "aproximadamente"},
    {"Avda.", Where::anywhere, "avenida"},
    {"avda.", Where::anywhere, "avenida"},
    {"Ctra.", Where::anywhere, "carretera"},
    {"Tfno.", Where::anywhere, "teléfono"},
    {"núm.", Where::anywhere, "número"},
    {"Núm.", Where::anywhere, "número"},
    {"n.º", Where::anywhere, "número"},
    {"N.º", Where::anywhere, "número"},
    {"etc.", Where::anywhere, "etcétera"},
    {"pág.", Where::anywhere, "página"},
    {"ext.", Where::anywhere, "extensión"},
    {"Ext.", Where::anywhere, "extensión"},
    {"tel.", Where::anywhere, "teléfono"},
    {"Tel.", Where::anywhere, "teléfono"},
    {"Pza.", Where::anywhere, "plaza"},
    {"Dra.", Where::anywhere, "doctora"},
    {"Sra.", Where::anywhere, "señora"},
    {"Uds.", Where::anywhere, "ustedes"},
    {"Av.", Where::anywhere, "avenida"},
    {"Dr.", Where::anywhere, "doctor"},
    {"Sr.", Where::anywhere, "señor"},
    {"Ud.", Where::anywhere, "usted"},
    {"No.", Where::before_number, "número"},
    {"nº", Where::anywhere, "número"},
    {"Nº", Where::anywhere, "número"},
    {"C/", Where::before_name, "calle"},
    {"c/", Where::before_name, "calle"},
    {"s/n", Where::anywhere, "sin número"},
    {"Lun.", Where::anywhere, "lunes"},
    {"Mar.", Where::anywhere, "martes"},
    {"Mié.", Where::anywhere, "miércoles"},
    {"Jue.", Where::anywhere, "jueves"},
    {"Vie.", Where::anywhere, "viernes"},
    {"Sáb.", Where::anywhere, "sábado"},
    {"Dom.", Where::anywhere, "domingo"},
}};

constexpr std::array<PeriodName, 18> periods{{
    {"day", "a day", "al día"},
    {"days", "a day", "al día"},
    {"d", "a day", "al día"},
    {"daily", "a day", "al día"},
    {"week", "a week", "a la semana"},
    {"wk", "a week", "a la semana"},
    {"hour", "an hour", "por hora"},
    {"hr", "an hour", "por hora"},
    {"h", "an hour", "por hora"},
    {"month", "a month", "al mes"},
    {"día", "a day", "al día"},
    {"dia", "a day", "al día"},
    {"diario", "a day", "al día"},
    {"semana", "a week", "a la semana"},
    {"sem", "a week", "a la semana"},
    {"hora", "an hour", "por hora"},
    {"mes", "a month", "al mes"},
    {"side", "a side", "por lado"},
}};

}  // namespace

std::span<const UnitName> unit_names() {
  return units;
}

std::span<const SignName> sign_names() {
  return signs;
}

std::span<const Abbreviation> abbreviations(Language language) {
  if (language == Language::spanish) return spanish_abbreviations;
  return english_abbreviations;
}

std::span<const PeriodName> period_names() {
  return periods;
}

const PeriodName* find_period(std::string_view printed) {
  for (const PeriodName& period : periods) {
    if (period.printed == printed) return &period;
  }
  return nullptr;
}

const UnitName* find_unit(std::string_view printed) {
  for (const UnitName& unit : units) {
    if (unit.printed == printed) return &unit;
  }
  return nullptr;
}

}  // namespace handout::speech

namespace handout::speech {

namespace {

constexpr std::array<DosingTerm, 36> dosing{{
    {"q.a.m.", "every morning", "cada mañana"},
    {"q.h.s.", "every night at bedtime", "cada noche al acostarse"},
    {"q.o.d.", "every other day", "cada dos días"},
    {"b.i.d.", "twice a day", "dos veces al día"},
    {"t.i.d.", "three times a day", "tres veces al día"},
    {"q.i.d.", "four times a day", "cuatro veces al día"},
    {"p.r.n.", "as needed", "según sea necesario"},
    {"q.d.", "once a day", "una vez al día"},
    {"h.s.", "at bedtime", "al acostarse"},
    {"p.o.", "by mouth", "por vía oral"},
    {"P.O.", "by mouth", "por vía oral"},
    {"a.c.", "before meals", "antes de las comidas"},
    {"p.c.", "after meals", "después de las comidas"},
    {"qAM", "every morning", "cada mañana"},
    {"qPM", "every evening", "cada tarde"},
    {"qhs", "every night at bedtime", "cada noche al acostarse"},
    {"QHS", "every night at bedtime", "cada noche al acostarse"},
    {"QOD", "every other day", "cada dos días"},
    {"qod", "every other day", "cada dos días"},
    {"BID", "twice a day", "dos veces al día"},
    {"TID", "three times a day", "tres veces al día"},
    {"tid", "three times a day", "tres veces al día"},
    {"QID", "four times a day", "cuatro veces al día"},
    {"qid", "four times a day", "cuatro veces al día"},
    {"PRN", "as needed", "según sea necesario"},
    {"prn", "as needed", "según sea necesario"},
    {"QD", "once a day", "una vez al día"},
    {"qd", "once a day", "una vez al día"},
    {"HS", "at bedtime", "al acostarse"},
    {"PO", "by mouth", "por vía oral"},
    {"SL", "under the tongue", "debajo de la lengua"},
    {"STAT", "right away", "de inmediato"},
    {"NPO", "nothing by mouth", "nada por vía oral"},
    {"VO", "by mouth", "por vía oral"},
    {"QW", "once a week", "una vez a la semana"},
    {"qw", "once a week", "una vez a la semana"},
}};

}  // namespace

std::span<const DosingTerm> dosing_terms() {
  return dosing;
}

}  // namespace handout::speech
