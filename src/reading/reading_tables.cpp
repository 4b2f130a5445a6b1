#include "reading/reading_tables.h"

#include <algorithm>
#include <array>

namespace handout::reading {

namespace {

constexpr Gender m = Gender::masculine;
constexpr Gender f = Gender::feminine;

// What ICU's unit data lacks (every other unit comes from ICU: lang/units.h). Each entry
// says why; `unit` names the ICU unit it means, so its words still come from ICU. Longer
// printed forms first where one begins another.
constexpr std::array<UnitAlias, 27> aliases{{
    // Clinical abbreviations ICU does not write.
    {"mcg", "microgram", "", "", "", "", m},  // ISMP: "mcg", never "μg" (misread as "mg")
    {"cc", "milliliter", "", "", "", "", m},  // cubic centimetre as clinicians write it
    {"IU", "", "international unit", "international units", "unidad internacional",
     "unidades internacionales", f},  // no ICU unit
    {"UI", "", "international unit", "international units", "unidad internacional",
     "unidades internacionales", f},  // no ICU unit
    {"mEq", "", "milliequivalent", "milliequivalents", "miliequivalente", "miliequivalentes",
     m},  // no ICU unit
    {"bpm", "", "beat per minute", "beats per minute", "latido por minuto", "latidos por minuto",
     m},  // no ICU unit (heart rate)
    {"lpm", "", "beat per minute", "beats per minute", "latido por minuto", "latidos por minuto",
     m},  // Spanish "latidos por minuto"
    // Spellings ICU does not give: with a full stop, in the plural, or capitalised.
    {"cdtas.", "teaspoon", "", "", "", "", f},
    {"cdta.", "teaspoon", "", "", "", "", f},
    {"cdas.", "tablespoon", "", "", "", "", f},
    {"cda.", "tablespoon", "", "", "", "", f},
    {"tsp.", "teaspoon", "", "", "", "", f},
    {"tbsp.", "tablespoon", "", "", "", "", f},
    {"Tbsp", "tablespoon", "", "", "", "", f},
    {"in.", "inch", "", "", "", "", f},  // "in" alone is a word: "2 in a row"
    {"lbs", "pound", "", "", "", "", f},
    {"hrs", "hour", "", "", "", "", f},
    {"mins", "minute", "", "", "", "", m},
    {"secs", "second", "", "", "", "", m},
    {"seg", "second", "", "", "", "", m},  // Spanish "segundos"
    // Signs and spacings ICU does not write ("°C" and "°" it does).
    {"° C", "celsius", "", "", "", "", m},
    {"° F", "fahrenheit", "", "", "", "", m},
    {"℃", "celsius", "", "", "", "", m},
    {"℉", "fahrenheit", "", "", "", "", m},
    {"°C", "celsius", "", "", "", "", m},  // ICU's narrow Fahrenheit is "°" alone
    {"°F", "fahrenheit", "", "", "", "", m},
    {"hr", "hour", "", "", "", "", f},  // ICU's plural short form, also in the singular
}};

// Symbols ICU gives a unit that, after a number, are more often something else.
constexpr std::array<std::string_view, 16> lookalikes{
    "al",   // light year (es): Spanish "al", "del 2 al 4"
    "in",   // inch: "2 in a row" ("in." is read)
    "a",    // year (es): "de 3 a 5", "3 a day"
    "y",    // year (narrow): Spanish "and", "1 y 2"
    "A",    // ampere: "Section 2 A"
    "B",    // byte: "Room 4B", "vitamin B"
    "K",    // kelvin: "a 5K walk"
    "M",    // nautical mile (es): sizes, "talla M"
    "G",    // g-force: "4G"
    "pm",   // picometer: "5 pm"
    "st",   // stone: "1st"
    "pc",   // parsec: pieces
    "gr",   // grain (es): Spanish writers mean grams
    "#",    // pound (narrow): a number sign
    "CD",   // carat (ICU en writes "CD"): a disc
    "fur",  // furlong: the word
};

constexpr std::array<SignName, 31> signs{{
    {"<=", "less than or equal to", "menor o igual que"},
    {"->", "leads to", "lleva a"},
    {"=>", "leads to", "lleva a"},
    {"→", "leads to", "lleva a"},
    {"⇒", "leads to", "lleva a"},
    {"←", "comes from", "viene de"},
    {"↑", "increased", "aumentado"},
    {"↓", "decreased", "disminuido"},
    {"≠", "not equal to", "distinto de"},
    {"÷", "divided by", "dividido entre"},
    {"≅", "about", "aproximadamente"},
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
    {"℃", "degrees Celsius", "grados Celsius"},
    {"℉", "degrees Fahrenheit", "grados Fahrenheit"},
    {"°C", "degrees Celsius", "grados Celsius"},
    {"°F", "degrees Fahrenheit", "grados Fahrenheit"},
    {"°", "degrees", "grados"},
    {"%", "percent", "por ciento"},
    {"#", "number", "número"},
    {"+", "plus", "más"},
    // "2 tabs @ bedtime" (an e-mail address is read before): ISMP asks for "at" written out.
    {"@", "at", "arroba"},
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

constexpr std::array<PeriodName, 29> per_units{{
    {"rep", "per repetition", "por repetición"},
    {"repetition", "per repetition", "por repetición"},
    {"repetición", "per repetition", "por repetición"},
    {"breath", "per breath", "por respiración"},
    {"min", "per minute", "por minuto"},
    {"mins", "per minute", "por minuto"},
    {"minute", "per minute", "por minuto"},
    {"minuto", "per minute", "por minuto"},
    {"sec", "per second", "por segundo"},
    {"s", "per second", "por segundo"},
    {"second", "per second", "por segundo"},
    {"seg", "per second", "por segundo"},
    {"segundo", "per second", "por segundo"},
    {"session", "per session", "por sesión"},
    {"sesión", "per session", "por sesión"},
    {"set", "per set", "por serie"},
    {"serie", "per set", "por serie"},
    {"leg", "per leg", "por pierna"},
    {"pierna", "per leg", "por pierna"},
    {"arm", "per arm", "por brazo"},
    {"brazo", "per arm", "por brazo"},
    {"lado", "per side", "por lado"},
    {"dose", "per dose", "por dosis"},
    {"dosis", "per dose", "por dosis"},
    {"meal", "per meal", "por comida"},
    {"comida", "per meal", "por comida"},
    {"visit", "per visit", "por visita"},
    {"visita", "per visit", "por visita"},
    {"year", "a year", "al año"},
}};

}  // namespace

const PeriodName* find_per_unit(std::string_view printed) {
  for (const PeriodName& unit : per_units) {
    if (unit.printed == printed) return &unit;
  }
  return nullptr;
}

std::span<const UnitAlias> unit_aliases() {
  return aliases;
}

bool is_unit_lookalike(std::string_view symbol) {
  return std::ranges::find(lookalikes, symbol) != lookalikes.end();
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

}  // namespace handout::reading

namespace handout::reading {

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

}  // namespace handout::reading
