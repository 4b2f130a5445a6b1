// The exercise samples of content/ read as a clinic wrote them: each exercise has its picture,
// large enough to print at 150 dpi across the large-print text width, a real description and
// its dose; the notes say how urgent they are; every picture in content/images is shown.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "content/description_warnings.h"
#include "sample_handout.h"

using namespace handout;

namespace {

template <typename T>
std::vector<const T*> all_of(const std::vector<model::Block>& blocks) {
  std::vector<const T*> out;
  for (const model::Block& block : blocks) {
    if (const auto* found = std::get_if<T>(&block)) out.push_back(found);
    if (const auto* section = std::get_if<model::Section>(&block))
      for (const T* inner : all_of<T>(section->blocks)) out.push_back(inner);
    if (const auto* exercise = std::get_if<model::Exercise>(&block))
      for (const T* inner : all_of<T>(exercise->blocks)) out.push_back(inner);
  }
  return out;
}

// 6.5 inches of text at 150 dots per inch.
constexpr int least_width = 975;

void check_exercises(const model::Handout& handout) {
  const auto exercises = all_of<model::Exercise>(handout.body);
  CHECK(exercises.size() == 6);
  for (const model::Exercise* exercise : exercises) {
    CAPTURE(exercise->id);
    const auto figures = all_of<model::Figure>(exercise->blocks);
    REQUIRE(figures.size() == 1);
    CHECK(figures[0]->picture.width >= least_width);
    CHECK(figures[0]->picture.format == model::PictureFormat::png);
    CHECK(model::plain_text(figures[0]->description).size() > 40);
    CHECK(exercise->dose().at.line > 0);
  }
  CHECK(content::description_warnings(handout).empty());
}

std::set<model::NoteKind> note_kinds(const model::Handout& handout) {
  std::set<model::NoteKind> kinds;
  for (const model::Note* note : all_of<model::Note>(handout.body)) kinds.insert(note->kind);
  return kinds;
}

}  // namespace

TEST_CASE("the low back sample is six exercises with pictures and doses and when to stop") {
  const model::Handout handout = testing::read_sample("low-back-exercises");
  check_exercises(handout);
  const auto exercises = all_of<model::Exercise>(handout.body);
  const model::Dose& knee_to_chest = exercises.front()->dose();
  CHECK(knee_to_chest.hold_seconds == 20);
  CHECK(knee_to_chest.reps == model::Count{3, 3});
  CHECK(knee_to_chest.side == model::Side::each);
  CHECK(knee_to_chest.times == model::Count{2, 3});
  CHECK(note_kinds(handout) ==
        std::set{model::NoteKind::important, model::NoteKind::emergency, model::NoteKind::warning});
  const auto notes = all_of<model::Note>(handout.body);
  CHECK(std::ranges::any_of(notes, [](const model::Note* note) {
    return note->kind == model::NoteKind::warning && !note->blocks.empty();
  }));
}

TEST_CASE("the knee sample has six exercises and every kind of note and a link with words") {
  const model::Handout handout = testing::read_sample("knee-strengthening");
  check_exercises(handout);
  const auto doses = all_of<model::Dose>(handout.body);
  CHECK(std::ranges::any_of(doses, [](const model::Dose* d) { return d->reps->is_range(); }));
  CHECK(
      std::ranges::any_of(doses, [](const model::Dose* d) { return d->per == model::Per::week; }));
  CHECK(
      std::ranges::any_of(doses, [](const model::Dose* d) { return d->rest_seconds.has_value(); }));
  CHECK(note_kinds(handout) == std::set{model::NoteKind::important, model::NoteKind::emergency,
                                        model::NoteKind::warning, model::NoteKind::tip});
  const auto notes = all_of<model::Note>(handout.body);
  CHECK(std::ranges::any_of(notes, [](const model::Note* note) {
    return std::ranges::any_of(note->blocks, [](const model::Block& block) {
      return std::holds_alternative<model::List>(block);
    });
  }));
  const auto& intro = std::get<model::Paragraph>(handout.body[1]);
  CHECK(std::ranges::any_of(intro.content, [](const model::Run& run) {
    return run.kind == model::RunKind::web && !run.href.empty();
  }));
}

TEST_CASE("every picture in content/images is shown by a sample") {
  std::set<std::string> shown;
  for (const std::string& id : testing::sample_ids()) {
    const model::Handout handout = testing::read_sample(id);
    for (const model::Figure* figure : all_of<model::Figure>(handout.body))
      shown.insert(figure->picture.src);
  }
  std::set<std::string> pictures;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::sample_content() / "images"))
    if (entry.path().extension() == ".png")
      pictures.insert("images/" + entry.path().filename().string());
  CHECK(shown == pictures);
}

TEST_CASE("the knee replacement sample has a schedule and a program table and two checklists") {
  const model::Handout handout = testing::read_sample("knee-replacement");
  const auto tables = all_of<model::Table>(handout.body);
  REQUIRE(tables.size() == 2);
  for (const model::Table* table : tables) {
    CHECK(table->caption);
    CHECK(table->columns() <= model::max_table_columns);
  }
  CHECK(model::plain_text(tables[0]->header.cells[0].content) == "Time");
  CHECK(model::plain_text(tables[1]->header.cells[0].content) == "Exercise");
  CHECK(std::ranges::any_of(tables[1]->rows, [](const model::Row& row) {
    return std::ranges::any_of(row.cells, &model::Cell::empty);
  }));
  const auto checklists = all_of<model::Checklist>(handout.body);
  REQUIRE(checklists.size() == 2);
  CHECK(std::ranges::count_if(checklists[0]->items, &model::Check::checked) == 3);
  CHECK(std::ranges::none_of(checklists[1]->items, &model::Check::checked));
}
