// An exercise's dose in words: the printed line, and the one sentence a clinician would say,
// in English and in Spanish with its numbers agreeing with their nouns.
#include "lang/dose_words.h"

#include <doctest/doctest.h>

namespace handout::test {

namespace doses {

const model::LanguageTag english{"en-US", {}};
const model::LanguageTag spanish{"es", {}};

model::Count count(int n) {
  return {n, n};
}

model::Dose full_dose() {
  model::Dose dose;
  dose.sets = count(2);
  dose.reps = count(10);
  dose.hold_seconds = 5;
  dose.times = count(3);
  dose.side = model::Side::each;
  return dose;
}

model::Dose ranged_dose() {
  model::Dose dose;
  dose.sets = count(3);
  dose.reps = model::Count{8, 12};
  dose.rest_seconds = 30;
  dose.times = count(5);
  dose.per = model::Per::week;
  return dose;
}

}  // namespace doses

TEST_CASE("the printed dose is one labelled line") {
  CHECK(lang::dose_line(doses::full_dose(), doses::english) ==
        "Dose: 2 sets · 10 times · hold 5 seconds · 3 times a day · each side");
  CHECK(lang::dose_line(doses::ranged_dose(), doses::english) ==
        "Dose: 3 sets · 8–12 times · rest 30 seconds · 5 times a week");
  CHECK(lang::dose_line(doses::full_dose(), doses::spanish) ==
        "Dosis: 2 series · 10 veces · mantener 5 segundos · 3 veces al día · cada lado");
}

TEST_CASE("the spoken dose is one natural English sentence") {
  CHECK(lang::dose_sentence(doses::full_dose(), doses::english) ==
        "Do 2 sets of 10, holding each for 5 seconds, 3 times a day, on each side.");
  CHECK(lang::dose_sentence(doses::ranged_dose(), doses::english) ==
        "Do 3 sets of 8 to 12, resting 30 seconds between sets, 5 times a week.");
}

TEST_CASE("English says once and twice but not for a range") {
  model::Dose dose;
  dose.reps = doses::count(1);
  dose.side = model::Side::left;
  CHECK(lang::dose_sentence(dose, doses::english) == "Do it once, left side only.");
  dose.reps = doses::count(2);
  dose.times = doses::count(2);
  CHECK(lang::dose_sentence(dose, doses::english) == "Do it twice, twice a day, left side only.");
  dose.times = model::Count{1, 2};
  dose.reps = model::Count{1, 2};
  CHECK(lang::dose_sentence(dose, doses::english) ==
        "Do it 1 to 2 times, 1 to 2 times a day, left side only.");
}

TEST_CASE("how often follows a bare do it without a comma") {
  model::Dose dose;
  dose.times = doses::count(3);
  dose.side = model::Side::both;
  CHECK(lang::dose_sentence(dose, doses::english) == "Do it 3 times a day, on both sides.");
  CHECK(lang::dose_sentence(dose, doses::spanish) == "Hágalo tres veces al día, de ambos lados.");
  model::Dose side_only;
  side_only.side = model::Side::right;
  CHECK(lang::dose_sentence(side_only, doses::english) == "Do it, right side only.");
}

TEST_CASE("a hold alone opens the sentence and a hold after reps holds each") {
  model::Dose dose;
  dose.hold_seconds = 1;
  CHECK(lang::dose_sentence(dose, doses::english) == "Hold for 1 second.");
  CHECK(lang::dose_sentence(dose, doses::spanish) == "Mantenga la posición un segundo.");
  dose.reps = doses::count(5);
  CHECK(lang::dose_sentence(dose, doses::english) == "Do it 5 times, holding each for 1 second.");
  CHECK(lang::dose_sentence(dose, doses::spanish) ==
        "Hágalo cinco veces, manteniendo la posición un segundo en cada repetición.");
}

TEST_CASE("the Spanish sentence says its numbers in words agreeing with their nouns") {
  CHECK(lang::dose_sentence(doses::full_dose(), doses::spanish) ==
        "Haga dos series de diez repeticiones, manteniendo la posición cinco segundos en cada "
        "repetición, tres veces al día, de cada lado.");
  CHECK(lang::dose_sentence(doses::ranged_dose(), doses::spanish) ==
        "Haga tres series de ocho a doce repeticiones, descansando treinta segundos entre "
        "series, cinco veces a la semana.");
  model::Dose feminine;
  feminine.sets = doses::count(1);
  feminine.reps = doses::count(21);
  feminine.hold_seconds = 21;
  feminine.times = doses::count(1);
  CHECK(lang::dose_sentence(feminine, doses::spanish) ==
        "Haga una serie de veintiuna repeticiones, manteniendo la posición veintiún segundos "
        "en cada repetición, una vez al día.");
  model::Dose left;
  left.reps = doses::count(1);
  left.rest_seconds = 31;
  left.side = model::Side::left;
  CHECK(lang::dose_sentence(left, doses::spanish) ==
        "Hágalo una vez, descansando treinta y un segundos entre repeticiones, solo del lado "
        "izquierdo.");
}

}  // namespace handout::test
