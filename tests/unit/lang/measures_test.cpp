// A file's size and a recording's length as the index shows them beside a link, in the
// handout's language, worded by ICU.
#include "lang/measures.h"

#include <doctest/doctest.h>

#include "lang/page_terms.h"

namespace handout::test {

namespace {

const model::LanguageTag en_us{"en-US", {}};
const model::LanguageTag es_any{"es", {}};

}  // namespace

TEST_CASE("a size is in bytes under a kilobyte and then in two significant digits") {
  CHECK(lang::file_size(0, en_us) == "0 byte");
  CHECK(lang::file_size(999, en_us) == "999 byte");
  CHECK(lang::file_size(1000, en_us) == "1 kB");
  CHECK(lang::file_size(245'600, en_us) == "250 kB");
  CHECK(lang::file_size(4'100'000, en_us) == "4.1 MB");
  CHECK(lang::file_size(4'100'000, es_any) == "4,1 MB");
}

TEST_CASE("a length is in whole seconds and then in minutes and seconds") {
  CHECK(lang::duration(12.4, en_us) == "12 sec");
  CHECK(lang::duration(59.4, en_us) == "59 sec");
  CHECK(lang::duration(252.4, en_us) == "4 min, 12 sec");
  CHECK(lang::duration(60, en_us) == "1 min, 0 sec");
  CHECK(lang::duration(252.4, es_any) == "4 min y 12 s");
}

TEST_CASE("the page's words are in the page's language with counts by its plural rules") {
  CHECK(lang::PageTerms(en_us).found(1) == "1 handout found");
  CHECK(lang::PageTerms(en_us).found(3) == "3 handouts found");
  CHECK(lang::PageTerms(es_any).found(1) == "1 folleto encontrado");
  CHECK(lang::PageTerms(es_any).play() == "Reproducir");
  CHECK(lang::PageTerms({"es-MX", {}}).pause() == "Pausa");
}

}  // namespace handout::test
