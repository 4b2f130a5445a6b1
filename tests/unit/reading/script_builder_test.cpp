// The spoken script of a small handout built in code: structure, numbering, announcements,
// pauses, the contact block, the lexicon and <say>.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "reading/script.h"
#include "reading/spoken_forms.h"
#include "reading/ssml.h"

using namespace handout;
using reading::build_script;

namespace {

model::Run run(model::RunKind kind, std::string printed, std::string alias = "",
               bool emphasis = false) {
  return model::Run{kind, std::move(printed), std::move(alias), emphasis, {}};
}

model::Inlines text(std::string words) {
  return {run(model::RunKind::text, std::move(words))};
}

model::Item item(std::string words) {
  return {text(std::move(words)), {}};
}

model::Clinic clinic() {
  model::Clinic c;
  c.name = {"Harbor Physio", {}};
  c.phone = model::Field{"(207) 555-0100", {}};
  c.email = model::Field{"desk@example.org", {}};
  c.web = model::Field{"https://www.example.org/", {}};
  model::Office office;
  office.name = model::Field{"Dock Office", {}};
  office.address = {{"1 Pier Road", {}}, {"Porttown, ME 04001", {}}};
  office.phone = model::Field{"207-555-0199", {}};
  office.hours = {{model::HoursKind::open, 0, 4, 8 * 60, 17 * 60, {}}};
  c.offices.push_back(office);
  return c;
}

model::Handout sample_handout(std::string lang = "en-US") {
  model::Handout h;
  h.file = "test.xml";
  h.id = "test";
  h.lang.tag = std::move(lang);
  h.revised = model::Date{2026, 3, 4};
  h.title = text("Walking Plan");
  h.subtitle = text("Start slowly");
  h.authors = {{"Ann Lee, PT", {}}, {"Bo Chen", {}}};
  h.body.emplace_back(model::Paragraph{text("Walking helps & heals."), {}});
  model::Section first{
      .id = "warm-up", .depth = 1, .heading = text("Warm up"), .blocks = {}, .at = {}};
  first.blocks.emplace_back(model::List{{item("Shoes"), item("Water"), item("Phone")}, {}});
  model::Section nested{
      .id = "walk", .depth = 2, .heading = text("The walk"), .blocks = {}, .at = {}};
  nested.blocks.emplace_back(model::Steps{{item("Stand tall"), item("Walk ten minutes")}, {}});
  nested.blocks.emplace_back(
      model::Note{model::NoteKind::important, text("Stop if it hurts"), {}, {}});
  first.blocks.emplace_back(std::move(nested));
  h.body.emplace_back(std::move(first));
  h.body.emplace_back(model::Contact{clinic(), {}, false});
  model::Section last{
      .id = "after", .depth = 1, .heading = text("Afterwards"), .blocks = {}, .at = {}};
  model::Inlines said = text("Rest ");
  said.push_back(run(model::RunKind::say, "2-3", "two or three"));
  said.push_back(run(model::RunKind::text, " days, ask your PT or call "));
  said.push_back(run(model::RunKind::phone, "(207) 555-0123"));
  said.push_back(run(model::RunKind::text, " or see "));
  said.push_back(run(model::RunKind::web, "https://example.org/rest"));
  said.push_back(run(model::RunKind::text, " or write to "));
  said.push_back(run(model::RunKind::email, "a.b@example.org", "", true));
  last.blocks.emplace_back(model::Paragraph{said, {}});
  h.body.emplace_back(std::move(last));
  return h;
}

model::Lexicon lexicon() {
  model::Lexicon l;
  l.lexemes.push_back({{"PT"}, "physical therapist", {}});
  return l;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// The script's text with the SSML tags taken out and white space collapsed.
std::string words_of(const std::string& ssml) {
  const std::string spaced = std::regex_replace(ssml, std::regex("<[^>]*>"), " ");
  return std::regex_replace(spaced, std::regex(" +"), " ");
}

}  // namespace

TEST_CASE("the script opens with title subtitle authors and a table of contents") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  const std::string words = words_of(ssml);
  const auto at = [&](const char* part) { return words.find(part); };
  CHECK(at("Walking Plan.") < at("Start slowly."));
  CHECK(at("Start slowly.") < at("By Ann Lee, physical therapist"));
  CHECK(at("and Bo Chen.") < at("This recording has 3 parts:"));
  CHECK(at("and Bo Chen.") <
        at("This recording has 3 parts: Warm up. How to reach us. Afterwards."));
  CHECK(at("Afterwards.") < at("Walking helps"));
  CHECK(ssml.starts_with("<speak version=\"1.0\""));
  CHECK(ssml.find("xml:lang=\"en-US\"") != std::string::npos);
}

TEST_CASE("above 8 parts the opening says how many and how to skip without listing them") {
  for (const int sections : {8, 41}) {
    model::Handout h = sample_handout();
    for (int i = 0; i < sections - 3; ++i)
      h.body.emplace_back(model::Section{.id = "extra-" + std::to_string(i),
                                         .depth = 1,
                                         .heading = text("Extra part " + std::to_string(i)),
                                         .blocks = {model::Paragraph{text("More."), {}}},
                                         .at = {}});
    const std::string words = words_of(build_script(h, lexicon()).ssml);
    CAPTURE(sections);
    const bool listed = words.find("This recording has " + std::to_string(sections) +
                                   " parts: Warm up.") != std::string::npos;
    CHECK(listed == (sections <= 8));
    const bool counted =
        words.find("This recording has " + std::to_string(sections) +
                   " parts. Each starts with its title; to skip to the next "
                   "part, use your player’s next chapter button.") != std::string::npos;
    CHECK(counted == (sections > 8));
  }
}

TEST_CASE("every text of the model is in the script") {
  const std::string words = words_of(build_script(sample_handout(), lexicon()).ssml);
  for (const char* part : {"Walking Plan",
                           "Start slowly",
                           "Ann Lee",
                           "Bo Chen",
                           "Walking helps &amp; heals.",
                           "Warm up",
                           "Shoes.",
                           "Water.",
                           "Phone.",
                           "The walk",
                           "Stand tall.",
                           "Walk ten minutes.",
                           "Stop if it hurts.",
                           "Harbor Physio",
                           "Dock Office",
                           "1 Pier Road",
                           "Porttown, Maine 0 4 0 0 1",
                           "Afterwards",
                           "Rest two or three days",
                           "example dot org slash rest",
                           "a dot b at example dot org",
                           "Monday to Friday, 8 AM to 5 PM",
                           "desk at example dot org",
                           "www dot example dot org",
                           "March 4, 2026",
                           "2 0 7 5 5 5 0 1 2 3"}) {
    CAPTURE(std::string(part));
    CHECK(words.find(part) != std::string::npos);
  }
}

TEST_CASE("lists are announced with their size and each item is a sentence with a pause") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  const std::size_t announced = ssml.find("A list of 3 items.");
  REQUIRE(announced != std::string::npos);
  CHECK(announced < ssml.find("Shoes"));
  CHECK(ssml.find("<s>Shoes.</s><break time=\"") != std::string::npos);
  CHECK(ssml.find("<s><mark name=\"u8-s1\"/>Phone.</s><break time=\"") != std::string::npos);
}

TEST_CASE("steps are numbered n of N and a note without a kind says Important first") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  CHECK(ssml.find("Step 1 of 2.") < ssml.find("Stand tall"));
  CHECK(ssml.find("Stand tall") < ssml.find("Step 2 of 2."));
  CHECK(ssml.find("Step 2 of 2.") < ssml.find("Walk ten minutes"));
  CHECK(ssml.find("Important.</s><s>Stop if it hurts.</s>") != std::string::npos);
}

TEST_CASE("the clinic's phone is said twice digit by digit in slower groups") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  const std::string digits = "2 0 7<break time=\"350ms\"/>5 5 5<break time=\"350ms\"/>0 1 0 0";
  CHECK(count(ssml, "<prosody rate=\"75%\">" + digits + "</prosody></s>") == 2);
  CHECK(ssml.find("Phone: <prosody") < ssml.find("Again: <prosody"));
  CHECK(count(ssml, "0 1 9 9</prosody>") == 2);  // the office's number too
  CHECK(count(ssml, "0 1 2 3</prosody>") == 1);  // a number in the text is said once
}

TEST_CASE("a mark starts every chapter and every heading follows a pause of at least 600 ms") {
  const reading::Script script = build_script(sample_handout(), lexicon());
  REQUIRE(script.chapters.size() == 5);
  const std::vector<std::string> ids{"intro", "warm-up", "walk", "contact", "after"};
  const std::vector<std::string> titles{"Walking Plan", "Warm up", "The walk", "How to reach us",
                                        "Afterwards"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    CAPTURE(i);
    CHECK(script.chapters[i].id == ids[i]);
    CHECK(script.chapters[i].title == titles[i]);
    const std::string mark = "<mark name=\"" + script.chapters[i].mark + "\"/>";
    const std::size_t at = script.ssml.find(mark);
    REQUIRE(at != std::string::npos);
    if (i == 0) continue;
    const std::string before = script.ssml.substr(0, at);
    static const std::regex pause("<break time=\"(\\d+)ms\"/>$");
    std::smatch found;
    REQUIRE(std::regex_search(before, found, pause));
    CHECK(std::stoi(found[1].str()) >= 600);
    CHECK(script.ssml.compare(at + mark.size(), 6, "<p><s>") == 0);
  }
}

TEST_CASE("a mark starts every sentence and added words follow their unit's first mark") {
  const reading::Script script = build_script(sample_handout(), lexicon());
  const std::string& ssml = script.ssml;
  std::vector<std::string> found;
  static const std::regex sentence_mark("<mark name=\"((?:u\\d+|contents|closing)-s\\d+)\"/>");
  for (auto it = std::sregex_iterator(ssml.begin(), ssml.end(), sentence_mark);
       it != std::sregex_iterator(); ++it)
    found.push_back((*it)[1].str());
  CHECK(found == script.sentence_marks);
  REQUIRE(found.size() >= 4);
  CHECK(found[0] == "u1-s1");  // the title, then the subtitle and the byline
  CHECK(ssml.find("<s><mark name=\"u1-s1\"/>Walking Plan.</s>") != std::string::npos);
  CHECK(ssml.find("<s><mark name=\"u3-s1\"/>By Ann Lee") != std::string::npos);
  // The spoken table of contents: a sentence for the count, one for each part.
  CHECK(ssml.find("<p><s><mark name=\"contents-s1\"/>This recording has 3 parts:</s><s><mark "
                  "name=\"contents-s2\"/>Warm up.</s><s><mark name=\"contents-s3\"/>How to reach "
                  "us.</s><s><mark name=\"contents-s4\"/>Afterwards.</s></p>") !=
        std::string::npos);
  // u4: the paragraph; u5: "Warm up"; u6-u8: the items, the first with the announcement.
  CHECK(ssml.find("<s><mark name=\"u6-s1\"/>A list of 3 items.</s><s>Shoes.</s>") !=
        std::string::npos);
  CHECK(ssml.find("<s><mark name=\"u10-s1\"/>Step 1 of 2.</s><s>Stand tall.</s>") !=
        std::string::npos);
  CHECK(ssml.find("<s><mark name=\"u12-s1\"/>Important.</s><s>Stop if it hurts.</s>") !=
        std::string::npos);
  CHECK(ssml.find("<mark name=\"chapter-3\"/><p><s><mark name=\"u13-s1\"/>How to reach us.") !=
        std::string::npos);
  CHECK(ssml.find("<p><s><mark name=\"u13-s2\"/>Dock Office.</s>") != std::string::npos);
  // The closing: the revision date, where the other formats are, the closing line with the
  // title, the thanks.
  CHECK(ssml.find("<p><s><mark name=\"closing-s1\"/>This handout was revised on") !=
        std::string::npos);
  CHECK(ssml.find("<s><mark name=\"closing-s2\"/>This handout is available in these formats: "
                  "large print,") != std::string::npos);
  CHECK(
      ssml.find("<s><mark name=\"closing-s3\"/>This is the end of the recording: Walking Plan.") !=
      std::string::npos);
  CHECK(ssml.find("<s><mark name=\"closing-s4\"/>Thank you for listening.</s></p>") !=
        std::string::npos);
  CHECK(script.sentence_marks.back() == "closing-s4");
}

TEST_CASE("where the other formats are is said with the published page read as an address") {
  for (const std::string lang : {"en-US", "es"}) {
    CAPTURE(lang);
    model::Handout h = sample_handout(lang);
    for (model::Block& block : h.body)
      if (auto* contact = std::get_if<model::Contact>(&block))
        contact->clinic.publish_base = "https://www.example.org/h/";
    const std::string ssml = build_script(h, lexicon()).ssml;
    const std::size_t at = ssml.find("<s><mark name=\"closing-s2\"/>");
    REQUIRE(at != std::string::npos);
    const std::string sentence = ssml.substr(at, ssml.find("</s>", at) - at);
    CHECK(sentence.find(lang == "es" ? "Este folleto está disponible en estos formatos: letra "
                                       "grande, grabación de audio,"
                                     : "This handout is available in these formats: large "
                                       "print, audio recording,") != std::string::npos);
    // Read as an address ("www dot example dot org slash h slash test dot html"), not spelt.
    const auto language = lang == "es" ? lang::Language::spanish : lang::Language::english;
    const std::string address =
        reading::spoken_web_address("www.example.org/h/test.html", language);
    CAPTURE(sentence);
    CHECK(sentence.find(address) != std::string::npos);
    CHECK(sentence.find("www.example.org") == std::string::npos);
  }
}

TEST_CASE("a later sentence's mark goes where the words before it end") {
  CHECK(reading::sentence_tail("Rest. ") == 4);
  CHECK(reading::sentence_tail("Is it sore? ") == 10);
  CHECK(reading::sentence_tail("<emphasis>keep moving.</emphasis> ") == 21);
  CHECK(reading::sentence_tail("(IMT). ") == 4);
  CHECK(reading::sentence_tail("he said &quot;stop.&quot; ") == 18);
  CHECK(reading::sentence_tail("0 1 0 0</prosody>. ") == 7);
  CHECK(reading::sentence_tail("no end") == 6);
  model::Handout h = sample_handout();
  h.body.front() = model::Paragraph{text("Rest a day. Then walk (slowly)! Done"), {}};
  const reading::Script script = build_script(h, lexicon());
  const std::string& ssml = script.ssml;
  CHECK(ssml.find("<s><mark name=\"u4-s1\"/>Rest a day<mark name=\"u4-s2\"/>. Then walk "
                  "(slowly<mark name=\"u4-s3\"/>)! Done.</s>") != std::string::npos);
  // Marks are recorded in the order they are written, also where words are added before them.
  std::size_t at = 0;
  for (const std::string& id : script.sentence_marks) {
    CAPTURE(id);
    const std::size_t found = ssml.find("<mark name=\"" + id + "\"/>");
    CHECK(found >= at);
    at = found;
  }
}

TEST_CASE("a note or step of two sentences has its marks in reading order") {
  model::Handout h = sample_handout();
  auto& section = std::get<model::Section>(h.body[1]);
  auto& walk = std::get<model::Section>(section.blocks[1]);
  std::get<model::Steps>(walk.blocks[0]).items[0] = item("Stand tall. Look ahead.");
  walk.blocks[1] =
      model::Note{model::NoteKind::important, text("Stop if it hurts. Call us."), {}, {}};
  const reading::Script script = build_script(h, lexicon());
  const std::vector<std::string> expected{"u10-s1", "u10-s2", "u11-s1", "u12-s1", "u12-s2"};
  const auto first = std::ranges::find(script.sentence_marks, "u10-s1");
  REQUIRE(script.sentence_marks.end() - first >= 5);
  CHECK(std::vector<std::string>(first, first + 5) == expected);
}

TEST_CASE("the lexicon and say aliases are applied and the printed form of say is not spoken") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  CHECK(ssml.find("ask your physical therapist") != std::string::npos);
  CHECK(ssml.find("PT") == std::string::npos);
  CHECK(ssml.find("2-3") == std::string::npos);
  CHECK(ssml.find("<emphasis>a dot b at example dot org</emphasis></s>") != std::string::npos);
}

TEST_CASE("a Spanish handout gets Spanish words and rules") {
  const std::string ssml = build_script(sample_handout("es"), lexicon()).ssml;
  for (const char* part :
       {"Esta grabación tiene 3 partes:", "Una lista de 3 elementos.", "Paso 1 de 2.",
        "Importante.</s>", "Teléfono:", "Repito:", "Por Ann Lee",
        "Horario: de lunes a viernes, de 8 de la mañana a 5 de la tarde.",
        "example punto org barra rest", "4 de marzo de 2026", "Gracias por escuchar."}) {
    CAPTURE(std::string(part));
    CHECK(ssml.find(part) != std::string::npos);
  }
}

TEST_CASE("no sentence ends with a full stop after a non-letter where eSpeak NG would say dot") {
  for (const char* lang : {"en-US", "es"}) {
    const std::string ssml = build_script(sample_handout(lang), lexicon()).ssml;
    CHECK(!std::regex_search(ssml, std::regex("[^A-Za-z0-9\\x80-\\xFF]\\.(</[a-z]+>)*</s>")));
    CHECK(ssml.find("Walking Plan.</s>") != std::string::npos);  // after a letter it stays
    CHECK(ssml.find(" 2.</s>") != std::string::npos);            // and after a digit
  }
}

TEST_CASE("the script ends with the revision date and a closing line") {
  const std::string ssml = build_script(sample_handout(), lexicon()).ssml;
  CHECK(ssml.find("This handout was revised on March 4, 2026.") > ssml.find("Afterwards"));
  CHECK(ssml.find("This is the end of the recording: Walking Plan.") > ssml.find("Afterwards"));
  CHECK(ssml.ends_with("</speak>\n"));
}

TEST_CASE("an English lexicon is not applied to a Spanish handout") {
  model::Lexicon english = lexicon();
  english.lang = {"en-US", {}};
  CHECK(build_script(sample_handout("en-GB"), english).ssml.find("ask your physical therapist") !=
        std::string::npos);
  const std::string spanish = build_script(sample_handout("es"), english).ssml;
  CHECK(spanish.find("physical therapist") == std::string::npos);
  CHECK(spanish.find("your PT or") != std::string::npos);
}
