// Stretches in another language than the handout's: said with that language's rules and voice;
// in a language eSpeak NG has no voice for, in the handout's voice; in a language the tool has
// no rules for, left as printed to that language's voice. `check` warns about the last two at
// the stretch's xml:lang.
#include "reading/stretch_languages.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reading/script.h"
#include "reading/voice_choice.h"

using namespace handout;

namespace {

// The languages of some of the voices eSpeak NG 1.51 speaks by itself: no Zulu among them.
const std::vector<std::string> stretch_voices = {"en-gb", "en-us", "es",    "es-419",
                                                 "fr-be", "fr-fr", "pt-br", "de"};

model::Run stretch_run(std::string text, std::string lang = "", model::Location at = {}) {
  model::Run run{model::RunKind::text, std::move(text), "", false, {}};
  run.lang = {std::move(lang), at};
  return run;
}

model::Handout handout_saying(model::Inlines paragraph, std::string lang = "en-US",
                              std::string clinic_lang = "") {
  model::Handout h;
  h.file = "stretch.xml";
  h.id = "stretch";
  h.lang.tag = std::move(lang);
  h.title = {stretch_run("Stretches")};
  h.body.emplace_back(model::Paragraph{std::move(paragraph), {}});
  if (!clinic_lang.empty()) {
    model::Clinic clinic;
    clinic.file = "clinic.xml";
    clinic.lang = std::move(clinic_lang);
    clinic.name = {"Kliniki ya Afya", {4, 9}};
    h.body.emplace_back(model::Contact{clinic, {}, false});
  }
  return h;
}

std::vector<std::string> stretch_warnings(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : reading::stretch_language_warnings(handout, stretch_voices)) {
    CHECK(d.severity == model::Severity::warning);
    out.push_back(d.file + ':' + std::to_string(d.at.line) + ':' + std::to_string(d.at.column) +
                  ' ' + d.message);
  }
  return out;
}

std::string script_of(const model::Handout& handout) {
  return reading::build_script(handout, {}, nullptr, stretch_voices).ssml;
}

}  // namespace

TEST_CASE("a voice is found for a language by its language subtag among the installed ones") {
  CHECK(reading::has_voice_for("fr-CA", stretch_voices));
  CHECK(reading::has_voice_for("ES-mx", stretch_voices));
  CHECK_FALSE(reading::has_voice_for("zu", stretch_voices));
  CHECK_FALSE(reading::has_voice_for("pt-x-bad-", stretch_voices));
  // No list: nothing is known, so nothing is said to be missing.
  CHECK(reading::has_voice_for("zu", {}));
}

TEST_CASE("a stretch in a language without a voice is warned about at its xml:lang") {
  const auto found = stretch_warnings(handout_saying(
      {stretch_run("Say "), stretch_run("Sawubona", "zu", {6, 18}), stretch_run(" to them.")}));
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("stretch.xml:6:18 eSpeak NG has no voice for Zulu (zu)"));
  CHECK(found[0].find("heard in the handout's voice (en-us)") != std::string::npos);
  // One warning for one stretch of several runs.
  model::Run emphasised = stretch_run("bona", "zu", {6, 18});
  emphasised.emphasis = true;
  CHECK(stretch_warnings(handout_saying({stretch_run("Sawu", "zu", {6, 18}), emphasised})).size() ==
        1);
}

TEST_CASE("a stretch without a voice is said in the handout's voice and never switches") {
  const std::string ssml = script_of(handout_saying(
      {stretch_run("Say "), stretch_run("Sawubona", "zu", {6, 18}), stretch_run(" at 3 PM.")}));
  CAPTURE(ssml);
  // eSpeak NG asked for a voice it lacks would switch to English and stay in it after.
  CHECK(ssml.find("<voice") == std::string::npos);
  CHECK(ssml.find("Say Sawubona at 3 PM.") != std::string::npos);
}

TEST_CASE("the clinic's details in a language without a voice are warned about in clinic.xml") {
  const auto found = stretch_warnings(handout_saying({stretch_run("Rest.")}, "en-US", "sw"));
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("clinic.xml:4:9 the clinic's name and addresses"));
  CHECK(stretch_warnings(handout_saying({stretch_run("Rest.")}, "en-US", "es")).empty());
}

TEST_CASE("a stretch in a language without rules is left to its voice and warned about") {
  const model::Handout handout =
      handout_saying({stretch_run("See "), stretch_run("le 12 mai à 15 h", "fr", {5, 14}),
                      stretch_run(" or call.")});
  const std::string ssml = script_of(handout);
  CAPTURE(ssml);
  // French digits are read by the French voice, not as English number words.
  CHECK(ssml.find("<voice xml:lang=\"fr-fr\">le 12 mai à 15 h</voice>") != std::string::npos);
  const auto found = stretch_warnings(handout);
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("stretch.xml:5:14 handout has no reading rules for French (fr)"));
  CHECK(found[0].find("\"12\"") != std::string::npos);
  // A name or a street has nothing the rules would read: no warning.
  CHECK(stretch_warnings(handout_saying({stretch_run("Rue de la Paix", "fr", {5, 14})})).empty());
}

TEST_CASE("a phone number in a stretch without rules is said by the rules around it") {
  model::Run phone{model::RunKind::phone, "(207) 555-0100", "", false, {}};
  phone.lang = {"fr", {5, 14}};
  const std::string ssml = script_of(
      handout_saying({stretch_run("Appelez le ", "fr", {5, 14}), phone, stretch_run(".")}));
  CAPTURE(ssml);
  CHECK(ssml.find("<voice xml:lang=\"fr-fr\">Appelez le </voice>") != std::string::npos);
  // Digit by digit in the handout's voice, after the French voice has stopped.
  CHECK(ssml.find("</voice><prosody rate=\"75%\">2 0 7") != std::string::npos);
}

TEST_CASE("a Spanish stretch in an English handout is read with the Spanish rules") {
  const std::string ssml = script_of(handout_saying(
      {stretch_run("Ask for "), stretch_run("el jueves 3/11 a las 7:30, 2 cm", "es", {5, 9}),
       stretch_run(" at 7:30 on 3/11.")}));
  CAPTURE(ssml);
  CHECK(ssml.find("<voice xml:lang=\"es\">el jueves 3 de noviembre a las 7 y media, dos "
                  "centímetros</voice>") != std::string::npos);
  CHECK(ssml.find("at 7:30 on March eleventh") != std::string::npos);
}

TEST_CASE("an English stretch in a Spanish handout is read with the English rules") {
  const std::string ssml = script_of(handout_saying(
      {stretch_run("Pregunte por "), stretch_run("Suite 2, 3x/day, 2 cm", "en-US", {5, 9}),
       stretch_run(" y 2 cm.")},
      "es-ES"));
  CAPTURE(ssml);
  CHECK(ssml.find("<voice xml:lang=\"en-us\">Suite 2, 3 times a day, 2 centimeters</voice> y dos "
                  "centímetros.") != std::string::npos);
}
