// Phone numbers as each country writes them, found by libphonenumber for the handout's region,
// read digit by digit in the printed groups; and the numbers of clinical text that are none.
#include "lang/phone_numbers.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reading/language.h"
#include "reading/normaliser.h"
#include "reading/tokenizer.h"

using namespace handout::reading;
using handout::lang::phone_number_at;

namespace {

std::string said(std::string_view text, std::string_view lang) {
  return normalise(text, dialect_of(lang));
}

// The phone numbers the tokenizer finds in `text`.
std::vector<std::string> phones(std::string_view text, std::string_view lang) {
  std::vector<std::string> found;
  for (const Token& token : tokenize(text, ReadingContext{dialect_of(lang), nullptr})) {
    if (token.kind == TokenKind::phone)
      found.emplace_back(text.substr(token.begin, token.end - token.begin));
  }
  return found;
}

using Found = std::vector<std::string>;
using Countries = std::vector<std::string>;

}  // namespace

TEST_CASE("the region is the tag's own or the likely one of its language") {
  CHECK(handout::lang::phone_country("en-GB") == "GB");
  CHECK(handout::lang::phone_country("es-MX") == "MX");
  CHECK(handout::lang::phone_country("en") == "US");
  CHECK(handout::lang::phone_country("es") == "ES");
  CHECK(handout::lang::phone_country("es-419") == "ES");  // Latin America is no country
  CHECK(dialled_countries(Dialect{Language::spanish, true, {}}) == Countries{"ES"});
  CHECK(dialled_countries(dialect_of("en-AU")) == Countries{"AU"});
}

TEST_CASE("a handout whose tag names no country dials local numbers where its clinic is too") {
  const auto said_for = [](std::string_view text, std::string_view lang, std::string_view clinic) {
    return normalise(text, dialect_of(lang, clinic));
  };
  // A Spanish handout of a clinic in the United States, and of one in Mexico.
  CHECK(said_for("Llame al (207) 555-0142.", "es", "en-US") == "Llame al 2 0 7, 5 5 5, 0 1 4 2.");
  CHECK(said_for("Llame al 55 1234 5678.", "es", "es-MX") == "Llame al 5 5, 1 2 3 4, 5 6 7 8.");
  CHECK(said_for("Llame al 55 1234 5678.", "es", "") == "Llame al 55 1234 5678.");  // no clinic
  // The handout's own country comes first, and a clinic without a region has its language's.
  CHECK(said_for("Llame al 912 34 56 78.", "es", "en-US") == "Llame al 9 1 2, 3 4, 5 6, 7 8.");
  CHECK(said_for("Call 020 7946 0958.", "en-GB", "en-US") == "Call 0 2 0, 7 9 4 6, 0 9 5 8.");
  CHECK(dialect_of("es", "en").phone_countries == Countries{"ES", "US"});
  CHECK(dialect_of("es-MX", "en-US").phone_countries == Countries{"MX"});
  CHECK(dialect_of("es", "es-ES").phone_countries == Countries{"ES"});
  CHECK(handout::lang::phone_countries("en", "").size() == 1);
}

TEST_CASE("Spanish national numbers are read in their printed groups") {
  CHECK(said("Llame al 912 34 56 78.", "es") == "Llame al 9 1 2, 3 4, 5 6, 7 8.");
  CHECK(said("Llame al 91 234 56 78.", "es") == "Llame al 9 1, 2 3 4, 5 6, 7 8.");
  CHECK(said("Móvil: 600 123 456", "es") == "Móvil: 6 0 0, 1 2 3, 4 5 6");
  CHECK(said("912 34 56 78 extensión 12", "es") == "9 1 2, 3 4, 5 6, 7 8, extensión, 1 2");
}

TEST_CASE("numbers of the UK Mexico and Australia are found in their own handouts") {
  CHECK(said("Call 020 7946 0958.", "en-GB") == "Call 0 2 0, 7 9 4 6, 0 9 5 8.");
  CHECK(said("Call 0800 123 4567.", "en-GB") == "Call 0 8 0 0, 1 2 3, 4 5 6 7.");
  CHECK(said("Ring 07700 900123 today", "en-GB") == "Ring 0 7 7 0 0, 9 0 0 1 2 3 today");
  CHECK(said("Llame al 55 1234 5678.", "es-MX") == "Llame al 5 5, 1 2 3 4, 5 6 7 8.");
  CHECK(said("Call (02) 9876 5432.", "en-AU") == "Call 0 2, 9 8 7 6, 5 4 3 2.");
}

TEST_CASE("a national number is one only in its own country") {
  CHECK(phones("Call 020 7946 0958.", "en-GB") == Found{"020 7946 0958"});
  CHECK(phones("Call 020 7946 0958.", "en-US").empty());
  CHECK(phones("Llame al 912 34 56 78.", "es-MX").empty());
}

TEST_CASE("international numbers are found whatever the region") {
  CHECK(said("Call +33 1 23 45 67 89.", "en-US") == "Call plus, 3 3, 1, 2 3, 4 5, 6 7, 8 9.");
  CHECK(phones("Llame al +34 912 34 56 78", "es-MX") == Found{"+34 912 34 56 78"});
  CHECK(phones("Call +44 20 7946 0958", "en-AU") == Found{"+44 20 7946 0958"});
}

TEST_CASE("North American numbers read as before") {
  CHECK(said("call (207) 555-0100 today", "en-US") == "call 2 0 7, 5 5 5, 0 1 0 0 today");
  CHECK(said("1-800-555-0199 ext. 12", "en-US") == "1, 8 0 0, 5 5 5, 0 1 9 9, extension, 1 2");
  CHECK(said("or 555-0100.", "en-US") == "or 5 5 5, 0 1 0 0.");
  CHECK(phones("Call 207.555.0142 or 1 800 555 0199", "en") ==
        Found{"207.555.0142", "1 800 555 0199"});
}

TEST_CASE("groups joined by Unicode hyphens dashes and no-break spaces are one number") {
  // U+2011 non-breaking hyphen, U+2013 en dash, U+00A0 no-break space.
  CHECK(phones("Call 207‑555‑0142 today", "en-US") == Found{"207‑555‑0142"});
  CHECK(phones("Call 207–555–0142 today", "en-US") == Found{"207–555–0142"});
  CHECK(phones("Llame al 912 34 56 78.", "es") == Found{"912 34 56 78"});
}

TEST_CASE("doses dates times ranges years money and measurements are no phone numbers") {
  const std::vector<std::string> texts{
      "Take 500 mg 3 times a day",       "Next visit 2026-11-27 or 27/11/2026 at 10:30",
      "Do 10-15 reps or 100-120 mg",     "Since 2026 and from 2025-2026",
      "Cost $1,234,567 or 1 234 567 €",  "Walk 10 000 steps and 1 234 567 people",
      "Weigh 1234567 mg or 912345678 g", "Hold 30 s and 1.000.000 unidades"};
  for (const std::string_view lang : {"en-US", "en-GB", "en-AU", "es", "es-MX"}) {
    for (const std::string& text : texts) {
      CAPTURE(lang);
      CAPTURE(text);
      CHECK(phones(text, lang).empty());
    }
  }
}

TEST_CASE("only the number at the start is found and whether it is valid") {
  CHECK(phone_number_at("912 34 56 78 y más", "ES").length == 12);
  CHECK(phone_number_at("912 34 56 78 y más", "ES").valid);
  CHECK(phone_number_at("Llame al 912 34 56 78", "ES").length == 0);
  CHECK(phone_number_at("", "ES").length == 0);
  CHECK(phone_number_at("07700 900123", "GB").length == 12);
  CHECK_FALSE(phone_number_at("07700 900123", "GB").valid);
}

TEST_CASE("vanity numbers are read digit by digit and their letters as the word") {
  CHECK(said("Call 1-888-HEALTHY now", "en-US") == "Call 1, 8 8 8, healthy now");
  CHECK(said("Order at 1-866-NO-PAIN", "en-US") == "Order at 1, 8 6 6, no, pain");
  CHECK(said("Take 2 TABLETS", "en-US") == "Take 2 TABLETS");
  CHECK(said("Call 1-800-2-HEAL", "en-US") == "Call 1, 8 0 0, 2, heal");
  CHECK(said("ring 1-800-HOSPICE", "en-GB") == "ring 1, 8 0 0, hospice");
}

TEST_CASE("emergency and short numbers of the handout's region are read digit by digit") {
  CHECK(said("Dial 999 now", "en-GB") == "Dial 9 9 9 now");
  CHECK(said("call 111 for advice", "en-GB") == "call 1 1 1 for advice");
  CHECK(said("walk 111 steps", "en-GB") == "walk 111 steps");
  CHECK(said("Llame al 112", "es-ES") == "Llame al 1 1 2");
  CHECK(said("o marque el 061", "es-ES") == "o marque el 0 6 1");
  CHECK(said("Llame al 066", "es-MX") == "Llame al 0 6 6");
  CHECK(said("lift 999 g", "en-GB") == "lift 999 grams");
  CHECK(said("count 999", "en-US") == "count 999");
  CHECK(said("the 988 line", "en-US") == "the 9 8 8 line");
  CHECK(said("Room 101.", "en-GB") == "Room 1 0 1.");
  CHECK(said("about 101 people", "en-GB") == "about 101 people");
  CHECK(said("in 2026", "en-US") == "in 2026");
}
