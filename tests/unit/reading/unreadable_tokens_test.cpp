// What `handout check` warns about: what the audio cannot read with confidence.
#include "reading/unreadable_tokens.h"

#include <doctest/doctest.h>

#include "content/handout_reader.h"
#include "sample_handout.h"

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

TEST_CASE("an unknown all-capitals word is located and says how to fix it") {
  const auto found = messages("Stay WBAT after the OCS visit.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].starts_with("3:10 warning: \"WBAT\" will be heard as"));
  CHECK(found[0].find("<say alias=\"…\">WBAT</say>") != std::string::npos);
  CHECK(found[0].find("lexicon") != std::string::npos);
  CHECK(found[1].starts_with("3:25 warning: \"OCS\""));
}

TEST_CASE("known acronyms lexicon words shouting and rules read with confidence are quiet") {
  model::Lexicon lexicon;
  lexicon.lexemes.push_back({{"WBAT"}, "weight bearing as tolerated", {}});
  CHECK(messages("Stay WBAT.", "en-US", lexicon).empty());
  CHECK(messages("Ask your PT about the MRI; take PRN.").empty());
  CHECK(messages("CALL YOUR DOCTOR NOW").empty());
  CHECK(messages("Take 1/2 tablet 3x/day, INR > 3.0, 38 ℃, Phase II, 555-0100").empty());
  CHECK(messages("Tome ½ tableta c/8 h, 1.ª visita", "es").empty());
}

TEST_CASE("letter and digit mixes and unknown symbols are warned about") {
  const auto found = messages("Keep SpO2 up † rest §");
  REQUIRE(found.size() == 3);
  CHECK(found[0].find("\"SpO2\"") != std::string::npos);
  CHECK(found[1].find("\"†\"") != std::string::npos);
  CHECK(found[2].find("\"§\"") != std::string::npos);
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
  const std::vector<model::Diagnostic> found = reading::unreadable_tokens(*handout, {});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.starts_with("\"WBAT\""));
  CHECK(found[0].at == model::Location{6, 7});
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
  const auto found = messages("Go to Room 4B.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("\"4B\"") != std::string::npos);
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
  for (const model::Diagnostic& d : reading::unreadable_tokens(*handout, {}))
    words.push_back(d.message.substr(0, d.message.find(' ')) + " " + std::to_string(d.at.line) +
                    ":" + std::to_string(d.at.column));
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
