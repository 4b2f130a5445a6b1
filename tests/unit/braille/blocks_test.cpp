// The blocks of exercise handouts on a fake translator: a picture's description as a
// transcriber's note in 7-5, exercises as headings at their level, the dose line, notes boxed
// under their label, and links followed by their address.
#include <doctest/doctest.h>

#include "layout_lines.h"
#include "model_builders.h"

namespace handout::test {

namespace {

model::Block figure_of(const std::string& description, std::optional<std::string> caption = {}) {
  model::Figure figure;
  figure.description = runs(description);
  if (caption) figure.caption = runs(*caption);
  return figure;
}

model::Dose full_dose() {
  model::Dose dose;
  dose.sets = model::Count{2, 2};
  dose.reps = model::Count{10, 10};
  dose.hold_seconds = 5;
  dose.times = model::Count{3, 3};
  dose.side = model::Side::each;
  return dose;
}

model::Block exercise_of(const std::string& name, int depth, std::vector<model::Block> blocks) {
  blocks.push_back(full_dose());
  return model::Exercise{"", depth, runs(name), std::move(blocks), {}};
}

model::Block inline_note(model::NoteKind kind, const std::string& text) {
  return model::Note{kind, runs(text), {}, {}};
}

model::Handout in_spanish(model::Handout h) {
  h.lang.tag = "es";
  return h;
}

// The lines from `first` to the next bottom box line, both included.
std::vector<std::string> box_at(const std::vector<std::string>& lines, std::size_t first) {
  std::vector<std::string> out;
  for (std::size_t k = first; k < lines.size(); ++k) {
    out.push_back(lines[k]);
    if (k > first && lines[k].starts_with("GGG")) break;
  }
  return out;
}

}  // namespace

TEST_CASE("a picture's description is a transcriber's note in 7-5 where the picture stands") {
  const auto lines = text_lines(fake_pages(handout(
      {paragraph("BEFORE"), figure_of(words(20, "D"), "LET THE ARM SWING"), paragraph("AFTER")})));
  const std::size_t at = index_of(lines, "BEFORE") + 1;
  CHECK(lines[at] == "      @.<PICTURE: D1 D2 D3 D4 D5 D6 D7");
  CHECK(lines[at + 1] == "    D8 D9 D10 D11 D12 D13 D14 D15 D16");
  CHECK(lines[at + 2] == "    D17 D18 D19 D20@.>");
  // Then the caption print shows under the picture, as a paragraph, and the text goes on.
  CHECK(lines[at + 3] == "  LET THE ARM SWING");
  CHECK(lines[at + 4] == "  AFTER");
}

TEST_CASE("a picture without a caption is its transcriber's note alone") {
  const auto lines =
      text_lines(fake_pages(handout({figure_of("A KNEE BENT"), paragraph("AFTER")})));
  const std::size_t at = index_of(lines, "A KNEE BENT");
  CHECK(lines[at] == "      @.<PICTURE: A KNEE BENT@.>");
  CHECK(lines[at + 1] == "  AFTER");
}

TEST_CASE("the word before a description is in the handout's language") {
  const auto lines = text_lines(fake_pages(in_spanish(handout({figure_of("UNA RODILLA")}))));
  CHECK(lines[index_of(lines, "UNA RODILLA")] == "      @.<IMAGEN: UNA RODILLA@.>");
}

TEST_CASE("an exercise's name is a heading at its level and its blocks follow") {
  const auto lines = text_lines(fake_pages(handout(
      {section("PROGRAM", 1, {exercise_of("PENDULUM", 2, {paragraph("LEAN ON A TABLE")})})})));
  const std::size_t at = index_of(lines, "PENDULUM");
  CHECK(lines[at - 1].empty());
  CHECK(lines[at] == "    PENDULUM");
  CHECK(lines[at + 1] == "  LEAN ON A TABLE");
  CHECK(lines[at + 2].starts_with("  DOSE: "));
}

TEST_CASE("an exercise at the top level is centred and one below a level-2 section in cell 7") {
  const auto top = text_lines(fake_pages(handout({exercise_of("BRIDGE", 1, {})})));
  CHECK(indent(top[index_of(top, "BRIDGE")]) > 6);
  const auto below =
      text_lines(fake_pages(handout({section("HIPS", 2, {exercise_of("BRIDGE", 3, {})})})));
  const std::size_t at = index_of(below, "BRIDGE");
  CHECK(below[at - 1] == "    HIPS");
  CHECK(below[at] == "      BRIDGE");
}

TEST_CASE("an exercise below a level-3 section shares cell 7 after a blank line") {
  const model::Block three = section("THREE", 3, {exercise_of("HEEL SLIDE", 4, {})});
  const model::Block two = section("TWO", 2, {three});
  const auto lines = text_lines(fake_pages(handout({section("ONE", 1, {two})})));
  const std::size_t at = index_of(lines, "THREE");
  CHECK(lines[at - 1] == "    TWO");
  CHECK(lines[at] == "      THREE");
  // The blank line keeps the exercise from reading as the runover of the section's heading.
  CHECK(lines[at + 1].empty());
  CHECK(lines[at + 2] == "      HEEL SLIDE");
  CHECK(lines[at + 3].starts_with("  DOSE: "));
}

TEST_CASE("the dose line is a paragraph whose parts are separated by semicolons") {
  const auto lines = text_lines(fake_pages(handout({exercise_of("PENDULUM", 1, {})})));
  const std::size_t at = index_of(lines, "DOSE:");
  CHECK(lines[at] + ' ' + lines[at + 1] ==
        "  DOSE: 2 SETS; 10 TIMES; HOLD 5 SECONDS; 3 TIMES A DAY; EACH SIDE");
}

TEST_CASE("the Spanish dose line has semicolons too and no middle dot") {
  const auto lines = text_lines(fake_pages(in_spanish(handout({exercise_of("PENDULO", 1, {})}))));
  const std::size_t at = index_of(lines, "DOSIS:");
  const std::string dose = lines[at] + ' ' + lines[at + 1];
  CHECK(dose.starts_with("  DOSIS: 2 SERIES; 10 VECES; MANTENER 5 SEGUNDOS; 3 VECES AL D=A;"));
  CHECK(dose.find(" = ") == std::string::npos);  // the fake's mark of any other character
}

TEST_CASE("a note's label comes first inside its box") {
  const auto lines = text_lines(
      fake_pages(handout({inline_note(model::NoteKind::tip, "PUT A TOWEL UNDER YOUR HEAD")})));
  const std::size_t top = index_of(lines, "7777");
  const std::vector<std::string> box = box_at(lines, top);
  REQUIRE(box.size() == 4);
  CHECK(box[0] == std::string(40, '7'));
  CHECK(box[1] == std::string(18, ' ') + "TIP");
  CHECK(box[2] == "  PUT A TOWEL UNDER YOUR HEAD");
  CHECK(box[3] == std::string(40, 'G'));
}

TEST_CASE("a note of blocks boxes its label and all its blocks together") {
  const auto lines = text_lines(fake_pages(handout(
      {note_of(model::NoteKind::emergency, {paragraph("CALL 911 IF YOU HAVE:"),
                                            list({"CHEST PAIN", "WEAKNESS"}), list({"SIT"}, true)}),
       paragraph("AFTER")})));
  const std::vector<std::string> box = box_at(lines, index_of(lines, "7777"));
  REQUIRE(box.size() == 7);
  CHECK(box[1] == std::string(15, ' ') + "EMERGENCY");
  CHECK(box[2] == "  CALL 911 IF YOU HAVE:");
  CHECK(box[3] == "_4 CHEST PAIN");
  CHECK(box[4] == "_4 WEAKNESS");
  CHECK(box[5] == "1. SIT");
  CHECK(box[6] == std::string(40, 'G'));
  CHECK(lines[index_of(lines, "AFTER")] == "  AFTER");
}

TEST_CASE("each kind of note has its own label in the handout's language") {
  using Kind = model::NoteKind;
  const std::vector<model::Block> notes{
      inline_note(Kind::important, "A"), inline_note(Kind::emergency, "B"),
      inline_note(Kind::warning, "C"), inline_note(Kind::tip, "D")};
  const std::vector<std::pair<model::Handout, std::vector<std::string>>> cases{
      {handout(notes), {"IMPORTANT", "EMERGENCY", "WARNING", "TIP"}},
      {in_spanish(handout(notes)), {"IMPORTANTE", "EMERGENCIA", "ADVERTENCIA", "CONSEJO"}}};
  for (const auto& [h, labels] : cases) {
    const auto lines = text_lines(fake_pages(h));
    std::size_t from = 0;
    for (const std::string& label : labels) {
      const auto at =
          std::find(lines.begin() + static_cast<std::ptrdiff_t>(from), lines.end(),
                    std::string(static_cast<std::size_t>(40 - label.size()) / 2, ' ') + label);
      REQUIRE_MESSAGE(at != lines.end(), label);
      CHECK(*(at - 1) == std::string(40, '7'));
      from = static_cast<std::size_t>(at - lines.begin());
    }
  }
}

TEST_CASE("two notes in a row are set off by a blank line") {
  const auto lines =
      text_lines(fake_pages(handout({inline_note(model::NoteKind::warning, "STOP"),
                                     inline_note(model::NoteKind::important, "ONLY THESE")})));
  const std::size_t end = index_of(lines, "GGGG");
  CHECK(lines[end + 1].empty());
  CHECK(lines[end + 2] == std::string(40, '7'));
}

TEST_CASE("a box's top line and label never end a page and a line of the note follows them") {
  for (int n = 1; n <= 40; ++n) {
    const model::Handout h = handout(
        {paragraph(words(n)), inline_note(model::NoteKind::warning, words(10, "N"))}, false);
    for (const braille::Page& page : fake_pages(h, {20, 10})) {
      const std::vector<std::string> lines = brf_lines(page);
      for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        if (lines[k] != std::string(20, '7')) continue;
        REQUIRE(k + 2 < lines.size() - 1);
        CHECK(lines[k + 1] == "      WARNING");
        CHECK(lines[k + 2].starts_with("  N1"));
      }
    }
  }
}

TEST_CASE("a link with words is its words then its address in parentheses") {
  model::Inlines text = runs("WATCH ");
  text.push_back(model::Run{
      model::RunKind::web, "THE VIDEO", "", false, {}, {}, false, "https://example.org/v"});
  text.push_back(model::Run{model::RunKind::text, " OR SEE ", "", false, {}});
  text.push_back(model::Run{model::RunKind::web, "www.example.org", "", false, {}});
  const auto lines = text_lines(fake_pages(handout({model::Paragraph{text, {}}})));
  const std::size_t at = index_of(lines, "WATCH");
  CHECK(lines[at] == "  WATCH THE VIDEO");
  CHECK(lines[at + 1] == "(HTTPS://EXAMPLE.ORG/V) OR SEE");
  CHECK(lines[at + 2] == "WWW.EXAMPLE.ORG");
}

TEST_CASE("the revision date then the other formats close the text in each language") {
  model::Handout dated = handout({paragraph("BEFORE")});
  dated.revised = model::Date{2026, 11, 26};
  const auto last_text = [](const std::vector<std::string>& lines) {
    for (auto line = lines.rbegin(); line != lines.rend(); ++line)
      if (line->find_first_not_of(' ') != std::string::npos) return *line;
    return std::string();
  };
  const auto lines = text_lines(fake_pages(dated));
  const std::size_t date = index_of(lines, "REVISED NOVEMBER 26, 2026");
  CHECK(lines[date] == "  REVISED NOVEMBER 26, 2026");
  CHECK(lines.at(date + 1).starts_with("  THIS HANDOUT IS AVAILABLE IN"));
  CHECK(last_text(lines).ends_with("FRONT DESK."));
  const auto spanish = text_lines(fake_pages(in_spanish(dated)));
  const std::size_t fecha = index_of(spanish, "2026");
  CHECK(spanish[fecha].find("26") != std::string::npos);
  CHECK(spanish.at(fecha + 1).starts_with("  ESTE FOLLETO EST"));
  model::Handout undated = dated;
  undated.revised.reset();
  const auto plain = text_lines(fake_pages(undated));
  CHECK(std::ranges::none_of(
      plain, [](const std::string& line) { return line.find("2026") != std::string::npos; }));
  CHECK(last_text(plain).ends_with("FRONT DESK."));
}

}  // namespace handout::test
