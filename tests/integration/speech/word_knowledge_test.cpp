// What `handout check` warns about the words the audio leaves to eSpeak NG, asked of the real
// eSpeak NG and Hunspell dictionaries in both languages: a plain word never warns, in capitals
// or not; abbreviations and codes eSpeak NG spells or guesses do.
#include "speech/word_knowledge.h"

#include <doctest/doctest.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <set>

#include "reading/lexicon_rules.h"
#include "reading/unreadable_tokens.h"
#include "sample_handout.h"
#include "string_vectors.h"

using namespace handout;

namespace {

std::string upper_case(const std::string& word, const char* locale) {
  std::string out;
  icu::UnicodeString::fromUTF8(word).toUpper(icu::Locale(locale)).toUTF8String(out);
  return out;
}

// The words of `words` that warn in `lang`.
std::vector<std::string> warned(const std::vector<std::string>& words, std::string_view lang) {
  const std::vector<reading::WordKnowledge> known = speech::word_knowledge(words, lang);
  REQUIRE(known.size() == words.size());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < words.size(); ++i)
    if (reading::unsure_message(words[i], known[i])) out.push_back(words[i]);
  return out;
}

// Every word of the samples in `lang` that the audio leaves to eSpeak NG, once.
std::vector<std::string> sample_words(std::string_view language) {
  std::set<std::string> words;
  for (const std::string& id : testing::sample_ids()) {
    const model::Handout handout = testing::read_sample(id);
    if (!handout.lang.tag.starts_with(language)) continue;
    for (const reading::WordAt& word : reading::unsure_in(handout, {}).words)
      words.insert(word.word);
  }
  return {words.begin(), words.end()};
}

}  // namespace

TEST_CASE("the plain words of the samples never warn in small letters or in capitals") {
  for (const auto& [language, locale] : {std::pair{"en", "en_US"}, std::pair{"es", "es"}}) {
    const std::string language_shown = language;  // clang 14 cannot capture a binding
    CAPTURE(language_shown);
    std::vector<std::string> plain;
    const std::vector<std::string> words = sample_words(language);
    const std::vector<reading::WordKnowledge> known = speech::word_knowledge(words, language);
    for (std::size_t i = 0; i < words.size(); ++i)
      if (known[i].plain) plain.push_back(upper_case(words[i], locale));
    CHECK(plain.size() > 100);
    CHECK(warned(plain, language) == std::vector<std::string>{});
  }
}

TEST_CASE("a plain word in capitals next to a number or alone does not warn") {
  CHECK(warned({"CALL", "STOP", "DON'T", "WARNING", "IMPORTANT", "ICE", "NOW"}, "en-US").empty());
  CHECK(warned({"LLAME", "ACUÉSTESE", "ADVERTENCIA", "HIELO", "NUNCA", "DEJE"}, "es").empty());
  CHECK(warned({"CALL", "WALK", "REST"}, "en-GB").empty());
}

TEST_CASE("abbreviations and codes eSpeak NG spells or guesses warn in both languages") {
  // Therapy, wound-care and lab shorthand, none of it in the rules or the lexicon.
  const std::vector<std::string> english{
      "TTWB", "PWB",  "FWB",    "NWB",   "AAROM", "PROMs",  "SLR",   "LAQ", "SAQ",
      "DVT",  "PTA",  "COTA",   "HbA1c", "SpO2",  "eGFR",   "qAM",   "wks", "tx",
      "hx",   "abd.", "bilat.", "sx",    "pt.",   "t.d.s.", "q.o.d."};
  const std::vector<std::string> spanish{"TEP",  "HTA",  "ECV",   "comp.", "s.c.",
                                         "i.m.", "sol.", "caps.", "HbA1c", "FC"};
  const std::vector<std::string> english_warned = warned(english, "en-US");
  const std::vector<std::string> spanish_warned = warned(spanish, "es");
  MESSAGE("English: ", english_warned.size(), " of ", english.size(),
          "; Spanish: ", spanish_warned.size(), " of ", spanish.size());
  CHECK(english_warned.size() * 10 >= english.size() * 9);
  CHECK(spanish_warned.size() * 10 >= spanish.size() * 9);
}

TEST_CASE("a word eSpeak NG spells is heard letter by letter in the warning") {
  const std::vector<std::string> words{"NWB"};
  const std::vector<reading::WordKnowledge> known = speech::word_knowledge(words, "en-US");
  REQUIRE(known.size() == 1);
  CHECK(known[0].spelled);
  CHECK(known[0].heard == std::vector<std::string>{"N", "W", "B"});
  CHECK_FALSE(known[0].plain);
}
