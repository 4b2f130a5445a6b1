// Each rule is a case eSpeak NG 1.51 was heard to get wrong (espeak-ng -x -q); the fixed form
// is what a person would say. tests/integration/speech/espeak_reading_test.cpp checks the
// results against the synthesizer itself.
#include "reading/normaliser.h"

#include <doctest/doctest.h>

#include "reading/address_reading.h"

using namespace handout::reading;

namespace {
constexpr Language en = Language::english;
constexpr Language es = Language::spanish;
}  // namespace

TEST_CASE("a slash between words becomes or") {
  CHECK(normalise("Neck/back pain", en) == "Neck or back pain");
  CHECK(normalise("Tennis/Golfer’s elbow", en) == "Tennis or Golfer’s elbow");
  CHECK(normalise("muscle reeducation and/or muscle training", en) ==
        "muscle reeducation and or muscle training");
  CHECK(normalise("dolor de cuello/espalda", es) == "dolor de cuello o espalda");
  CHECK(normalise("calor y/o frío", es) == "calor y o frío");
  CHECK(normalise("rodilla/cadera", es) == "rodilla o cadera");
}

TEST_CASE("slashes between numbers and in addresses are not words") {
  CHECK(normalise("open 24/7", en) == "open 24 7");
  CHECK(normalise("1/2 cup", en) == "half a cup");
}

TEST_CASE("number ranges are said with to or a") {
  CHECK(normalise("it may take 2-4 visits", en) == "it may take 2 to 4 visits");
  CHECK(normalise("1–2 days", en) == "1 to 2 days");
  CHECK(normalise("15 – 20 minutes", en) == "15 to 20 minutes");
  CHECK(normalise("de 2-3 días", es) == "de 2 a 3 días");
  CHECK(normalise("de 15–20 minutos", es) == "de 15 a 20 minutos");
  CHECK(normalise("de 15–20 min", es) == "de quince a veinte minutos");
  CHECK(normalise("de 1–2 horas", es) == "de una a dos horas");
}

TEST_CASE("dates and codes with several hyphens are not ranges") {
  CHECK(normalise("on 2026-11-26", en) == "on November twenty-sixth, 2026");
  CHECK(normalise("code 1-2-3", en) == "code 1-2-3");
}

TEST_CASE("weekday abbreviations are said in full") {
  CHECK(normalise("Mon–Fri", en) == "Monday to Friday");
  CHECK(normalise("Open Tues-Thurs and Sat.", en) == "Open Tuesday to Thursday and Sat.");
  CHECK(normalise("Sat–Sun", en) == "Saturday to Sunday");
  CHECK(normalise("Wed, Fri", en) == "Wednesday, Friday");
  CHECK(normalise("lun–vie", es) == "lunes a viernes");
  CHECK(normalise("Lun.-Sáb.", es) == "lunes a sábado.");
  CHECK(normalise("el mar y el sol", es) == "el mar y el sol");
}

TEST_CASE("weekdays are every form ICU knows in the language") {
  CHECK(normalise("Open M–F 8–5", en) == "Open Monday to Friday 8 to 5");
  CHECK(normalise("Mo–Fr and Tu–Th", en) == "Monday to Friday and Tuesday to Thursday");
  CHECK(normalise("Monday - Friday", en) == "Monday to Friday");
  CHECK(normalise("Open Thu.", en) == "Open Thursday.");
  CHECK(normalise("abierto L–V", es) == "abierto lunes a viernes");
  CHECK(normalise("Mie-Sab", es) == "miércoles a sábado");
  // Not days: a short form alone, a letter of two days, words that begin like a day.
  CHECK(normalise("We rest", en) == "We rest");
  CHECK(normalise("T-F", en) == "T-F");
  CHECK(normalise("Sun-damaged skin", en) == "Sun-damaged skin");
}

TEST_CASE("month abbreviations next to a number or in a range are said in full") {
  CHECK(normalise("Come back Jan. 5.", en) == "Come back January 5.");
  CHECK(normalise("on Sept 3, 2026", en) == "on September 3, 2026");
  CHECK(normalise("closed 24 Dec. 2026", en) == "closed 24 December 2026");
  CHECK(normalise("Mar–May is busy", en) == "March to May is busy");
  CHECK(normalise("Closed Dec. 24. Call us.", en) == "Closed December 24. Call us.");
  CHECK(normalise("el 5 de ene. de 2026", es) == "el 5 de enero de 2026");
  CHECK(normalise("cerrado 24–26 dic. El lunes", es) == "cerrado 24 a 26 de diciembre. El lunes");
  // Words, not months: lower-case English, a Spanish word before a number, a full name.
  CHECK(normalise("It may 3 times, don't mar 2 tiles", en) == "It may 3 times, don't mar 2 tiles");
  CHECK(normalise("el mar 3 veces", es) == "el mar 3 veces");
  CHECK(normalise("Jan is here", en) == "Jan is here");
}

TEST_CASE("an en dash joining words is a range") {
  CHECK(normalise("Monday–Friday", en) == "Monday to Friday");
  CHECK(normalise("lunes–viernes", es) == "lunes a viernes");
  CHECK(normalise("neuro-reflexive", en) == "neuro-reflexive");
}

TEST_CASE("clock times are said as people say them") {
  CHECK(normalise("5:00 PM", en) == "5 PM");
  CHECK(normalise("7:30 AM to 6:00 PM", en) == "7:30 AM to 6 PM");
  CHECK(normalise("8:00 AM to 12:00 PM", en) == "8 AM to noon");
  CHECK(normalise("12:00 AM", en) == "midnight");
  CHECK(normalise("at 7:05 a.m.", en) == "at 7 oh 5 AM.");
  CHECK(normalise("at 5:00", en) == "at 5 o'clock");
  CHECK(normalise("at 18:00", en) == "at 6 PM");
  CHECK(normalise("from 9:00 to 17:30", en) == "from 9 AM to 5:30 PM");
  CHECK(normalise("8 AM", en) == "8 AM");
  CHECK(normalise("de 8:00 a 13:30", es) == "de 8 de la mañana a 1 y media de la tarde");
  CHECK(normalise("de 9:15 a 21:45", es) == "de 9 y cuarto de la mañana a 9 y 45 de la noche");
  CHECK(normalise("a las 12:00", es) == "a las 12 del mediodía");
  CHECK(normalise("de 9.30 a 14.00 h", es) == "de 9 y media de la mañana a 2 de la tarde");
  CHECK(normalise("a las 7.15", es) == "a las 7 y cuarto");
  CHECK(normalise("pese 7.15 kg", es) == "pese 7.15 kilogramos");
  CHECK(normalise("a las 00:30", es) == "a las 12 y media de la noche");
  CHECK(normalise("7:30 AM a 6:00 PM", es) == "7 y media de la mañana a 6 de la tarde");
  CHECK(normalise("9 p. m.", es) == "9 de la noche.");
  CHECK(normalise("12:00 PM", es) == "12 del mediodía");
}

TEST_CASE("phone numbers in running text are read digit by digit in groups") {
  CHECK(normalise("call (207) 555-0100 today", en) == "call 2 0 7, 5 5 5, 0 1 0 0 today");
  CHECK(normalise("207-555-0100", en) == "2 0 7, 5 5 5, 0 1 0 0");
  CHECK(normalise("+1 207 555 0100", es) == "más, 1, 2 0 7, 5 5 5, 0 1 0 0");
  CHECK(normalise("suite 200, 10 000 steps", en) == "suite 200, 10 000 steps");
}

TEST_CASE("numbers with a leading zero are codes read digit by digit") {
  CHECK(normalise("Anytown, ME 04000.", en) == "Anytown, ME 0 4 0 0 0.");
  CHECK(normalise("Código 04000.", es) == "Código 0 4 0 0 0.");
  CHECK(normalise("room 007", en) == "room 0 0 7");
  CHECK(normalise("10 000 steps and 3,050 more, 2.05 km", en) ==
        "10 000 steps and 3,050 more, 2.05 kilometers");
}

TEST_CASE("web and e-mail addresses are spelled out") {
  CHECK(normalise("see https://www.example.org/exercises.", en) ==
        "see www dot example dot org slash exercises.");
  CHECK(normalise("write to frontdesk@example.org, please", en) ==
        "write to frontdesk at example dot org, please");
  CHECK(normalise("vea https://www.example.org/ejercicios", es) ==
        "vea www punto example punto org barra ejercicios");
  CHECK(normalise("escriba a info@example.org", es) == "escriba a info arroba example punto org");
}

TEST_CASE("an address without www or a scheme is found by its top-level domain") {
  CHECK(normalise("see cdc.gov/flu.", en) == "see cdc dot gov slash flu.");
  CHECK(normalise("visit example-clinic.org, then rest", en) ==
        "visit example dash clinic dot org, then rest");
  CHECK(normalise("medlineplus.gov/spanish", es) == "medlineplus punto gov barra spanish");
  CHECK(normalise("Ask at CDC.gov or sanidad.gob.es.", en) ==
        "Ask at CDC dot gov or sanidad dot gob dot es.");
  // Abbreviations, names and numbers with full stops are no addresses: "g", "m", "Smith" and
  // "pdf" are no top-level domains in small letters, and a one-letter name makes none.
  for (const char* text : {"a.m.", "i.e. rest", "Dr.Smith", "St.Louis", "2.5 cm", "handout.pdf",
                           "x.com", "rest.Then", "cdc.gov's page"})
    CHECK(normalise(text, en).find("dot") == std::string::npos);
  // Never inside an e-mail address or another address.
  CHECK(normalise("desk@example.org", en) == "desk at example dot org");
}

TEST_CASE("what eSpeak NG already reads well is left alone") {
  for (const char* text : {"7:30 AM", "15 to 20 minutes", "Suite 200", "1.05", "0.5",
                           "Hold for 20 seconds.", "visit 1", "PT’s"}) {
    CHECK(normalise(text, en) == text);
  }
  CHECK(normalise("Úselo de 15 a 20 minutos cada vez.", es) ==
        "Úselo de 15 a 20 minutos cada vez.");
}

TEST_CASE("a state code is named only in an address line") {
  CHECK(spoken_address_line("Anytown, ME 04000", en) == "Anytown, Maine 04000");
  CHECK(spoken_address_line("Springfield, IL", en) == "Springfield, Illinois");
  CHECK(spoken_address_line("100 Main Street, Suite 200", en) == "100 Main Street, Suite 200");
  CHECK(normalise("CALL ME OR YOUR DOCTOR", en) == "CALL ME OR YOUR DOCTOR");
}

TEST_CASE("a/b after a word whose number is a name names two and is no fraction or date") {
  const Dialect es{Language::spanish, false, {}};
  CHECK(normalise("type 1/2 diabetes", en) == "type 1 or 2 diabetes");
  CHECK(normalise("Grade 1/2 sprains", en) == "Grade 1 or 2 sprains");
  CHECK(normalise("STAGE 3/4 wounds", en) == "STAGE 3 or 4 wounds");
  CHECK(normalise("diabetes tipo 1/2", es) == "diabetes tipo 1 o 2");
}

TEST_CASE("what a clinician would say: one example of each kind in English") {
  CHECK(normalise("Call 911 or TTY 711", en) == "Call 9 1 1 or TTY 7 1 1");
  CHECK(normalise("Call 1-800-555-0199 ext. 12", en) ==
        "Call 1, 8 0 0, 5 5 5, 0 1 9 9, extension, 1 2");
  CHECK(normalise("INR > 3.0 and heart rate < 100", en) ==
        "INR greater than 3.0 and heart rate less than 100");
  CHECK(normalise("a fever of 38 ℃", en) == "a fever of 38 degrees Celsius");
  CHECK(normalise("Take 1/2 tablet", en) == "Take half a tablet");
  CHECK(normalise("1 1/2 cups", en) == "one and a half cups");
  CHECK(normalise("3/4 of the way", en) == "three quarters of the way");
  CHECK(normalise("on 3/4/2026", en) == "on March fourth, 2026");
  CHECK(normalise("on 3/4/2026", Dialect{Language::english, true, {}}) ==
        "on the third of April, 2026");
  CHECK(normalise("10 a.m.-2 p.m.", en) == "10 AM to 2 PM.");
  CHECK(normalise("1 lb or 2 lbs", en) == "1 pound or 2 pounds");
  CHECK(normalise("3-4x/week w/o pain", en) == "3 to 4 times a week without pain");
  CHECK(normalise("3 sets x 10 reps", en) == "3 sets of 10 reps");
  CHECK(normalise("q6h PRN, b.i.d. PO", en) == "every 6 hours as needed, twice a day by mouth");
  CHECK(normalise("BP 120/80, pain 3/10", en) == "BP 120 over 80, pain 3 out of 10");
  CHECK(normalise("123 Elm St. near St. Louis", en) == "123 Elm Street near Saint Louis");
  CHECK(normalise("No. of sets, Phase II, $25", en) == "number of sets, Phase 2, 25 dollars");
  CHECK(normalise("12/01/2026 and 2026-12-01", en) ==
        "December first, 2026 and December first, 2026");
}

TEST_CASE("what a clinician would say: one example of each kind in Spanish") {
  CHECK(normalise("Llame al 911", es) == "Llame al 9 1 1");
  CHECK(normalise("INR ≥ 2, peso × 2", es) == "INR mayor o igual que 2, peso por 2");
  CHECK(normalise("Tome ½ tableta", es) == "Tome media tableta");
  CHECK(normalise("1 1/2 tazas", es) == "una taza y media");
  CHECK(normalise("el 3/4/2026", es) == "el 3 de abril de 2026");
  CHECK(normalise("2 kg, 1 cdta.", es) == "dos kilogramos, una cucharadita.");
  CHECK(normalise("c/8 h, 3 veces/día", es) == "cada 8 horas, 3 veces al día");
  CHECK(normalise("Avda. Libertad, aprox. 5 min", es) ==
        "avenida Libertad, aproximadamente cinco minutos");
  CHECK(normalise("la 1.ª visita, el 3.er piso", es) == "la primera visita, el tercer piso");
  CHECK(normalise("Lun. a Vie.", es) == "lunes a viernes.");
  CHECK(normalise("cuesta 25 €", es) == "cuesta veinticinco euros");
}

TEST_CASE("St. and Dr. are a street and a drive after a name and a saint and a doctor before one") {
  CHECK(normalise("Call Dr. Smith", en) == "Call Doctor Smith");
  CHECK(normalise("Visit St. Mary's", en) == "Visit Saint Mary's");
  CHECK(normalise("See Dr. Lee on Oak Dr.", en) == "See Doctor Lee on Oak Drive.");
  CHECK(normalise("123 Elm St. Suite 4", en) == "123 Elm Street Suite 4");
}

TEST_CASE("a counted noun over a unit symbol is per that unit") {
  CHECK(normalise("12 units/kg", en) == "12 units per kilogram");
  CHECK(normalise("2 drops/mL", en) == "2 drops per milliliter");
  CHECK(normalise("tome 1 comp./día", es) == "tome 1 comp. al día");
  // No count before it: a slash between words.
  CHECK(normalise("units/kg", en) == "units or kg");
}

TEST_CASE("British times over 52 12 and 7 are weeks months and days") {
  const Dialect gb = dialect_of("en-GB");
  CHECK(normalise("review in 6/52", gb) == "review in 6 weeks");
  CHECK(normalise("review in 1/52", en) == "review in 1 week");
  CHECK(normalise("off work for 5/7", gb) == "off work for 5 days");
  CHECK(normalise("follow up in 3/12", gb) == "follow up in 3 months");
  // Elsewhere a date or a fraction, as before.
  CHECK(normalise("come on 3/12", gb) == "come on the third of December");
  CHECK(normalise("follow up in 3/12", en) == "follow up in three twelfths");
}

TEST_CASE("a count with its unit over a noun's unit is per it") {
  CHECK(normalise("45 g carbs/meal", en) == "45 grams carbs per meal");
  CHECK(normalise("30 g fibra/día", es) == "treinta gramos fibra al día");
}

TEST_CASE("days joined by slashes are a list of days") {
  CHECK(normalise("M/W/F", en) == "Monday, Wednesday and Friday");
  CHECK(normalise("Tu/Th", en) == "Tuesday and Thursday");
  CHECK(normalise("L/X/V", es) == "lunes, miércoles y viernes");
  // Two letters alone may be no days ("M/F": male or female).
  CHECK(normalise("M/F", en) == "M F");
  // A day of one letter before a range of hours is a day of the list of hours.
  CHECK(normalise("Open M–Th 7a–7p, F 7a–5p", en) ==
        "Open Monday to Thursday 7 AM to 7 PM, Friday 7 AM to 5 PM");
  CHECK(normalise("V 8:00-14:00", es) == "viernes 8 de la mañana a 2 de la tarde");
  CHECK(normalise("Grade F 90", en) == "Grade F 90");
}

TEST_CASE("x before a count of exercise is times and in Spanish c/ before a period is cada") {
  CHECK(normalise("hold 30 sec x 3 reps", en) == "hold 30 seconds times 3 reps");
  CHECK(normalise("camine c/hora", es) == "camine cada hora");
  CHECK(normalise("2 x 500 mg", en) == "2 times 500 milligrams");
}

TEST_CASE("a dose before the form it comes in names it in the singular") {
  CHECK(normalise("two 250 mg capsules", en) == "two 250 milligram capsules");
  CHECK(normalise("take 250 mg twice", en) == "take 250 milligrams twice");
  CHECK(normalise("dos cápsulas de 250 mg", es) ==
        "dos cápsulas de doscientos cincuenta miligramos");
}

TEST_CASE("less than a dollar or a euro is said in cents") {
  CHECK(normalise("$0.75 each", en) == "75 cents each");
  CHECK(normalise("0,50 € cada uno", es) == "50 céntimos cada uno");
}

TEST_CASE("an at sign outside an address is said") {
  CHECK(normalise("2 tabs @ bedtime", en) == "2 tabs at bedtime");
  CHECK(normalise("Write to jo@example.org", en) == "Write to jo at example dot org");
}

TEST_CASE("a count over a unit after a slash is per that unit") {
  CHECK(normalise("march 40 steps/min", en) == "march 40 steps per minute");
  CHECK(normalise("do 8 lifts/leg", en) == "do 8 lifts per leg");
  CHECK(normalise("haga 10 pasos/min", es) == "haga 10 pasos por minuto");
  CHECK(normalise("rest/min", en) == "rest or min");
  CHECK(normalise("20 breaths / min", en) == "20 breaths per minute");
  CHECK(normalise("day/night", en) == "day or night");
  CHECK(normalise("and/or", en) == "and or");
}

TEST_CASE("decades are said as decades after a possessive or an article and seconds otherwise") {
  CHECK(normalise("adults in their 50s", en) == "adults in their fifties");
  CHECK(normalise("since the 1980s", en) == "since the nineteen eighties");
  CHECK(normalise("in the 2000s", en) == "in the two thousands");
  CHECK(normalise("the ’70s", en) == "the seventies");
  CHECK(normalise("rest 40s", en) == "rest 40 seconds");
  CHECK(normalise("desde los 70s", es) == "desde los setenta");
  CHECK(normalise("in their 60s or 70s", en) == "in their sixties or seventies");
  CHECK(normalise("your 20s–30s", en) == "your twenties to thirties");
  CHECK(normalise("for the over-50s", en) == "for the over-fifties");
  CHECK(normalise("rest 20s or 30s", en) == "rest 20 seconds or 30 seconds");
}

TEST_CASE("ratios and dilutions are said with to and times stay times") {
  CHECK(normalise("a 1:5 mix", en) == "a 1 to 5 mix");
  CHECK(normalise("1:20 vinegar rinse", en) == "1 to 20 vinegar rinse");
  CHECK(normalise("at 1:20", en) == "at 1:20");
  CHECK(normalise("lejía diluida 1:50", es) == "lejía diluida 1 a 50");
  CHECK(normalise("proporción 1:3", es) == "proporción 1 a 3");
}

TEST_CASE("sizes with x between numbers are said with by and sets stay sets") {
  CHECK(normalise("a 3x3 pad", en) == "a 3 by 3 pad");
  CHECK(normalise("cut 5 × 5 cm", en) == "cut 5 by 5 centimeters");
  CHECK(normalise("2 x 12 reps", en) == "2 sets of 12 reps");
  CHECK(normalise("gasa de 5x5 cm", es) == "gasa de 5 por 5 centímetros");
  // Squares of gauze in the plural are said with the last number's word: "two by twos".
  CHECK(normalise("pack the 2x2s", en) == "pack the 2 by twos");
  CHECK(normalise("six 6x6s", en) == "six 6 by sixes");
}

TEST_CASE("pound and prime marks after numbers are units by their context") {
  CHECK(normalise("carry 8#", en) == "carry 8 pounds");
  CHECK(normalise("hold 15\"", en) == "hold 15 seconds");
  CHECK(normalise("a 6\" wrap", en) == "a 6 inch wrap");
  CHECK(normalise("6 ft", en) == "6 feet");
  CHECK(normalise("walk 6′", en) == "walk 6 feet");
  CHECK(normalise("rest 3′", en) == "rest 3 minutes");
  CHECK(normalise("mantenga 20\"", es) == "mantenga 20 segundos");
  // Pounds before the noun they weigh are its modifier, in the singular.
  CHECK(normalise("a 4# weight", en) == "a 4 pound weight");
  CHECK(normalise("lift 4# with each arm", en) == "lift 4 pounds with each arm");
}

TEST_CASE("a dash between decorated values is said to or a") {
  CHECK(normalise("$15–$25", en) == "15 dollars to 25 dollars");
  CHECK(normalise("2nd-4th week", en) == "2nd to 4th week");
  CHECK(normalise("between 10%-15%", en) == "between 10 percent and 15 percent");
  CHECK(normalise("between 3-4 times", en) == "between 3 and 4 times");
  CHECK(normalise("entre 3-4 veces", es) == "entre 3 y 4 veces");
  CHECK(normalise("5%–8%", en) == "5 percent to 8 percent");
  CHECK(normalise("Type-2", en) == "Type-2");
  CHECK(normalise("del 2.º–4.º mes", es) == "del segundo al cuarto mes");
}

TEST_CASE("signs in Spanish text are said in Spanish") {
  CHECK(normalise("dolor ↑", es) == "dolor aumentado");
  CHECK(normalise("A ≠ B", es) == "A distinto de B");
  CHECK(normalise("fiebre → llame", es) == "fiebre lleva a llame");
  CHECK(normalise("A ≠ B", en) == "A not equal to B");
}

TEST_CASE("a day and month after a weekday are a date in the locale's order") {
  CHECK(normalise("Friday 3/4", dialect_of("en-US")) == "Friday March fourth");
  CHECK(normalise("Friday 3/4", dialect_of("en-GB")) == "Friday the third of April");
  CHECK(normalise("el viernes 3/4", dialect_of("es")) == "el viernes 3 de abril");
  CHECK(normalise("take 3/4 cup", dialect_of("en-GB")) == "take three quarters of a cup");
}

TEST_CASE("a clinic's hours with one letter for the half of the day are times") {
  CHECK(normalise("Open 9a-4p", en) == "Open 9 AM to 4 PM");
  CHECK(normalise("Open 6:30a–3p", en) == "Open 6:30 AM to 3 PM");
  CHECK(normalise("from 10:15a", en) == "from 10:15 AM");
  // A number and a letter alone is a room or a bed; "6p M–F" is 6 PM and a weekday range.
  CHECK(normalise("Bed 9a", en) == "Bed 9a");
  CHECK(normalise("open 8a-6p M–F", en) == "open 8 AM to 6 PM Monday to Friday");
}

TEST_CASE("x before a number of days is how long a course lasts") {
  CHECK(normalise("1 tab daily x 10 days", en).ends_with("daily for 10 days"));
  CHECK(normalise("twice a day × 2 weeks", en) == "twice a day for 2 weeks");
  CHECK(normalise("dos veces al día x 7 días", es) == "dos veces al día durante 7 días");
  CHECK(normalise("3 x 10", en) == "3 sets of 10");
}

TEST_CASE("a full stop after a measure ends a sentence only where one starts") {
  CHECK(normalise("Rest 10 min. after lunch.", en) == "Rest 10 minutes after lunch.");
  CHECK(normalise("Take it q6h. Then rest.", en) == "Take it every 6 hours. Then rest.");
  CHECK(normalise("Tome 1 cada 8 h. Luego descanse.", es) ==
        "Tome 1 cada ocho horas. Luego descanse.");
}

TEST_CASE("a time's meridiem full stop still ends its sentence when a new one follows") {
  CHECK(normalise("Venga a las 3 PM. Luego descanse.", es) ==
        "Venga a las 3 de la tarde. Luego descanse.");
  CHECK(normalise("Venga a las 3 p. m. ¿Puede?", es) == "Venga a las 3 de la tarde. ¿Puede?");
  // Inside a sentence the full stop is the abbreviation's alone.
  CHECK(normalise("Venga a las 3 p. m. y descanse.", es) ==
        "Venga a las 3 de la tarde y descanse.");
}

TEST_CASE("a course with its period joined to the number and a count after x") {
  CHECK(normalise("Take 1 tablet x3d.", en) == "Take 1 tablet for 3 days.");
  CHECK(normalise("x 1wk", en) == "for 1 week");
  CHECK(normalise("Tome un comprimido x 5d.", es) == "Tome un comprimido durante 5 días.");
  CHECK(normalise("Hold 30 sec x 3.", en) == "Hold 30 seconds 3 times.");
  // A size and a sign of multiplication are not counts.
  CHECK(normalise("a 3 x 3 gauze", en) == "a 3 by 3 gauze");
  CHECK(normalise("peso × 2", es) == "peso por 2");
  CHECK(normalise("PO Box 3.", en).ends_with("Box 3."));
}

TEST_CASE("a month and its year and an ordinal day before a month are dates") {
  CHECK(normalise("Do not use after 3/2027.", en) == "Do not use after March 2027.");
  CHECK(normalise("Caduca 11/2026.", es) == "Caduca noviembre de 2026.");
  CHECK(normalise("Review on 1st March.", dialect_of("en-GB")) == "Review on the first of March.");
  CHECK(normalise("on 21st June 2026", dialect_of("en-GB")) == "on the twenty-first of June, 2026");
  // A fraction is no month: its denominator is no year.
  CHECK(normalise("pain 3/10", en) == "pain 3 out of 10");
}

TEST_CASE("pounds sterling and a range of euros are said with their currency") {
  CHECK(normalise("costs £9.90", dialect_of("en-GB")) == "costs 9 pounds 90");
  CHECK(normalise("£0.50", dialect_of("en-GB")) == "50 pence");
  CHECK(normalise("£1", dialect_of("en-GB")) == "1 pound");
  CHECK(normalise("Cuesta 10–20 €.", es) == "Cuesta diez a veinte euros.");
  CHECK(normalise("entre 5-10 euros", es) == "entre cinco y diez euros");
}

TEST_CASE("a slash between a word and the number of the next pair is a pause") {
  CHECK(normalise("Ice 15 min on/20 min off.", en) == "Ice 15 minutes on, 20 minutes off.");
  CHECK(normalise("Hielo 15 min sí/10 min no.", es) == "Hielo quince minutos sí, diez minutos no.");
  CHECK(normalise("Pain 3/10", en) == "Pain 3 out of 10");
  CHECK(normalise("Apply ice/heat", en) == "Apply ice or heat");
}
