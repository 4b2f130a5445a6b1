// Which eSpeak NG voice says a handout and the stretches in another language: the voice of the
// nearest region (ICU's region containment), and SSML <voice> switches around words in the
// clinic's language and around <lang> runs.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "reading/script.h"
#include "reading/voice_choice.h"

using namespace handout;
using reading::voice_language;

namespace {

// The languages of the voices eSpeak NG 1.51 speaks by itself for English, Spanish,
// Portuguese and French.
const std::vector<std::string> voices = {"en-029", "en-gb", "en-gb-scotland", "en-gb-x-rp",
                                         "en-us",  "es",    "es-419",         "fr-be",
                                         "fr-fr",  "pt",    "pt-br"};

std::string voice(const std::string& tag, const std::string& clinic = "") {
  return voice_language(tag, clinic, voices);
}

model::Run words(std::string text, std::string lang = "") {
  model::Run run{model::RunKind::text, std::move(text), "", false, {}};
  run.lang.tag = std::move(lang);
  return run;
}

model::Handout spanish_handout(std::string clinic_lang, model::Inlines paragraph = {}) {
  model::Clinic clinic;
  clinic.lang = std::move(clinic_lang);
  clinic.name = {"Orthopedic Rehabilitation Associates", {}};
  clinic.phone = model::Field{"(207) 555-0100", {}};
  model::Office office;
  office.name = model::Field{"Oficina de Main Street", {}};
  office.address = {{"100 Main Street", {}}, {"Anytown, ME 04000", {}}};
  clinic.offices.push_back(office);
  model::Handout h;
  h.file = "calor.xml";
  h.id = "calor";
  h.lang.tag = "es";
  h.title = {words("Calor")};
  if (paragraph.empty()) paragraph = {words("Use calor.")};
  h.body.emplace_back(model::Paragraph{paragraph, {}});
  h.body.emplace_back(model::Contact{clinic, {}, false});
  return h;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The text between `open` and the next "</voice>".
std::string voiced_after(const std::string& ssml, const std::string& open) {
  const std::size_t start = ssml.find(open);
  if (start == std::string::npos) return "";
  const std::size_t from = start + open.size();
  return ssml.substr(from, ssml.find("</voice>", from) - from);
}

}  // namespace

TEST_CASE("Spanish for the Americas speaks with the Latin American voice") {
  for (const char* tag : {"es-MX", "es-US", "es-419", "es-AR", "es-PR", "es-CO"}) {
    CAPTURE(tag);
    CHECK(voice(tag) == "es-419");
  }
}

TEST_CASE("Spanish for Spain or with no region speaks with Spain's voice") {
  CHECK(voice("es-ES") == "es");
  CHECK(voice("es") == "es");
  CHECK(voice("es-GQ") == "es");  // Equatorial Guinea: Africa, no voice of its own
}

TEST_CASE("a Spanish handout without a region takes the region of its clinic") {
  CHECK(voice("es", "en-US") == "es-419");
  CHECK(voice("es", "es-MX") == "es-419");
  CHECK(voice("es", "en-GB") == "es");
  CHECK(voice("es", "en") == "es");        // a clinic tag with no region says nothing
  CHECK(voice("es-ES", "en-US") == "es");  // the handout's own region comes first
}

TEST_CASE("English and other languages take the voice of the nearest region") {
  CHECK(voice("en-US") == "en-us");
  CHECK(voice("en-CA") == "en-us");  // Northern America, not the Caribbean
  CHECK(voice("en-JM") == "en-029");
  CHECK(voice("en-GB") == "en-gb");  // the shortest of the British voices
  CHECK(voice("en-IE") == "en-gb");
  CHECK(voice("en") == "en-us");  // ICU's likely region for English
  CHECK(voice("pt-BR") == "pt-br");
  CHECK(voice("pt-AO") == "pt");
  CHECK(voice("fr-CH") == "fr-fr");  // Western Europe, as France and Belgium
}

TEST_CASE("with no voice near the language subtag lets eSpeak NG choose") {
  CHECK(voice("en-AU") == "en");
  CHECK(voice("fr-CA") == "fr");
  CHECK(voice("de-DE") == "de");
  CHECK(voice_language("es-MX", "", {}) == "es-MX");  // no voices listed: the tag as written
}

TEST_CASE("the script names its voice in speak") {
  const reading::Script script =
      reading::build_script(spanish_handout("en-US"), {}, nullptr, voices);
  CHECK(script.voice == "es-419");
  CHECK(script.ssml.find("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" "
                         "xml:lang=\"es-419\">") == 0);
  const reading::Script spain =
      reading::build_script(spanish_handout("es-ES"), {}, nullptr, voices);
  CHECK(spain.voice == "es");
}

TEST_CASE("the clinic's name and address in its own language are said with its voice") {
  const std::string ssml =
      reading::build_script(spanish_handout("en-US"), {}, nullptr, voices).ssml;
  CAPTURE(ssml);
  const std::string open = "<voice xml:lang=\"en-us\">";
  CHECK(voiced_after(ssml, open).starts_with("Orthopedic Rehabilitation Associates"));
  CHECK(ssml.find(open + "100 Main Street</voice>") != std::string::npos);
  CHECK(ssml.find(open + "Anytown, Maine 0 4 0 0 0</voice>") != std::string::npos);
  CHECK(occurrences(ssml, "<voice ") ==
        3);  // not the phone number, the office's name or the labels
  CHECK(occurrences(ssml, "<voice ") == occurrences(ssml, "</voice>"));
}

TEST_CASE("a clinic in the handout's language or in none switches no voice") {
  CHECK(reading::build_script(spanish_handout("es-MX"), {}, nullptr, voices).ssml.find("<voice") ==
        std::string::npos);
  CHECK(reading::build_script(spanish_handout(""), {}, nullptr, voices).ssml.find("<voice") ==
        std::string::npos);
}

TEST_CASE("a lang run is said with its language's voice and rules") {
  const model::Inlines paragraph = {words("Dice "), words("take 1/2 tablet", "en-US"),
                                    words(" hoy.")};
  const std::string ssml =
      reading::build_script(spanish_handout("", paragraph), {}, nullptr, voices).ssml;
  CAPTURE(ssml);
  // English rules read "1/2" as English words; the voice switches back after them.
  CHECK(ssml.find("Dice <voice xml:lang=\"en-us\">take half a tablet</voice> hoy.") !=
        std::string::npos);
}

TEST_CASE("adjacent runs of one language are one voice and the handout's own language none") {
  model::Run emphasised = words("Street", "en");
  emphasised.emphasis = true;
  const model::Inlines paragraph = {words("En "), words("Main ", "en"), emphasised, words(" o en "),
                                    words("Calle Mayor", "es-ES")};
  const std::string ssml =
      reading::build_script(spanish_handout("", paragraph), {}, nullptr, voices).ssml;
  CHECK(ssml.find("En <voice xml:lang=\"en-us\">Main <emphasis>Street</emphasis></voice> o en "
                  "Calle Mayor.") != std::string::npos);
}
