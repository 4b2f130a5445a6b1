// Tables and checklists in the spoken script (issue 25), on tests/data/table-content: a table
// is its caption, one sentence introducing it with its columns' names and one sentence a row
// (each value after its column's name, a blank cell left out); a checklist is announced and a
// ticked item says so first; in English and in Spanish. Every sentence of them has its mark,
// in reading order, and none of them is a chapter.
#include <doctest/doctest.h>

#include <algorithm>

#include "lang/sentences.h"
#include "model/reading_order.h"
#include "reading/script.h"
#include "sample_handout.h"

using namespace handout;

namespace table_script {

bool has(const std::string& ssml, const std::string& part) {
  return ssml.find(part) != std::string::npos;
}

// The marks of a script's sentences that belong to tables and checklists.
std::vector<std::string> table_marks(const model::Handout& handout,
                                     const std::vector<std::string>& marks) {
  std::vector<std::string> out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    const bool ours = unit.kind == model::UnitKind::table || unit.kind == model::UnitKind::row ||
                      unit.kind == model::UnitKind::checklist ||
                      unit.kind == model::UnitKind::check ||
                      (unit.kind == model::UnitKind::caption &&
                       std::holds_alternative<model::Table>(*unit.block));
    if (!ours) continue;
    for (const std::string& id : marks)
      if (id.starts_with(unit.id + "-s")) out.push_back(id);
  }
  return out;
}

// What the reading order says those sentences are: a text unit's sentences as lang cuts
// them, one sentence for a table's introduction, a row and a checklist's introduction.
std::vector<std::string> expected_marks(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.kind == model::UnitKind::table || unit.kind == model::UnitKind::row ||
        unit.kind == model::UnitKind::checklist) {
      out.push_back(model::sentence_id(unit.id, 1));
    } else if (unit.kind == model::UnitKind::check ||
               (unit.kind == model::UnitKind::caption &&
                std::holds_alternative<model::Table>(*unit.block))) {
      for (const lang::Sentence& s : lang::split_sentences(*unit.text, handout.lang, unit.id))
        out.push_back(s.id);
    }
  }
  return out;
}

model::Handout tabla_hielo() {
  return testing::read_handout_in(testing::table_content(), "tabla-hielo");
}

}  // namespace table_script

using table_script::has;

TEST_CASE("a table is its caption then an introduction with its columns then a sentence a row") {
  const reading::Script script = reading::build_script(testing::read_table_sampler(), {});
  const std::string& ssml = script.ssml;
  // u5: the caption; u6: the introduction; u7 to u10: the rows.
  CHECK(has(ssml,
            "<p><s><mark name=\"u5-s1\"/>Exercises for weeks 1 and 2.</s>"
            "<s><mark name=\"u6-s1\"/>A table of 4 rows: Exercise, Sets, Times, How "
            "often.</s>"));
  CHECK(has(ssml,
            "<s><mark name=\"u7-s1\"/>Pendulum: Sets, 2; Times, 10; How often, 3 times a "
            "day.</s><break time=\"500ms\"/>"));
  CHECK(has(ssml,
            "<s><mark name=\"u8-s1\"/>Heel slides: Sets, 3; Times, 8 to 12; How often, "
            "twice a day.</s>"));
  // Quad sets' "Times" is blank: the pair is left out, not said empty.
  CHECK(has(ssml,
            "<s><mark name=\"u9-s1\"/>Quad sets: Sets, 2; How often, every hour you are "
            "awake.</s>"));
  CHECK(has(ssml,
            "<s><mark name=\"u10-s1\"/>Ankle pumps: Sets, 1; Times, 20; How often, every "
            "hour.</s><break time=\"500ms\"/></p>"));
}

TEST_CASE("a table's cells are read as running text is") {
  const std::string ssml = reading::build_script(testing::read_table_sampler(), {}).ssml;
  // The schedule: amounts and clock times as a clinician says them.
  CHECK(has(ssml, "A table of 3 rows: Time, What to take, With."));
  CHECK(has(ssml,
            "<s><mark name=\"u20-s1\"/>8 AM: What to take, Acetaminophen 500 milligrams, "
            "2 tablets; With, breakfast.</s>"));
  CHECK(has(ssml,
            "<s><mark name=\"u21-s1\"/>noon: What to take, Ice pack, 20 minutes; With, a "
            "thin towel on your skin.</s>"));
  CHECK_FALSE(has(ssml, "500 mg"));
  CHECK_FALSE(has(ssml, "12 PM"));
  // A table without a caption starts with its introduction; the week's columns are days,
  // "Sat" and "Sun" too (words of their own in running text).
  CHECK(has(ssml,
            "<p><s><mark name=\"u25-s1\"/>A table of 2 rows: Exercise, Monday, Tuesday, "
            "Wednesday, Thursday, Friday, Saturday, Sunday.</s>"));
  CHECK(has(ssml,
            "<s><mark name=\"u27-s1\"/>Bridges: Monday, 8; Tuesday, 8; Wednesday, 10; "
            "Thursday, 10; Friday, 12; Saturday, 12; Sunday, rest.</s>"));
}

TEST_CASE("a checklist is announced and a ticked item says so first") {
  const std::string ssml = reading::build_script(testing::read_table_sampler(), {}).ssml;
  // u11: the introduction; u12 to u16: the items, the first two ticked.
  CHECK(has(ssml,
            "<p><s><mark name=\"u11-s1\"/>A checklist of 5 items.</s>"
            "<s><mark name=\"u12-s1\"/>Ticked: Heel slides.</s><break time=\"500ms\"/>"
            "<s><mark name=\"u13-s1\"/>Ticked: Quad sets.</s><break time=\"500ms\"/>"
            "<s><mark name=\"u14-s1\"/>Straight leg raise.</s><break time=\"500ms\"/>"
            "<s><mark name=\"u15-s1\"/>Walk with your walker for 5 minutes.</s>"
            "<break time=\"500ms\"/><s><mark name=\"u16-s1\"/>Ice your knee for 20 "
            "minutes.</s><break time=\"500ms\"/></p>"));
}

TEST_CASE("a Spanish table and checklist are said with Spanish words") {
  const std::string ssml = reading::build_script(table_script::tabla_hielo(), {}).ssml;
  // u1: the title; u2: the heading; u3: the caption; u4: the introduction; u5 and u6: the rows;
  // u7: the checklist; u8 and u9: its items.
  CHECK(has(ssml,
            "<p><s><mark name=\"u3-s1\"/>Hielo y ejercicios.</s>"
            "<s><mark name=\"u4-s1\"/>Una tabla de 2 filas: Hora, Qué hacer, Cuánto "
            "tiempo.</s>"));
  CHECK(has(ssml,
            "<s><mark name=\"u5-s1\"/>Mañana: Qué hacer, Hielo en la rodilla; Cuánto "
            "tiempo, 20 minutos.</s>"));
  CHECK(has(ssml, "<s><mark name=\"u6-s1\"/>Tarde: Qué hacer, Caminar.</s>"));
  CHECK(has(ssml,
            "<p><s><mark name=\"u7-s1\"/>Una lista de 2 casillas para marcar.</s>"
            "<s><mark name=\"u8-s1\"/>Marcado: Traiga su andador.</s><break "
            "time=\"500ms\"/><s><mark name=\"u9-s1\"/>Traiga su lista de medicinas.</s>"));
  CHECK_FALSE(has(ssml, "Ticked"));
  CHECK_FALSE(has(ssml, "table of"));
}

TEST_CASE("every sentence of a table or checklist has its mark once in reading order") {
  for (const model::Handout& handout :
       {testing::read_table_sampler(), table_script::tabla_hielo(),
        testing::read_handout_in(testing::table_content(), "long-table")}) {
    CAPTURE(handout.id);
    const reading::Script script = reading::build_script(handout, {});
    const std::vector<std::string> expected = table_script::expected_marks(handout);
    CHECK(table_script::table_marks(handout, script.sentence_marks) == expected);
    CHECK(!expected.empty());
    // Each mark is in the SSML once, in the order the list gives.
    std::size_t at = 0;
    for (const std::string& id : script.sentence_marks) {
      CAPTURE(id);
      const std::string tag = "<mark name=\"" + id + "\"/>";
      const std::size_t found = script.ssml.find(tag);
      REQUIRE(found != std::string::npos);
      CHECK(found >= at);
      CHECK(script.ssml.find(tag, found + 1) == std::string::npos);
      at = found;
    }
  }
}

TEST_CASE("tables and checklists are not chapters") {
  const reading::Script script = reading::build_script(testing::read_table_sampler(), {});
  std::vector<std::string> ids;
  for (const reading::ScriptChapter& chapter : script.chapters) ids.push_back(chapter.id);
  CHECK(ids == std::vector<std::string>{"intro", "program", "schedule", "wide", "contact"});
}

TEST_CASE("a cell's own full stop or colon does not clash with the row's") {
  model::Handout handout = testing::read_table_sampler();
  auto& section = std::get<model::Section>(handout.body[1]);
  auto& table = std::get<model::Table>(section.blocks[0]);
  table.rows[0].cells[3].content.back().text = "3 times a day.";
  table.header.cells[1].content.back().text = "Sets:";
  table.rows[1].cells[0].content.back().text = "Heel slides at 8 a.m.";
  table.rows[3].cells[2].content.back().text = ".";
  const std::string ssml = reading::build_script(handout, {}).ssml;
  CHECK(has(ssml, "A table of 4 rows: Exercise, Sets, Times, How often."));
  CHECK(has(ssml, "Pendulum: Sets, 2; Times, 10; How often, 3 times a day.</s>"));
  // An abbreviation's full stop is read with it before the row's takes its place.
  CHECK(has(ssml, "Heel slides at 8 AM: Sets, 3;"));
  // A cell of nothing but a full stop is blank.
  CHECK(has(ssml, "Ankle pumps: Sets, 1; How often, every hour.</s>"));
}
