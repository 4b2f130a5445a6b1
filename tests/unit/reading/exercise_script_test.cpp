// The spoken script of pictures, exercises, doses, note kinds and links with words of their own:
// the exercise sampler (tests/data/exercise-content) in English, and a Spanish handout with the
// same blocks.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "content/handout_reader.h"
#include "lang/sentences.h"
#include "model/reading_order.h"
#include "reading/script.h"
#include "sample_handout.h"

using namespace handout;

namespace exercise_script {

const reading::Script& sampler_script() {
  static const model::Handout handout = testing::read_exercise_sampler();
  static const reading::Script script = reading::build_script(handout, {});
  return script;
}

model::Handout parsed(const std::string& xml, const std::string& id) {
  model::Diagnostics problems;
  std::optional<model::Handout> handout = content::parse_handout(
      xml, id + ".xml", {id, nullptr, testing::exercise_content()}, problems);
  for (const model::Diagnostic& d : problems) MESSAGE(d.message);
  REQUIRE(problems.empty());
  REQUIRE(handout);
  return std::move(*handout);
}

const reading::Script& spanish_script() {
  static const model::Handout handout = parsed(R"(<handout id="hombro" lang="es">
  <title>Ejercicios de hombro</title>
  <section>
  <heading>Su programa</heading>
  <p>Vea <web href="https://example.org/videos/pendulo">el video del péndulo</web>.</p>
  <exercise>
    <name>Péndulo</name>
    <figure src="images/pendulum.png">
      <description>Una persona inclinada hacia delante deja colgar un brazo.</description>
      <caption>Deje que el brazo se balancee.</caption>
    </figure>
    <dose sets="1" reps="8-12" hold="1" times="1" per="day" side="left"/>
  </exercise>
  <note kind="emergency">Llame al 911 si tiene dolor en el pecho.</note>
  <note kind="tip">
    <p>Use una toalla fina.</p>
  </note>
  </section>
</handout>
)",
                                               "hombro");
  static const reading::Script script = reading::build_script(handout, {});
  return script;
}

bool has(const std::string& ssml, const std::string& part) {
  return ssml.find(part) != std::string::npos;
}

}  // namespace exercise_script

TEST_CASE("a picture is said as Picture and its description where it stands then its caption") {
  const std::string& ssml = exercise_script::sampler_script().ssml;
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u10-s1\"/>Picture: A person bends forward at the hips with one "
      "hand on a table and lets the other arm hang straight down.</s><s><mark "
      "name=\"u11-s1\"/>Let the arm swing like a pendulum.</s></p>"));
  // Without a caption: the description alone.
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u17-s1\"/>Picture: Lying on the back, knees bent, the hips "
      "lifted off the floor.</s></p>"));
  CHECK(ssml.find("Picture: A person") > ssml.find("Pendulum."));
  CHECK(ssml.find("Picture: A person") < ssml.find("Lean on a table"));
}

TEST_CASE("each exercise is a chapter whose name is read as a heading") {
  const reading::Script& script = exercise_script::sampler_script();
  std::vector<std::string> ids, titles;
  for (const reading::ScriptChapter& chapter : script.chapters) {
    ids.push_back(chapter.id);
    titles.push_back(chapter.title);
  }
  CHECK(ids == std::vector<std::string>{"intro", "program", "pendulum", "bridge", "heel-slide",
                                        "contact"});
  CHECK(titles[2] == "Pendulum");
  CHECK(titles[3] == "Bridge");
  CHECK(titles[4] == "Heel slide");
  CHECK(exercise_script::has(script.ssml,
                             "<break time=\"700ms\"/><mark name=\"chapter-2\"/><p><s><mark "
                             "name=\"u9-s1\"/>Pendulum.</s></p><break time=\"400ms\"/>"));
}

TEST_CASE("a dose is one sentence with its unit's mark") {
  const std::string& ssml = exercise_script::sampler_script().ssml;
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u14-s1\"/>Do 2 sets of 10, holding each for 5 seconds, 3 times "
      "a day, on each side.</s></p>"));
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u18-s1\"/>Do 3 sets of 8 to 12, resting 30 seconds between sets, "
      "5 times a week.</s></p>"));
  CHECK(exercise_script::has(ssml,
                             "<p><s><mark name=\"u22-s1\"/>Do it once, left side only.</s></p>"));
}

TEST_CASE("a note says its label first and an urgent one follows a pause") {
  const std::string& ssml = exercise_script::sampler_script().ssml;
  // A note of blocks: its label is its own sentence, then its blocks as usual.
  CHECK(exercise_script::has(
      ssml,
      "<break time=\"600ms\"/><p><s><mark "
      "name=\"u4-s1\"/><emphasis>Emergency.</emphasis></s></p><p><s><mark "
      "name=\"u5-s1\"/>Call 9 1 1 right away if you have any of these:</s></p><p><s><mark "
      "name=\"u6-s1\"/>A list of 2 items.</s><s>Chest pain or trouble breathing.</s>"));
  CHECK(
      exercise_script::has(ssml,
                           "<p><s><mark name=\"u19-s1\"/>Tip.</s><s>Put a folded towel under your "
                           "head.</s></p>"));
  CHECK(exercise_script::has(
      ssml,
      "<break time=\"600ms\"/><p><s><mark "
      "name=\"u23-s1\"/><emphasis>Warning.</emphasis></s><s>Stop and call us if"));
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u24-s1\"/>Important.</s><s>Do only the exercises your "
      "therapist checked.</s></p>"));
  CHECK_FALSE(exercise_script::has(ssml, "Important:"));
}

TEST_CASE("a link with words says its words and never its address") {
  const std::string& ssml = exercise_script::sampler_script().ssml;
  CHECK(exercise_script::has(ssml, "Watch the pendulum video before you start"));
  CHECK_FALSE(exercise_script::has(ssml, "videos"));
  CHECK_FALSE(exercise_script::has(ssml, "example dot org slash videos"));
  // A link without words is its address, said as an address.
  CHECK(exercise_script::has(ssml, "or see www dot example dot org slash exercises."));
}

TEST_CASE("the new blocks' marks are in reading order and each unit's sentence is marked") {
  const reading::Script& script = exercise_script::sampler_script();
  const std::vector<std::string> expected{"u9-s1",  "u10-s1", "u11-s1", "u12-s1", "u13-s1",
                                          "u14-s1", "u15-s1", "u16-s1", "u17-s1", "u18-s1",
                                          "u19-s1", "u20-s1", "u21-s1", "u22-s1", "u23-s1"};
  const auto first = std::ranges::find(script.sentence_marks, "u9-s1");
  REQUIRE(script.sentence_marks.end() - first >= 15);
  CHECK(std::vector<std::string>(first, first + 15) == expected);
  std::size_t at = 0;
  for (const std::string& id : script.sentence_marks) {
    CAPTURE(id);
    const std::size_t found = script.ssml.find("<mark name=\"" + id + "\"/>");
    CHECK(found >= at);
    at = found;
  }
}

namespace exercise_script {

// Every sentence a read-along format highlights (model/reading_order.h), in reading order.
std::vector<std::string> shown_sentences(const model::Handout& handout) {
  std::vector<std::string> shown;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.text) {
      for (const lang::Sentence& sentence :
           lang::split_sentences(*unit.text, handout.lang, unit.id))
        shown.push_back(sentence.id);
    } else if (unit.kind == model::UnitKind::contact) {
      const auto& clinic = std::get<model::Contact>(*unit.block).clinic;
      for (int office = -1; office < static_cast<int>(clinic.offices.size()); ++office)
        shown.push_back(model::contact_sentence_id(unit.id, office));
    } else {  // the byline, a dose, a note of blocks' label
      shown.push_back(model::sentence_id(unit.id, 1));
    }
  }
  return shown;
}

void check_every_sentence_marked(const model::Handout& handout) {
  CAPTURE(handout.id);
  const reading::Script script = reading::build_script(handout, {});
  std::vector<std::string> marked;
  for (const std::string& id : script.sentence_marks)
    if (id.starts_with('u')) marked.push_back(id);
  CHECK(marked == shown_sentences(handout));
  // And in the script in that order (a mark recorded out of order is never reached).
  std::size_t at = 0;
  for (const std::string& id : script.sentence_marks) {
    const std::size_t found = script.ssml.find("<mark name=\"" + id + "\"/>");
    CHECK_MESSAGE(found >= at, id);
    at = found;
  }
}

}  // namespace exercise_script

TEST_CASE("the script marks every sentence of every unit the read-along formats show") {
  exercise_script::check_every_sentence_marked(testing::read_exercise_sampler());
  // The samples too: their descriptions, notes and steps have several sentences each.
  for (const std::string& id : testing::sample_ids())
    exercise_script::check_every_sentence_marked(testing::read_sample(id));
}

TEST_CASE("the spoken contents name the top-level exercises") {
  const model::Handout handout = exercise_script::parsed(R"(<handout id="two" lang="en-US">
  <title>Two exercises</title>
  <exercise><name>Wall push</name><dose reps="10"/></exercise>
  <exercise><name>Chin tuck</name><dose reps="5"/></exercise>
  <section><heading>After</heading><p>Rest.</p></section>
</handout>
)",
                                                         "two");
  const reading::Script script = reading::build_script(handout, {});
  CHECK(exercise_script::has(
      script.ssml,
      "This recording has 4 parts:</s><s><mark name=\"contents-s2\"/>Wall push.</s><s><mark "
      "name=\"contents-s3\"/>Chin tuck.</s><s><mark name=\"contents-s4\"/>After.</s>"));
  // A top-level exercise follows the pause of a top-level heading.
  CHECK(exercise_script::has(script.ssml, "<break time=\"900ms\"/><mark name=\"chapter-1\"/>"));
}

TEST_CASE("chapters that share a title are told apart by their section or a number") {
  const model::Handout handout = exercise_script::parsed(R"(<handout id="weeks" lang="en-US">
  <title>Weeks</title>
  <section><heading>Week 1</heading>
    <exercise><name>Bridge</name><dose reps="10"/></exercise>
  </section>
  <section><heading>Week 2</heading>
    <exercise><name>Bridge</name><dose reps="12"/></exercise>
    <exercise id="bridge-again"><name>Bridge</name><dose reps="14"/></exercise>
  </section>
</handout>
)",
                                                         "weeks");
  const reading::Script script = reading::build_script(handout, {});
  std::vector<std::string> titles;
  std::set<std::string> ids;
  for (const reading::ScriptChapter& chapter : script.chapters) {
    titles.push_back(chapter.title);
    ids.insert(chapter.id);
  }
  CHECK(titles == std::vector<std::string>{"Weeks", "Week 1", "Bridge", "Week 2", "Bridge (Week 2)",
                                           "Bridge (2)", "How to reach us"});
  CHECK(ids.size() == titles.size());
  // What is said is the name as printed.
  CHECK_FALSE(exercise_script::has(script.ssml, "(Week 2)"));
}

TEST_CASE("a Spanish handout says Imagen and its labels and doses in Spanish") {
  const std::string& ssml = exercise_script::spanish_script().ssml;
  CHECK(exercise_script::has(ssml, "Vea el video del péndulo."));
  CHECK_FALSE(exercise_script::has(ssml, "pendulo"));
  CHECK(exercise_script::has(
      ssml,
      "<s><mark name=\"u5-s1\"/>Imagen: Una persona inclinada hacia delante deja "
      "colgar un brazo.</s><s><mark name=\"u6-s1\"/>Deje que el brazo se "
      "balancee.</s>"));
  CHECK(exercise_script::has(
      ssml,
      "<s><mark name=\"u7-s1\"/>Haga una serie de ocho a doce repeticiones, manteniendo la "
      "posición un segundo en cada repetición, una vez al día, solo del lado "
      "izquierdo.</s>"));
  CHECK(exercise_script::has(
      ssml,
      "<break time=\"600ms\"/><p><s><mark "
      "name=\"u8-s1\"/><emphasis>Emergencia.</emphasis></s><s>Llame al 9 1 1"));
  CHECK(exercise_script::has(
      ssml,
      "<p><s><mark name=\"u9-s1\"/>Consejo.</s></p><p><s><mark name=\"u10-s1\"/>Use "
      "una toalla fina.</s></p>"));
}
