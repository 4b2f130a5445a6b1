// The small pure pieces: the ToUnicode CMap, labels and link addresses, UTF-8.
#include <doctest/doctest.h>

#include "print/locale.h"
#include "print/to_unicode.h"
#include "print/utf8.h"

namespace handout::test {

TEST_CASE("the ToUnicode CMap maps every character shown at most 100 per block no cidrange") {
  std::set<char32_t> shown;
  for (char32_t c = 0x20; c < 0x20 + 150; ++c) shown.insert(c);
  shown.insert(0x00E9);
  shown.insert(0x2192);
  const std::string cmap = print::to_unicode_cmap(shown);
  CHECK(cmap.find("cidrange") == std::string::npos);
  CHECK(cmap.find("100 beginbfchar") != std::string::npos);
  CHECK(cmap.find("52 beginbfchar") != std::string::npos);
  CHECK(cmap.find("<00E9> <00E9>") != std::string::npos);
  CHECK(cmap.find("<2192> <2192>") != std::string::npos);
  std::size_t entries = 0;
  for (std::size_t at = 0; (at = cmap.find("> <", at)) != std::string::npos; ++at) ++entries;
  CHECK(entries == shown.size() + 1);  // and the code space range
}

TEST_CASE("page and revision labels and link addresses in English and Spanish") {
  using print::Locale;
  CHECK(print::locale_for("en-US") == Locale::english);
  CHECK(print::locale_for("es-419") == Locale::spanish);
  CHECK(print::locale_for("est") == Locale::english);
  CHECK(print::page_label(Locale::english, 2, 5) == "Page 2 of 5");
  CHECK(print::page_label(Locale::spanish, 2, 5) == "Página 2 de 5");
  CHECK(print::revised_label(Locale::english, "2027-03-05") == "Revised March 5, 2027");
  CHECK(print::revised_label(Locale::spanish, "2026-11-26") ==
        "Revisado el 26 de noviembre de 2026");
  CHECK(print::link_uri(model::RunKind::phone, "(207) 555-0100") == "tel:2075550100");
  CHECK(print::link_uri(model::RunKind::phone, "+1 207 555 0100") == "tel:+12075550100");
  CHECK(print::link_uri(model::RunKind::email, "a@example.org") == "mailto:a@example.org");
  CHECK(print::link_uri(model::RunKind::web, "www.example.org") == "https://www.example.org");
  CHECK(print::link_uri(model::RunKind::web, "http://x.org/a") == "http://x.org/a");
}

TEST_CASE("UTF-8 round trip and code point names") {
  const std::string text = "a\u00e9\u2192\U0001F600";
  const std::vector<char32_t> codes = print::decode_utf8(text);
  REQUIRE(codes.size() == 4);
  CHECK(codes[2] == 0x2192);
  std::string back;
  for (const char32_t c : codes) print::append_utf8(back, c);
  CHECK(back == text);
  CHECK(print::code_point_name(0xE9) == "U+00E9");
  CHECK(print::code_point_name(0x1F600) == "U+1F600");
}

}  // namespace handout::test
