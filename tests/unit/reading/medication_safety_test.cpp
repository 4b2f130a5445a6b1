// What `handout check` warns about from The Joint Commission's "Do Not Use" list and ISMP's
// lists of error-prone abbreviations: located, naming the list and the safe way to write it.
#include "reading/medication_safety.h"

#include <doctest/doctest.h>

#include "sample_handout.h"

using namespace handout;

namespace {

std::vector<std::string> safety_warnings(std::string_view text, std::string_view lang = "en-US") {
  const std::string language = model::LanguageTag{std::string(lang), {}}.primary();
  std::vector<std::string> out;
  for (const model::Diagnostic& d : reading::medication_safety(
           text, {7, 3}, lang, &testing::shipped_clinical_lexicon(language))) {
    CHECK(d.severity == model::Severity::warning);
    out.push_back(std::to_string(d.at.line) + ':' + std::to_string(d.at.column) + ' ' + d.message);
  }
  return out;
}

}  // namespace

TEST_CASE("a Do Not Use abbreviation is warned about at its place naming the list") {
  const auto found = safety_warnings("Inject 12 U before supper");
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("7:13 \"U\" is on The Joint Commission's \"Do Not Use\" list"));
  CHECK(found[0].find("ISMP's List of Error-Prone Abbreviations") != std::string::npos);
  CHECK(found[0].find("write \"units\"") != std::string::npos);
  CHECK(found[0].find("the recording says \"units\"") != std::string::npos);
}

TEST_CASE("each kind of the lists is found") {
  CHECK(safety_warnings("Take 1 tablet QOD").size() == 1);
  CHECK(safety_warnings("Take 1 tablet q.d. with food").size() == 1);
  CHECK(safety_warnings("Give 4 mg MS now").at(0).find("more than one meaning") !=
        std::string::npos);
  CHECK(safety_warnings("Inject 5 mg SQ").at(0).find("\"5 every\"") != std::string::npos);
  CHECK(safety_warnings("Give 2 mg MSO4").size() == 1);
  CHECK(safety_warnings("Use 3 cc of saline").at(0).find("write \"mL\"") != std::string::npos);
  CHECK(safety_warnings("Take 50 µg").at(0).find("write \"mcg\"") != std::string::npos);
  CHECK(safety_warnings("Stop it at D/C").size() == 1);
  CHECK(safety_warnings("Take 2 tabs @ noon").at(0).find("write \"at\"") != std::string::npos);
  CHECK(safety_warnings("Call if it is > 101 degrees").size() == 1);
}

TEST_CASE("a dose number without its leading zero or with a trailing zero is warned about") {
  const auto leading = safety_warnings("Take .5 mg at night");
  REQUIRE(leading.size() == 1);
  CHECK(leading[0].starts_with("7:8 \".5\" is a dose with no zero before its decimal point"));
  CHECK(leading[0].find("write \"0.5\"") != std::string::npos);
  const auto trailing = safety_warnings("Take 10.0 mg");
  REQUIRE(trailing.size() == 1);
  CHECK(trailing[0].find("read as \"100\"") != std::string::npos);
  CHECK(trailing[0].find("write \"10\"") != std::string::npos);
}

TEST_CASE("safe writing and other contexts are quiet") {
  CHECK(safety_warnings("Inject 12 units before supper").empty());
  CHECK(safety_warnings("Take 0.5 mg or 10 mg daily").empty());
  CHECK(safety_warnings("Your INR should be 2.0 to 3.0").empty());
  CHECK(safety_warnings("Read Plan U and the Q&A").empty());
  CHECK(safety_warnings("Call +1 207 555 0100 or desk@example.org").empty());
  CHECK(safety_warnings("USE AS DIRECTED").empty());
}

TEST_CASE("Spanish handouts are warned about in Spanish text") {
  const auto found = safety_warnings("Inyecte 10 U antes de cenar", "es");
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("ISMP España") != std::string::npos);
  CHECK(found[0].find("write \"unidades\"") != std::string::npos);
  CHECK(found[0].find("the recording says \"unidades\"") != std::string::npos);
  CHECK(safety_warnings("Tome 2,0 mg", "es").size() == 1);
  CHECK(safety_warnings("Tome 5.000 mg", "es").empty());
  CHECK(safety_warnings("Tome ,5 mg", "es").at(0).find("write \"0,5\"") != std::string::npos);
}

TEST_CASE("PM after a time is the time and elsewhere is warned about as ambiguous") {
  CHECK(safety_warnings("Come at 3 PM or 3:30 PM.").empty());
  // In a dose it is the evening's.
  CHECK(safety_warnings("Take 10 mg AM and 5 mg PM.").empty());
  // A number after a comma or a room's is no dose: PM there is still ambiguous.
  CHECK(safety_warnings("Go to the PM clinic, room 4.").size() == 1);
  CHECK(safety_warnings("Ask for the PM desk at suite 12").size() == 1);
  const auto found = safety_warnings("Ask the PM clinic");
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("7:11 \"PM\" has more than one meaning"));
  CHECK(found[0].find("the recording says \"P M\"") != std::string::npos);
  // "Physical medicine and rehabilitation" has one meaning.
  CHECK(safety_warnings("See the PM&R team").empty());
  CHECK(safety_warnings("Venga a las 3 PM.", "es").empty());
  CHECK(safety_warnings("Vaya a la consulta de PM.", "es").size() == 1);
}

TEST_CASE("MS and PT are read by their context or warned about in both languages") {
  // A credential after a name is said as its letters with no warning.
  CHECK(safety_warnings("Jo Ng, MS, PT").empty());
  CHECK(safety_warnings("Ana Gil, MS, PT", "es").empty());
  CHECK(safety_warnings("Living with MS").at(0).find("\"multiple sclerosis\"") !=
        std::string::npos);
  CHECK(safety_warnings("Vivir con MS", "es").size() == 1);
  // Every meaning of PT in an English handout is said "P T"; a Spanish one has no Spanish PT.
  CHECK(safety_warnings("Ask your PT.").empty());
  CHECK(safety_warnings("Pregunte a su PT.", "es").at(0).find("fisioterapeuta") !=
        std::string::npos);
}

namespace {

model::Run text_run(std::string text, std::string lang = "") {
  model::Run run{model::RunKind::text, std::move(text), "", false, {}};
  run.lang = {std::move(lang), {}};
  return run;
}

std::vector<std::string> handout_warnings(model::Inlines paragraph, const std::string& lang) {
  model::Handout h;
  h.file = "stretch.xml";
  h.id = "stretch";
  h.lang.tag = lang;
  h.title = {text_run("Insulin")};
  h.body.emplace_back(model::Paragraph{std::move(paragraph), {}});
  const std::string language = model::LanguageTag{lang, {}}.primary();
  std::vector<std::string> out;
  for (const model::Diagnostic& d :
       reading::medication_safety(h, &testing::shipped_clinical_lexicon(language)))
    out.push_back(d.message);
  return out;
}

}  // namespace

TEST_CASE("a stretch in another language is not read with the handout's lists") {
  // The recording reads a Spanish stretch by the Spanish rules, without the English lexicon:
  // its "PM" is no English ambiguity, and "U" after a number is not said "units".
  CHECK(handout_warnings({text_run("Ask at the PM desk.")}, "en-US").size() == 1);
  CHECK(
      handout_warnings({text_run("Lea: "), text_run("la consulta de PM abre tarde", "es")}, "en-US")
          .empty());
  // Its dose numbers are still checked, as its language writes them: "2,0 mg" in Spanish.
  const auto found =
      handout_warnings({text_run("Dice: "), text_run("tome 2,0 mg al día", "es")}, "en-US");
  REQUIRE(found.size() == 1);
  CHECK(found[0].starts_with("\"2,0\" is a dose with a trailing zero"));
  // A stretch in the handout's own language keeps its lists.
  CHECK(handout_warnings({text_run("Inject 10 U now", "en-GB")}, "en-US").size() == 1);
}
