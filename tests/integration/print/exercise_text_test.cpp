// pdftotext (poppler) reads the exercise sampler back: the dose lines, every note's word label,
// a link's words followed by its address, and each exercise that fits on a page on one page,
// at the smallest and the largest type on letter and A4 paper.
#include <doctest/doctest.h>

#include <regex>

#include "lang/plan_words.h"
#include "model/plan.h"
#include "qr_text.h"
#include "rendered.h"
#include "running_title.h"
#include "tools.h"

namespace handout::test {

namespace {

// Each page's text, from the first.
std::vector<std::string> normalised_pages(const Rendered& r) {
  std::vector<std::string> pages = page_texts(r.pdf);
  for (std::string& text : pages) text = normalise(text);
  return pages;
}

std::vector<print::PrintOptions> sizes_and_papers() {
  std::vector<print::PrintOptions> out;
  for (const double body : {18.0, 32.0})
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      print::PrintOptions options;
      options.body_size = body;
      options.paper = paper;
      out.push_back(options);
    }
  return out;
}

// The words an exercise prints, in order, and those of the notes inside it.
std::vector<std::string> exercise_parts(const model::Exercise& exercise, const model::Plan& plan) {
  std::vector<std::string> parts{model::plain_text(exercise.name)};
  for (const model::Block& block : exercise.blocks) {
    if (const auto* dose = std::get_if<model::Dose>(&block))
      parts.push_back(plan.dose(*dose).printed);
    if (const auto* note = std::get_if<model::Note>(&block))
      parts.push_back(normalise(model::plain_text(note->content)));
    if (const auto* p = std::get_if<model::Paragraph>(&block))
      parts.push_back(normalise(model::plain_text(p->content)));
  }
  return parts;
}

}  // namespace

TEST_CASE("pdftotext shows the dose lines the notes' labels and a link's words then its address") {
  for (const print::PrintOptions& options : sizes_and_papers()) {
    CAPTURE(options.body_size);
    const Rendered& r = rendered("exercise", "exercise-sampler", options);
    // The whole text, but what a page ends with (its footer) and the words beside the QR code,
    // which may come in the middle of a paragraph.
    const ToolOutput out = run_tool({"pdftotext", "-enc", "UTF-8", r.pdf.string(), "-"});
    REQUIRE(out.status == 0);
    const std::regex furniture(R"(Page \d+ of \d+|Revised December 1, 2026|\f)");
    const std::string text = without_running_titles(out.out, r.handout);
    const std::string all =
        normalise(std::regex_replace(without_qr_text(text, r.handout), furniture, " "));
    CHECK(all.find("Dose: 2 sets · 10 times · hold 5 seconds · 3 times a day · each side") !=
          std::string::npos);
    CHECK(all.find("Dose: 3 sets · 8–12 times · rest 30 seconds · 5 times a week") !=
          std::string::npos);
    for (const char* label : {"Emergency", "Warning", "Tip", "Important"})
      CHECK_MESSAGE(all.find(label) != std::string::npos, label);
    REQUIRE(r.expected.note_labels.size() == 4);
    // The address may be broken over two lines, which pdftotext reads back as two words.
    std::string joined = all;
    std::erase(joined, ' ');
    CHECK(joined.find("thependulumvideo(https://example.org/videos/pendulum)") !=
          std::string::npos);
    CHECK(all.find("the pendulum video (https://") != std::string::npos);
    CHECK(all.find("see www.example.org/exercises.") != std::string::npos);  // a bare address
  }
}

TEST_CASE("each exercise of the sampler is printed on one page at every size and paper") {
  for (const print::PrintOptions& options : sizes_and_papers()) {
    CAPTURE(options.body_size);
    CAPTURE(options.paper == print::Paper::a4);
    const Rendered& r = rendered("exercise", "exercise-sampler", options);
    const model::Plan plan = lang::plan_of(r.handout);
    const std::vector<std::string> pages = normalised_pages(r);
    CHECK(pages.size() == r.pdfjs["pages"].size());
    std::vector<const model::Exercise*> exercises;
    for (const model::Block& block :
         std::get<model::Section>(r.handout.body[std::size_t{2}]).blocks)
      if (const auto* exercise = std::get_if<model::Exercise>(&block))
        exercises.push_back(exercise);
    REQUIRE(exercises.size() == 3);
    for (const model::Exercise* exercise : exercises) {
      const std::vector<std::string> parts = exercise_parts(*exercise, plan);
      CAPTURE(parts.front());
      // At 32 pt the pendulum and the bridge, each with its picture, are taller than a page:
      // they split like any text.
      if (options.body_size > 18 && parts.front() != "Heel slide") continue;
      int found = 0;
      for (const std::string& text : pages) {
        if (text.find(parts.front()) == std::string::npos) continue;
        ++found;
        for (const std::string& part : parts)
          CHECK_MESSAGE(text.find(part) != std::string::npos, part);
      }
      CHECK(found == 1);
    }
  }
}

}  // namespace handout::test
