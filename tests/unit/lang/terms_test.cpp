// The words the tool adds, in each language's table, with ICU's plurals and dates.
#include "lang/terms.h"

#include <doctest/doctest.h>

#include <stdexcept>

#include "lang/format.h"
#include "lang/language.h"

namespace handout::test {

namespace {

lang::Terms terms(const char* tag) {
  return lang::Terms(model::LanguageTag{tag, {}});
}

}  // namespace

TEST_CASE("a language tag picks its table by its primary subtag and English serves the rest") {
  CHECK(terms("en-US").language() == lang::Language::english);
  CHECK(terms("es-419").language() == lang::Language::spanish);
  CHECK(terms("ES").language() == lang::Language::spanish);
  CHECK(terms("est").language() == lang::Language::english);
  CHECK(terms("fr").page_of(1, 2) == "Page 1 of 2");
}

TEST_CASE("only languages with a table are written and the reader names them") {
  CHECK(lang::written_language("en-GB") == lang::Language::english);
  CHECK(lang::written_language("ES-419") == lang::Language::spanish);
  CHECK_FALSE(lang::written_language("fr"));
  CHECK_FALSE(lang::written_language("est"));
  CHECK_FALSE(lang::written_language("xx-YY"));
  CHECK(lang::written_languages() == "English (en) and Spanish (es)");
  CHECK(lang::language_name("fr-CA") == "French");
  CHECK(lang::language_name("xx-YY").empty());
}

TEST_CASE("print terms in English and Spanish") {
  CHECK(terms("en-US").listen() == "Listen to this handout:");
  CHECK(terms("es").listen() == "Escuche este folleto:");
  CHECK(terms("en-US").qr_code("https://x.org/a.html") ==
        "QR code: listen to this handout at https://x.org/a.html");
  CHECK(terms("es").qr_code("https://x.org/a.html") ==
        "Código QR: escuche este folleto en https://x.org/a.html");
  CHECK(terms("en-US").page_of(2, 5) == "Page 2 of 5");
  CHECK(terms("es").page_of(2, 5) == "Página 2 de 5");
  CHECK(terms("en-US").revised_printed({2027, 3, 5}) == "Revised March 5, 2027");
  CHECK(terms("es").revised_printed({2026, 11, 26}) == "Revisado el 26 de noviembre de 2026");
  CHECK(terms("en-US").link(model::RunKind::phone, "(207) 555-0100") == "Call (207) 555-0100");
  CHECK(terms("es").link(model::RunKind::email, "a@b.org") == "Escribir a a@b.org");
  CHECK(terms("en-US").link(model::RunKind::web, "x.org") == "Open x.org");
  CHECK(terms("en-GB").contact_continued() == "How to reach us (continued)");
  CHECK(terms("es-MX").contact_continued() == "Cómo comunicarse con nosotros (continuación)");
}

TEST_CASE("counts agree in number by the language's plural rules") {
  CHECK(terms("en-US").parts(1) == "This recording has 1 part:");
  CHECK(terms("en-US").parts(3) == "This recording has 3 parts:");
  CHECK(terms("es").list_of(1) == "Una lista de 1 elemento.");
  CHECK(terms("es").list_of(12) == "Una lista de 12 elementos.");
  CHECK(terms("en-US").list_of(0) == "A list of 0 items.");
  CHECK(terms("en-US").step(1, 4) == "Step 1 of 4.");
  CHECK(terms("es").step(2, 4) == "Paso 2 de 4.");
}

TEST_CASE("spoken terms and the revision date") {
  CHECK(terms("en-US").revised_spoken({2026, 3, 4}) ==
        "This handout was revised on March 4, 2026.");
  CHECK(terms("es").revised_spoken({2026, 3, 4}) == "Revisado el 4 de marzo de 2026.");
  CHECK(terms("es").contact_title() == "Cómo comunicarse con nosotros");
  CHECK(terms("en-US").contact_title() == "How to reach us");
  CHECK(terms("es").conjunction() == "y");
}

TEST_CASE("dates follow the locale's own order") {
  const model::Date date{2026, 11, 26};
  CHECK(lang::long_date(date, {"en-US", {}}) == "November 26, 2026");
  CHECK(lang::long_date(date, {"en-GB", {}}) == "26 November 2026");
  CHECK(lang::long_date(date, {"es", {}}) == "26 de noviembre de 2026");
  CHECK(lang::long_date({1999, 1, 1}, {"en-US", {}}) == "January 1, 1999");  // no time zone shift
}

TEST_CASE("numeric dates are month first only where the locale writes them so") {
  CHECK(lang::month_before_day({"en-US", {}}));
  CHECK(lang::month_before_day({"en", {}}));
  CHECK_FALSE(lang::month_before_day({"en-GB", {}}));
  CHECK_FALSE(lang::month_before_day({"es", {}}));
  CHECK_FALSE(lang::month_before_day({"es-MX", {}}));
  CHECK_FALSE(lang::month_before_day({"fr", {}}));
}

TEST_CASE("numbers and ordinals in words come from ICU's rules") {
  CHECK(lang::spell_out(21, {"en-US", {}}) == "twenty-one");
  CHECK(lang::spell_out(21, {"es", {}}) == "veintiuno");
  CHECK(lang::spell_out_ordinal(3, {"en-US", {}}) == "third");
  CHECK(lang::spell_out_ordinal(3, {"es", {}}) == "tercero");
  CHECK(lang::spell_out_ordinal(1, {"es", {}}, "%spellout-ordinal-feminine") == "primera");
  CHECK_THROWS_AS(lang::spell_out_ordinal(1, {"en-US", {}}, "%spellout-ordinal-feminine"),
                  std::invalid_argument);
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("the reading level in each language with its decimal separator") {
  using Scale = model::ReadingLevel::Scale;
  CHECK(terms("en-US").reading_level({Scale::grade, 7.4}) == "Reading level: grade 7.4");
  CHECK(terms("en-US").reading_level({Scale::grade, 8}) == "Reading level: grade 8.0");
  CHECK(terms("es").reading_level({Scale::grade, 7.4}) == "Nivel de lectura: grado 7,4");
  CHECK(terms("es").reading_level({Scale::inflesz, 68.2}) ==
        "Legibilidad: 68,2 en la escala INFLESZ (bastante fácil)");
  CHECK(terms("en-US").reading_level({Scale::inflesz, 52}) ==
        "Reading ease: 52.0 on the INFLESZ scale (algo difícil)");
}

}  // namespace handout::test
