// The braille of the exercise sampler (tests/data/exercise-content) and of a Spanish handout
// with the same blocks (ejercicios/), as `handout build` writes it, read back by liblouis: each
// picture's description in a transcriber's note, the dose lines, the notes' labels in their
// boxes, the exercises' headings, the links' words and addresses; the PEF still valid.
#include <doctest/doctest.h>

#include <algorithm>

#include "braille/braille_code.h"
#include "lang/plan_words.h"
#include "model/inline.h"
#include "process.h"
#include "sample_braille.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

const std::filesystem::path spanish_content =
    std::filesystem::path(HANDOUT_SOURCE_DIR) / "tests/integration/braille/ejercicios";

struct Built {
  std::string brf;
  std::vector<std::string> lines;  // every text line, page numbers left out
  braille::Code code;
};

Built built_handout(const std::filesystem::path& content, const std::string& id, int grade,
                    const model::LanguageTag& lang) {
  const std::vector<std::string> options{"--braille-grade", std::to_string(grade)};
  Built out{read_file(built_content(content, options) / (id + ".brf")),
            {},
            braille::braille_code(lang, grade)};
  for (const std::vector<std::string>& page : brf_pages(out.brf))
    out.lines.insert(out.lines.end(), page.begin(), page.end() - 1);
  return out;
}

Built sampler(int grade) {
  return built_handout(testing::exercise_content(), "exercise-sampler", grade, {"en-US", {}});
}

Built spanish_handout() {
  return built_handout(spanish_content, "ejercicios", 1, {"es", {}});
}

std::string back(const Built& built, const std::string& brf) {
  return back_translated(brf, back_tables(built.code));
}

// Print's words of `text`, as the tests compare them (letters and digits apart, lower case).
std::string words_line(const std::string& text) {
  std::string out;
  for (const std::string& word : words_of(text)) out += (out.empty() ? "" : " ") + word;
  return out;
}

bool has_words(const std::string& back_text, const std::string& expected) {
  return (' ' + words_line(back_text) + ' ').find(' ' + words_line(expected) + ' ') !=
         std::string::npos;
}

// The transcriber's notes of the BRF: each from the line holding its opening indicator to the
// line holding its closing one.
std::vector<std::vector<std::string>> transcriber_notes(const std::vector<std::string>& lines) {
  std::vector<std::vector<std::string>> notes;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (lines[k].find("@.<") == std::string::npos) continue;
    std::vector<std::string> note;
    while (k < lines.size()) {
      note.push_back(lines[k]);
      if (lines[k].find("@.>") != std::string::npos) break;
      ++k;
    }
    notes.push_back(note);
  }
  return notes;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + ' ';
  return out;
}

// The label under each top box line, read back, in order.
std::vector<std::string> box_labels(const Built& built) {
  std::vector<std::string> labels;
  for (std::size_t k = 0; k + 1 < built.lines.size(); ++k)
    if (built.lines[k] == std::string(40, '7')) {
      const std::string& label = built.lines[k + 1];
      const std::string text = label.substr(label.find_first_not_of(' '));
      CHECK(label.find_first_not_of(' ') == (40 - text.size()) / 2);  // centred
      labels.push_back(words_line(back(built, text)));
    }
  return labels;
}

}  // namespace

TEST_CASE("each picture's description is a transcriber's note in 7-5 between UEB's indicators") {
  const model::Handout handout = testing::read_exercise_sampler();
  for (const int grade : {2, 1}) {
    CAPTURE(grade);
    const Built built = sampler(grade);
    const auto notes = transcriber_notes(built.lines);
    REQUIRE(notes.size() == 2);
    const std::vector<std::string> descriptions{
        "Picture: A person bends forward at the hips with one hand on a table and lets the other "
        "arm hang straight down.",
        "Picture: Lying on the back, knees bent, the hips lifted off the floor."};
    for (std::size_t n = 0; n < notes.size(); ++n) {
      const std::vector<std::string>& note = notes[n];
      CHECK(note.front().starts_with("      @.<"));  // cell 7, the opening indicator first
      CHECK(note.back().ends_with("@.>"));           // the closing indicator last
      for (std::size_t k = 1; k < note.size(); ++k)  // runovers in cell 5
        CHECK(note[k].find_first_not_of(' ') == 4);
      std::string text = joined(note);
      text = text.substr(text.find("@.<") + 3, text.rfind("@.>") - text.find("@.<") - 3);
      CHECK(words_line(back(built, text)) == words_line(descriptions[n]));
    }
    // The caption follows its picture's note, as a paragraph.
    const auto end = std::ranges::find_if(
        built.lines, [](const std::string& line) { return line.ends_with("@.>"); });
    REQUIRE(end + 1 != built.lines.end());
    CHECK((end + 1)->starts_with("  "));
    CHECK(words_line(back(built, *(end + 1))) == "let the arm swing like a pendulum");
  }
}

TEST_CASE("the dose lines come back as the plan's words separated by semicolons") {
  for (const int grade : {2, 1}) {
    CAPTURE(grade);
    const Built built = sampler(grade);
    const std::string text = back(built, brf_text(built.brf));
    CHECK(has_words(text, "Dose: 2 sets; 10 times; hold 5 seconds; 3 times a day; each side"));
    CHECK(has_words(text, "Dose: 3 sets; 8-12 times; rest 30 seconds; 5 times a week"));
    CHECK(has_words(text, "Dose: 1 time; left side"));
    // Each dose line is a paragraph of its own, its parts separated by semicolons.
    std::size_t doses = 0;
    for (std::size_t k = 0; k < built.lines.size(); ++k) {
      if (!built.lines[k].starts_with("  ,DOSE3 ")) continue;
      ++doses;
      const std::string line = back(built, built.lines[k] + ' ' + built.lines[k + 1]);
      CHECK(line.find("; ") != std::string::npos);
      CHECK(line.find("\u00B7") == std::string::npos);
    }
    CHECK(doses == 3);
  }
}

TEST_CASE("each note's label is centred under its top box line and a note of blocks is boxed") {
  const Built built = sampler(2);
  CHECK(box_labels(built) == std::vector<std::string>{"emergency", "tip", "warning", "important"});
  // The emergency note's paragraph and list are inside its box, before its bottom line.
  const auto top = std::ranges::find(built.lines, std::string(40, '7'));
  const auto bottom = std::find(top, built.lines.end(), std::string(40, 'G'));
  REQUIRE(bottom != built.lines.end());
  const std::string inside = back(built, joined(std::vector<std::string>(top + 2, bottom)));
  CHECK(has_words(inside, "Call 911 right away if you have any of these:"));
  CHECK(has_words(inside, "Chest pain or trouble breathing"));
  CHECK(has_words(inside, "Sudden weakness in one arm or leg"));
}

TEST_CASE("the exercises' names are cell-5 headings under the centred section heading") {
  const Built built = sampler(2);
  std::vector<std::string> headings;  // the lines in cell 5 after a blank line
  for (std::size_t k = 1; k < built.lines.size(); ++k) {
    const std::string& line = built.lines[k];
    if (line.find_first_not_of(' ') == 4 && built.lines[k - 1].empty())
      headings.push_back(words_line(back(built, line)));
  }
  // Then the offices of the contact block, as ever.
  CHECK(headings == std::vector<std::string>{"pendulum", "bridge", "heel slide",
                                             "main street office", "riverside office"});
  const auto section = std::ranges::find_if(
      built.lines, [](const std::string& l) { return l.ends_with(",YR PROGRAM"); });
  REQUIRE(section != built.lines.end());
  CHECK(words_line(back(built, *section)) == "your program");
  CHECK(section->find_first_not_of(' ') > 6);  // centred
  CHECK((section + 1)->empty());
  CHECK(*(section + 2) == "    ,P5DULUM");
}

TEST_CASE("a link's words come back followed by its address which is never contracted") {
  for (const int grade : {2, 1}) {
    CAPTURE(grade);
    const Built built = sampler(grade);
    const std::string text = brf_text(built.brf);
    CHECK(has_words(back(built, text), "Watch the pendulum video"));
    // The address in UEB's parentheses, back to print by the uncontracted table.
    const std::size_t open = text.find("\"<HTTPS");
    REQUIRE(open != std::string::npos);
    // Divided after a slash at the end of a line, without a hyphen: joined again.
    std::string address = text.substr(open, text.find("\">", open) + 2 - open);
    std::erase(address, ' ');
    CHECK(back_translated(address, "en-us-brf.dis,en-ueb-g1.ctb") ==
          "(https://example.org/videos/pendulum)");
    CHECK(text.find("WWW4EXAMPLE4ORG_/EXERCISES") != std::string::npos);  // a bare address
  }
}

TEST_CASE("every word of the exercise sampler comes back in order") {
  const model::Handout handout = testing::read_exercise_sampler();
  for (const int grade : {2, 1}) {
    const std::vector<std::string> expected = handout_words(handout, grade == 1);
    const Built built = sampler(grade);
    const std::vector<std::string> missing =
        missing_words(expected, words_of(back(built, brf_text(built.brf))));
    std::string list;
    for (const std::string& word : missing) list += " " + word;
    MESSAGE("grade " << grade << ": not back:" << (list.empty() ? " none" : list));
    CHECK(static_cast<double>(missing.size()) <= 0.01 * static_cast<double>(expected.size()));
  }
}

TEST_CASE("Spanish braille has every block with its Spanish words and no UEB indicator") {
  const Built built = spanish_handout();
  CHECK(built.brf.find("@.<") == std::string::npos);  // liblouis's Spanish table has none
  const auto note = std::ranges::find_if(
      built.lines, [](const std::string& line) { return line.find(".IMAGEN3") != line.npos; });
  REQUIRE(note != built.lines.end());
  CHECK(note->starts_with("      .IMAGEN3 "));  // 7-5, after the word that says what it is
  CHECK((note + 1)->find_first_not_of(' ') == 4);
  CHECK(words_line(back(built, *note)).starts_with("imagen una persona"));
  const std::string text = back(built, brf_text(built.brf));
  CHECK(has_words(text, "Imagen: Una persona inclinada hacia delante deja colgar el brazo."));
  CHECK(has_words(text, "Deje que el brazo se balancee."));
  CHECK(has_words(text,
                  "Dosis: 2 series; 8-12 veces; mantener 5 segundos; 3 veces a la semana; cada "
                  "lado"));
  CHECK(has_words(text, "el video del péndulo (https://example.org/videos/pendulo)"));
  CHECK(box_labels(built) ==
        std::vector<std::string>{"emergencia", "consejo", "advertencia", "importante"});
}

TEST_CASE("the PEF of every exercise handout validates and has the BRF's pages") {
  std::vector<std::string> args{HANDOUT_JAVA, "-cp", HANDOUT_PEF_CLASSPATH, "ValidatePef"};
  const std::vector<std::pair<std::filesystem::path, std::string>> handouts{
      {testing::exercise_content(), "exercise-sampler"}, {spanish_content, "ejercicios"}};
  for (const auto& [content, id] : handouts)
    for (const std::vector<std::string>& options :
         {std::vector<std::string>{"--braille-grade", "2"},
          std::vector<std::string>{"--braille-grade", "1"},
          std::vector<std::string>{"--braille-cells", "20", "--braille-lines", "10"}}) {
      const auto& id_shown = id;  // clang 14 cannot capture a binding
      CAPTURE(id_shown);
      const std::filesystem::path out = built_content(content, options);
      const std::filesystem::path pef = out / (id + ".pef");
      CHECK(pef_pages(pef) == brf_pages(read_file(out / (id + ".brf"))));
      args.push_back(pef.string());
    }
  const testing::ProcessResult result = testing::run_process(args);
  INFO(result.out);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

namespace {

// Lower case, without white space: a paragraph's lines and an address wrapped across two
// come back as print's text.
std::string compact_lower(std::string_view text) {
  std::string out;
  for (const char c : text)
    if (c != ' ' && c != '\n' && c != '\r')
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

TEST_CASE("the volume ends with where the other formats are and the page's address") {
  for (const auto& [built, handout] :
       {std::pair{sampler(1), testing::read_exercise_sampler()},
        std::pair{spanish_handout(), testing::read_handout_in(spanish_content, "ejercicios")}}) {
    const std::string code_shown = built.code.table;  // clang 14 cannot capture a binding
    CAPTURE(code_shown);
    const model::Plan plan = lang::plan_of(handout);
    REQUIRE(plan.available);
    const std::string back_text = compact_lower(back(built, brf_text(built.brf)));
    const std::string line = compact_lower(plan.available->text());
    const std::size_t at = back_text.rfind(line);
    REQUIRE_MESSAGE(at != std::string::npos, "not back: " << plan.available->text());
    CHECK(at + line.size() == back_text.size());               // the last words of the volume
    CHECK(back_text.find(compact_lower(*plan.revised)) < at);  // after the revision date
  }
}

}  // namespace handout::test
