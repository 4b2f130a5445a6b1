// Which words left to eSpeak NG `handout check` warns about, from what eSpeak NG's translation
// trace and the spelling dictionary say of them (the traces are eSpeak NG 1.51's, as
// `espeak-ng -X` prints them; tests/integration/speech asks the real libraries).
#include "reading/unsure_words.h"

#include <doctest/doctest.h>

#include "string_vectors.h"

using namespace handout;
using reading::knowledge_from_trace;
using reading::unsure_message;

namespace {

constexpr std::string_view wbat_trace =
    "Unpronouncable? 'wbat'\nFound: 'w' [d'Vb@Lju:]  \nTranslate 'bat'\n  1\tb        [b]\n";
constexpr std::string_view nwb_trace =
    "Unpronouncable? 'nwb'\nFound: 'n' [E2n]  \nFound: 'w' [d'Vb@Lju:]  \nFound: 'b' [bi:]  \n";
constexpr std::string_view pta_trace = "Unpronouncable? 'pta'\nTranslate 'pta'\n";
constexpr std::string_view call_trace = "Translate 'call'\n  1\tc        [k]\n";

}  // namespace

TEST_CASE("the trace says which letters eSpeak NG spells and which words it says") {
  const reading::WordKnowledge wbat = knowledge_from_trace("WBAT", wbat_trace, false, "");
  CHECK(wbat.spelled);
  CHECK_FALSE(wbat.in_dictionary);
  CHECK(wbat.heard == std::vector<std::string>{"W", "bat"});
  const reading::WordKnowledge nwb = knowledge_from_trace("NWB", nwb_trace, false, "");
  CHECK(nwb.heard == std::vector<std::string>{"N", "W", "B"});
  // "Unpronouncable?" alone: eSpeak NG said the word by its rules after all.
  const reading::WordKnowledge pta = knowledge_from_trace("PTA", pta_trace, false, "tˈɑː");
  CHECK_FALSE(pta.spelled);
  CHECK(pta.heard == std::vector<std::string>{"pta"});
  // A letter said by the rules inside a code, digits found as numbers.
  const reading::WordKnowledge a1c = knowledge_from_trace(
      "A1c", "Translate 'a'\nFound: '_1' [w'02n]  \nFound: 'c' [si:]  \n", false, "");
  CHECK(a1c.heard == std::vector<std::string>{"A", "1", "C"});
  // The stem found for a word said by the rules is no word of its own.
  const reading::WordKnowledge tens =
      knowledge_from_trace("TENS", "Translate 'tens'\nFound: 'ten' [tEn]  \n", true, "");
  CHECK(tens.heard == std::vector<std::string>{"tens"});
}

TEST_CASE("a word found whole in eSpeak NG's dictionary is known in any case") {
  const reading::WordKnowledge i =
      knowledge_from_trace("I", "Found: 'i' [aI]  $u+ $strend $verbf $allcaps $only\n", false, "");
  CHECK(i.in_dictionary);
  const reading::WordKnowledge mph = knowledge_from_trace(
      "MPH", "Unpronouncable? 'mph'\nFound: 'm' [E2m]  \nFound: 'p' [pi:]  \n", false, "");
  CHECK_FALSE(mph.in_dictionary);
  const reading::WordKnowledge known =
      knowledge_from_trace("COLONOSCOPY", "Found: 'colonoscopy' [k,0l@n'0sk@pi]  \n", false, "");
  CHECK(known.in_dictionary);
  CHECK_FALSE(unsure_message("COLONOSCOPY", known));
}

TEST_CASE("eSpeak NG looking a letter up twice is said once") {
  const reading::WordKnowledge sc = knowledge_from_trace(
      "s.c.", "Found: 's' [Ese]  \nFound: 's' [Ese]  \nFound: 'c' [Te]  \n", false, "");
  CHECK(sc.heard == std::vector<std::string>{"S", "C"});
}

TEST_CASE("a plain word in capitals never warns") {
  CHECK_FALSE(unsure_message("CALL", knowledge_from_trace("CALL", call_trace, true, "kˈɔːl")));
  // Even when eSpeak NG would spell it: the dictionary knows the word.
  CHECK_FALSE(unsure_message("NWB", knowledge_from_trace("NWB", nwb_trace, true, "")));
}

TEST_CASE("a spelled word warns with the letters heard and the fix") {
  CHECK(unsure_message("NWB", knowledge_from_trace("NWB", nwb_trace, false, "")) ==
        "\"NWB\" will be heard as its letters one by one, \"N W B\"; to fix it, write <say "
        "alias=\"…\">NWB</say> or add \"NWB\" to the lexicon");
  const auto wbat = unsure_message("WBAT", knowledge_from_trace("WBAT", wbat_trace, false, ""));
  REQUIRE(wbat);
  CHECK(wbat->starts_with(
      "\"WBAT\" will be heard as \"W bat\" (eSpeak NG spells out the letters it cannot "
      "pronounce)"));
  // A lower-case abbreviation eSpeak NG spells warns too.
  const auto tx = unsure_message(
      "tx", knowledge_from_trace("tx", "Found: 't' [ti:]  \nFound: 'x' [Eks]  \n", false, ""));
  REQUIRE(tx);
  CHECK(tx->starts_with("\"tx\" will be heard as its letters one by one, \"T X\""));
}

TEST_CASE("a word said by the rules warns only when written like an abbreviation or a code") {
  const auto pta = unsure_message("PTA", knowledge_from_trace("PTA", pta_trace, false, "tˈɑː"));
  REQUIRE(pta);
  CHECK(
      pta->starts_with("\"PTA\" will be heard as a word eSpeak NG does not know, said by its "
                       "spelling rules as /tˈɑː/; to fix it"));
  const auto bilat = unsure_message(
      "bilat.", knowledge_from_trace("bilat.", "Translate 'bilat'\n", false, "bˈɪlæt"));
  CHECK(bilat);
  // A name or another word in lower case not in the dictionary is read well by the rules.
  CHECK_FALSE(unsure_message("Okonkwo",
                             knowledge_from_trace("Okonkwo", "Translate 'okonkwo'\n", false, "")));
  CHECK_FALSE(
      unsure_message("glute", knowledge_from_trace("glute", "Translate 'glute'\n", false, "")));
}

TEST_CASE("a shouted word said by the rules does not warn and a spelled one does") {
  const auto agitese = knowledge_from_trace("AGÍTESE", "Translate 'agítese'\n", false, "axˈitese");
  CHECK(unsure_message("AGÍTESE", agitese));
  CHECK_FALSE(unsure_message("AGÍTESE", agitese, true));
  CHECK(unsure_message("NWB", knowledge_from_trace("NWB", nwb_trace, false, ""), true));
}

TEST_CASE("a capital and a number are said as people say them and do not warn") {
  const auto b12 =
      knowledge_from_trace("B12", "Found: 'b' [bi:]  \nFound: '12' [twElv]  \n", false, "");
  CHECK_FALSE(unsure_message("B12", b12));
  const auto spo2 = knowledge_from_trace(
      "SpO2", "Found: 's' [Es]  \nFound: 'p' [pi:]  \nFound: 'o' [oU]  \n", false, "");
  CHECK(unsure_message("SpO2", spo2));
}
