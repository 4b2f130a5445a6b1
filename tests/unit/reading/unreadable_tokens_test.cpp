// What `handout check` warns about: what the audio cannot read with confidence.
#include "reading/unreadable_tokens.h"

#include <doctest/doctest.h>

#include "content/handout_reader.h"
#include "sample_handout.h"
#include "string_vectors.h"

using namespace handout;

namespace {

std::vector<std::string> messages(std::string_view text, std::string_view lang = "en-US",
                                  const model::Lexicon& lexicon = {}) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : reading::unreadable_tokens(text, {3, 5}, lang, lexicon)) {
    out.push_back(std::to_string(d.at.line) + ':' + std::to_string(d.at.column) + ' ' +
                  (d.severity == model::Severity::warning ? "warning: " : "") + d.message);
  }
  return out;
}

}  // namespace

// The words left to eSpeak NG, each with its place ("3:10 WBAT").
std::vector<std::string> left_to_espeak(std::string_view text, std::string_view lang = "en-US",
                                        const model::Lexicon& lexicon = {}) {
  std::vector<std::string> out;
  for (const reading::WordAt& word : reading::unsure_in(text, {3, 5}, lang, lexicon).words)
    out.push_back(std::to_string(word.at.line) + ':' + std::to_string(word.at.column) + ' ' +
                  word.word);
  return out;
}

bool asked(std::string_view text, std::string_view word, std::string_view lang = "en-US",
           const model::Lexicon& lexicon = {}) {
  for (const reading::WordAt& found : reading::unsure_in(text, {1, 1}, lang, lexicon).words)
    if (found.word == word) return true;
  return false;
}

TEST_CASE("a word no rule reads is left to eSpeak NG at its place") {
  CHECK(left_to_espeak("Stay WBAT after the OCS visit.") ==
        std::vector<std::string>{"3:5 Stay", "3:10 WBAT", "3:15 after", "3:21 the", "3:25 OCS",
                                 "3:29 visit"});
  // A single letter is said as its name.
  CHECK(left_to_espeak("a b c I") == std::vector<std::string>{});
}

TEST_CASE("lexicon words known acronyms and what rules read are not left to eSpeak NG") {
  model::Lexicon lexicon;
  lexicon.lexemes.push_back({{"WBAT"}, "weight bearing as tolerated", {}});
  CHECK_FALSE(asked("Stay WBAT.", "WBAT", "en-US", lexicon));
  CHECK(asked("Stay WBAT.", "WBAT"));
  CHECK_FALSE(asked("Ask your PT about the MRI; take PRN.", "MRI"));
  CHECK_FALSE(asked("Ask your PT about the MRI; take PRN.", "PRN"));
  CHECK(left_to_espeak("Take 1/2 tablet 3x/day, INR > 3.0, 38 ℃, Phase II, 555-0100") ==
        std::vector<std::string>{"3:5 Take", "3:14 tablet"});
  CHECK(left_to_espeak("Tome ½ tableta c/8 h, 1.ª visita", "es") ==
        std::vector<std::string>{"3:5 Tome", "3:12 tableta", "3:31 visita"});
  CHECK(asked("Keep SpO2 up", "SpO2"));
}

TEST_CASE("an abbreviation keeps its full stop and letters with stops are one word") {
  CHECK(asked("Ice both knees, bilat. twice a day.", "bilat."));
  CHECK(asked("Ice both knees bilat., twice a day.", "bilat."));
  // A full stop that ends a sentence is not the word's.
  CHECK(asked("Ice the knee. Then rest.", "knee"));
  CHECK(asked("Inyéctese s.c. cada día.", "s.c.", "es"));
  CHECK(asked("Take it o.d. with food.", "o.d."));
}

TEST_CASE("unknown symbols are warned about without eSpeak NG") {
  const auto found = messages("Keep SpO2 up † rest §");
  REQUIRE(found.size() == 2);
  CHECK(found[0].find("\"†\"") != std::string::npos);
  CHECK(found[1].find("\"§\"") != std::string::npos);
}

TEST_CASE("a word in the middle of a paragraph of several lines is located at itself") {
  model::Diagnostics problems;
  const std::optional<model::Handout> handout =
      content::parse_handout(R"(<handout id="walk" lang="en-US">
  <title>Walking</title>
  <section>
    <heading>After surgery</heading>
    <p>Walk with the crutches for the first days, &amp; stay
      WBAT on the operated leg until your next visit.</p>
  </section>
</handout>
)",
                             "walk.xml", {"walk", nullptr}, problems);
  REQUIRE(handout);
  for (const reading::WordAt& word : reading::unsure_in(*handout, {}).words) {
    CHECK(word.file == "walk.xml");
    if (word.word == "WBAT") CHECK(word.at == model::Location{6, 7});
    if (word.word == "crutches") CHECK(word.at == model::Location{5, 22});
  }
}

TEST_CASE("the sample handouts warn with their file and line") {
  for (const std::string id : {"dry-needling", "low-back-exercises", "hielo-y-calor"}) {
    CAPTURE(id);
    const model::Handout handout = testing::read_sample(id);
    for (const model::Diagnostic& d :
         reading::unreadable_tokens(handout, testing::sample_lexicon())) {
      CAPTURE(d.message);
      CHECK(d.file == handout.file);
      CHECK(d.at.line > 0);
    }
  }
}

TEST_CASE("a unit read from ICU's data is not reported while a letter label still is") {
  CHECK(messages("Keep it under 7.8 mmol/L and give 5 µg/kg.").empty());
  CHECK(messages("Heat pad 40 W, 2000 kcal, 20 mEq, 8 fl oz, 50 km/h, 2 kPa.").empty());
  CHECK(messages("Aplique 5 µg/kg y 1 cdta.", "es").empty());
  CHECK_FALSE(asked("Keep it under 7.8 mmol/L.", "mmol"));
  CHECK(asked("Go to Room 4B.", "4B"));
}

TEST_CASE("exercise names descriptions captions note blocks and link words are checked") {
  model::Diagnostics problems;
  const std::optional<model::Handout> handout = content::parse_handout(
      R"(<handout id="moves" lang="en-US">
  <title>Moves</title>
  <section><heading>Moves</heading>
  <exercise>
    <name>Reach XQZ</name>
    <figure src="images/pendulum.png">
      <description>Arms up, SpO2 sensor on.</description>
      <caption>Keep it FVQ.</caption>
    </figure>
    <dose reps="5"/>
  </exercise>
  <note kind="warning">
    <p>Stop at WBAT.</p>
  </note>
  <p>See <web href="https://example.org/QQX9">the ZQV video</web> or <web>example.org/ZZ9</web>.</p>
  </section>
</handout>
)",
      "moves.xml", {"moves", nullptr, testing::exercise_content()}, problems);
  for (const model::Diagnostic& d : problems) MESSAGE(d.message);
  REQUIRE(problems.empty());
  REQUIRE(handout);
  std::vector<std::string> words;
  for (const reading::WordAt& word : reading::unsure_in(*handout, {}).words)
    if (word.word == std::string_view("XQZ") || word.word == "SpO2" || word.word == "FVQ" ||
        word.word == "WBAT" || word.word == "ZQV" || word.word == "QQX9" || word.word == "ZZ9")
      words.push_back('"' + word.word + "\" " + std::to_string(word.at.line) + ":" +
                      std::to_string(word.at.column));
  // The link's address and a bare address are never read as words, so never warned about; a
  // link's words are located at their <web>.
  CHECK(words == std::vector<std::string>{"\"XQZ\" 5:17", "\"SpO2\" 7:29", "\"FVQ\" 8:24",
                                          "\"WBAT\" 13:16", "\"ZQV\" 15:10"});
}

TEST_CASE("a row of underscores is one warning for the row and not one per underscore") {
  const auto found = messages("Name: ________ Date: ___");
  REQUIRE(found.size() == 2);
  CHECK(found[0] ==
        "3:11 warning: \"________\" will be heard as nothing or its Unicode name once for each "
        "of its 8 characters; to fix it, write <say alias=\"…\">________</say> with the words "
        "to say (\"a blank line\"), or delete it");
  CHECK(
      found[1].starts_with("3:26 warning: \"___\" will be heard as nothing or its Unicode "
                           "name once for each of its 3 characters"));
}

TEST_CASE("a list marker typed at a paragraph's start suggests a list and not a say") {
  model::Diagnostics problems;
  const std::optional<model::Handout> handout = content::parse_handout(
      "<handout id=\"typed\" lang=\"en-US\">\n"
      "  <title>Typed</title>\n"
      "  <section><heading>Care</heading>\n"
      "  <p>\u2022\tRest the knee.</p>\n"
      "  <p>-\tIce it.</p>\n"
      "  <p>Rest \u2022 often.</p>\n"
      "  </section>\n"
      "</handout>\n",
      "typed.xml", {"typed", nullptr, {}}, problems);
  REQUIRE(problems.empty());
  REQUIRE(handout);
  std::vector<std::string> found;
  for (const model::Diagnostic& d : reading::unreadable_tokens(*handout, {}))
    found.push_back(std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + " " +
                    d.message);
  REQUIRE(found.size() == 3);
  CHECK(found[0] ==
        "4:6 \"\u2022\" at the start of a paragraph is a list marker typed as text: the recording "
        "and braille do not read it as a list; write a <list> (<steps> when the order matters) "
        "with an <item> for each line");
  CHECK(found[1].starts_with("5:6 \"-\" at the start of a paragraph is a list marker"));
  // Inside a sentence the bullet is only a character the audio cannot say.
  CHECK(found[2].starts_with("6:11 \"\u2022\" will be heard as nothing or its Unicode name"));
}

TEST_CASE("single letters around a slash no lexicon knows are warned about with their letters") {
  const auto found = messages("The scar is n/t to touch.");
  REQUIRE(found.size() == 1);
  CHECK(
      found[0].starts_with("3:17 warning: \"n/t\" will be heard as its letters one by one, "
                           "\"N T\""));
  CHECK(found[0].find("<say alias=\"…\">n/t</say>") != std::string::npos);
  // A chain of letters is one warning for the whole of it.
  const auto chain = messages("Mark it a/b/c today.");
  REQUIRE(chain.size() == 1);
  CHECK(chain[0].find("\"a/b/c\" will be heard as its letters one by one, \"A B C\"") !=
        std::string::npos);
  CHECK(messages("Anote r/p si no hay cambios.", "es").size() == 1);
  // A letter of any script is one letter, never "or".
  const auto spanish = messages("Marque ñ/a en la hoja.", "es");
  REQUIRE(spanish.size() == 1);
  CHECK(spanish[0].find("\"ñ/a\" will be heard as its letters one by one, \"ñ A\"") !=
        std::string::npos);
}

TEST_CASE("a slash between words numbers or known shorthand is no letter pair") {
  CHECK(messages("Use heat/ice and 1/2 tablet 3x/day.").empty());
  CHECK(messages("Llame y/o escriba.", "es").empty());
  model::Lexicon lexicon;
  lexicon.lexemes.push_back({{"n/t"}, "non tender", {}});
  CHECK(messages("The scar is n/t to touch.", "en-US", lexicon).empty());
}

// Whether `word` is left to eSpeak NG as a word shouted in a sentence of capitals.
bool shouted(std::string_view text, std::string_view word, std::string_view lang = "en-US") {
  for (const reading::WordAt& found : reading::unsure_in(text, {1, 1}, lang, {}).words)
    if (found.word == word) return found.shouted;
  return false;
}

TEST_CASE("a long word between words in capitals is shouted and no abbreviation") {
  CHECK(shouted("AGÍTESE ANTES DE USAR.", "AGÍTESE", "es"));
  CHECK(shouted("KEEP REFRIGERATED.", "REFRIGERATED"));
  // Short, or among words in small letters: written like an abbreviation.
  CHECK_FALSE(shouted("Stay WBAT now.", "WBAT"));
  CHECK_FALSE(shouted("Ask about CDCES visits.", "CDCES"));
  CHECK_FALSE(shouted("STAY NWB.", "NWB"));
}
