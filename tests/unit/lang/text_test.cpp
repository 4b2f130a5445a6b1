// UTF-8, XML escaping and language codes: one implementation for all writers.
#include <doctest/doctest.h>

#include "lang/language.h"
#include "lang/utf8.h"
#include "lang/xml_escape.h"

namespace handout::test {

TEST_CASE("UTF-8 round trip and code point labels") {
  const std::string text = "a\u00e9\u2192\U0001F600";
  const std::vector<char32_t> codes = lang::decode_utf8(text);
  REQUIRE(codes.size() == 4);
  CHECK(codes[2] == 0x2192);
  std::string back;
  for (const char32_t c : codes) lang::append_utf8(back, c);
  CHECK(back == text);
  CHECK(lang::code_point_label(0xE9) == "U+00E9");
  CHECK(lang::code_point_label(0x1F600) == "U+1F600");
}

TEST_CASE("malformed UTF-8 is refused one sequence at a time") {
  std::size_t pos = 0;
  CHECK_FALSE(lang::decode_one("\xC0\xAF", pos));  // overlong "/"
  CHECK(pos == 0);
  CHECK_FALSE(lang::decode_one("\xED\xA0\x80", pos));  // a surrogate
  CHECK_FALSE(lang::decode_one("\xE2\x86", pos));      // cut short
  CHECK_FALSE(lang::decode_one("\x80", pos));          // a lone continuation byte
  CHECK(lang::decode_utf8("a\xFFz") == std::vector<char32_t>{'a', 0xFFFD, 'z'});
  pos = 1;
  CHECK(lang::decode_one("a\u00e9", pos) == 0xE9);
  CHECK(pos == 3);
}

TEST_CASE("a character a reader sees takes its accents skin tone selector and joined emoji") {
  const auto ends = [](std::string_view text) {
    std::vector<std::size_t> out;
    for (std::size_t pos = 0; pos < text.size(); pos = lang::character_end(text, pos))
      out.push_back(lang::character_end(text, pos));
    return out;
  };
  CHECK(ends("ab") == std::vector<std::size_t>{1, 2});
  CHECK(ends("e\u0301x") == std::vector<std::size_t>{3, 4});               // e + combining acute
  CHECK(ends("\U0001F44D\U0001F3FD!") == std::vector<std::size_t>{8, 9});  // thumbs up, skin tone
  CHECK(ends("\u2764\uFE0F") == std::vector<std::size_t>{6});              // heart, emoji style
  CHECK(ends("\U0001F469\u200D\U0001F4BB") == std::vector<std::size_t>{11});  // woman technologist
  CHECK(ends("\U0001F1EA\U0001F1F8\U0001F1EA") == std::vector<std::size_t>{8, 12});  // flag, letter
  CHECK(lang::is_variation_selector(0xFE0F));
  CHECK_FALSE(lang::is_variation_selector(U'a'));
}

TEST_CASE("XML escaping for text and for attributes") {
  CHECK(lang::escape_xml_text("a < b & \"c\" > d") == "a &lt; b &amp; \"c\" &gt; d");
  CHECK(lang::escape_xml_attribute("say \"hi\" & <go>") == "say &quot;hi&quot; &amp; &lt;go&gt;");
}

TEST_CASE("ISO 639-2 codes come from ICU") {
  CHECK(lang::iso639_2("en-US") == "eng");
  CHECK(lang::iso639_2("es-419") == "spa");
  CHECK(lang::iso639_2("fr") == "fra");
  CHECK(lang::iso639_2("de-DE") == "deu");
  CHECK(lang::iso639_2("qq") == "und");
}

TEST_CASE("two tags name the same language by their parsed language subtag") {
  CHECK(lang::language_subtag("es-MX") == "es");
  CHECK(lang::language_subtag("ES-419") == "es");
  CHECK(lang::language_subtag("iw-IL") == "he");
  CHECK(lang::language_subtag("not a tag") == "");
  CHECK(lang::same_language("en-US", "en-GB"));
  CHECK(lang::same_language("es", "es-MX"));
  CHECK_FALSE(lang::same_language("es", "en-US"));
  // A string prefix is not a language: "est" (Estonian) is not "es".
  CHECK_FALSE(lang::same_language("es", "est"));
  CHECK_FALSE(lang::same_language("", ""));
}

}  // namespace handout::test
