// Every word of each sample handout is on its web page, in order, as Python's HTML parser
// reads the page (the player and the words the page adds may come in between).
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "lang/hours.h"
#include "lang/plan_words.h"
#include "lang/terms.h"
#include "model/reading_order.h"
#include "sample_handout.h"
#include "web/page.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

// The handout's own words in reading order, from the model: a picture's description (its alt
// text) and caption, a dose's printed line, a table's caption, header and cells row by row, a
// checklist's items (each its box's label).
class Expected {
 public:
  explicit Expected(const model::Handout& handout)
      : lang_(handout.lang), plan_(lang::plan_of(handout)) {
    add(model::plain_text(handout.title));
    if (handout.subtitle) add(model::plain_text(*handout.subtitle));
    for (const model::Author& author : handout.authors) add(author.name);
    blocks(handout.body);
  }
  std::vector<std::string> words;

 private:
  void add(const std::string& text) {
    for (std::string& word : words_of(text)) words.push_back(std::move(word));
  }
  void blocks(const std::vector<model::Block>& blocks) {
    for (const model::Block& block : blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&block)) add(model::plain_text(p->content));
      if (const auto* list = std::get_if<model::List>(&block))
        for (const model::Item& item : list->items) add(model::plain_text(item.content));
      if (const auto* steps = std::get_if<model::Steps>(&block))
        for (const model::Item& item : steps->items) add(model::plain_text(item.content));
      if (const auto* note = std::get_if<model::Note>(&block)) {
        add(model::plain_text(note->content));
        this->blocks(note->blocks);
      }
      if (const auto* section = std::get_if<model::Section>(&block)) {
        add(model::plain_text(section->heading));
        this->blocks(section->blocks);
      }
      if (const auto* exercise = std::get_if<model::Exercise>(&block)) {
        add(model::plain_text(exercise->name));
        this->blocks(exercise->blocks);
      }
      if (const auto* figure = std::get_if<model::Figure>(&block)) {
        add(model::plain_text(figure->description));
        if (figure->caption) add(model::plain_text(*figure->caption));
      }
      if (const auto* dose = std::get_if<model::Dose>(&block)) add(plan_.dose(*dose).printed);
      if (const auto* table = std::get_if<model::Table>(&block)) {
        if (table->caption) add(model::plain_text(*table->caption));
        for (const model::Cell& cell : table->header.cells) add(model::plain_text(cell.content));
        for (const model::Row& row : table->rows)
          for (const model::Cell& cell : row.cells) add(model::plain_text(cell.content));
      }
      if (const auto* list = std::get_if<model::Checklist>(&block))
        for (const model::Check& item : list->items) add(model::plain_text(item.content));
      if (const auto* contact = std::get_if<model::Contact>(&block)) clinic(contact->clinic);
    }
  }
  void clinic(const model::Clinic& c) {
    add(c.name.text);
    for (const auto* field : {&c.phone, &c.email, &c.web})
      if (*field) add((*field)->text);
    for (const model::Office& office : c.offices) {
      if (office.name) add(office.name->text);
      for (const model::Field& line : office.address) add(line.text);
      if (office.phone) add(office.phone->text);
      for (const std::string& line : lang::hours_lines(office.hours, lang_)) add(line);
      if (office.note) add(office.note->text);
    }
  }
  const model::LanguageTag& lang_;
  model::Plan plan_;
};

// How many words the recording says around the handout's text (its table of contents and its
// closing: model/reading_order.h), which the page shows too.
std::size_t recording_words(const model::Handout& h) {
  const lang::Terms terms(h.lang);
  const std::vector<const model::Block*> parts = model::listed_parts(h);
  std::string text;
  if (parts.size() > model::max_listed_parts) {
    text = terms.many_parts(parts.size());
  } else {
    text = terms.parts(parts.size());
    for (const model::Block* part : parts) {
      const auto* section = std::get_if<model::Section>(part);
      const auto* exercise = std::get_if<model::Exercise>(part);
      text += ' ' + (section    ? model::plain_text(section->heading)
                     : exercise ? model::plain_text(exercise->name)
                                : std::string(terms.contact_title()));
    }
  }
  if (h.revised) text += ' ' + terms.revised_spoken(*h.revised);
  if (const auto available = lang::plan_of(h).available) text += ' ' + available->text();
  text += ' ' + std::string(terms.closing()) + ' ' + model::plain_text(h.title) + ' ' +
          std::string(terms.thanks());
  return words_of(text).size();
}

// The words of the headings of the sections and exercises inside the top-level parts, which
// the page's list of parts names besides the parts the recording names.
std::size_t nested_part_words(const std::vector<model::Block>& blocks, bool top = true) {
  std::size_t words = 0;
  for (const model::Block& block : blocks) {
    const auto* section = std::get_if<model::Section>(&block);
    const auto* exercise = std::get_if<model::Exercise>(&block);
    if (!section && !exercise) continue;
    if (!top)
      words += words_of(section ? model::plain_text(section->heading)
                                : model::plain_text(exercise->name))
                   .size();
    words += nested_part_words(section ? section->blocks : exercise->blocks, false);
  }
  return words;
}

std::string page_text(const std::string& page) {
  const fs::path file =
      fs::temp_directory_path() / ("web-word-order-" + std::to_string(::getpid()) + ".html");
  std::ofstream(file, std::ios::binary) << page;
  const std::string command = "python3 " PAGE_TEXT_SCRIPT " " + file.string();
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  REQUIRE(pipe);
  std::string text;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe.get())) > 0;)
    text.append(buffer, n);
  fs::remove(file);
  return text;
}

void check_handout(const model::Handout& handout, std::size_t at_least) {
  const std::string& id = handout.id;
  const std::vector<std::string> expected = Expected(handout).words;
  const std::vector<std::string> shown =
      words_of(page_text(web::render_page(handout, {id + ".mp3", {}, {}}, {})));
  std::size_t at = 0;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    while (at < shown.size() && shown[at] != expected[e]) ++at;
    REQUIRE_MESSAGE(at < shown.size(), "word " << e << " \"" << expected[e]
                                               << "\" is not on the page after the ones before");
    ++at;
  }
  CHECK(expected.size() > at_least);
  // Only a few words of the page's own besides what the recording adds.
  CHECK(shown.size() <
        expected.size() + recording_words(handout) + nested_part_words(handout.body) + 40);
}

void check_sample(const std::string& id) {
  check_handout(testing::read_sample(id), 100);
}

}  // namespace

TEST_CASE(
    "every word of the exercise sampler is on its web page in order - descriptions as alt text") {
  check_handout(testing::read_exercise_sampler(), 100);
}

TEST_CASE(
    "every word of the table sampler is on its web page in order - caption header and cells") {
  check_handout(testing::read_table_sampler(), 100);
}
TEST_CASE("every word of long-table is on its web page in order") {
  check_handout(testing::read_handout_in(testing::table_content(), "long-table"), 100);
}
TEST_CASE("every word of tabla-hielo is on its web page in order") {
  check_handout(testing::read_handout_in(testing::table_content(), "tabla-hielo"), 20);
}

TEST_CASE("every word of dry-needling is on its web page in order") {
  check_sample("dry-needling");
}
TEST_CASE("every word of low-back-exercises is on its web page in order") {
  check_sample("low-back-exercises");
}
TEST_CASE("every word of hielo-y-calor is on its web page in order") {
  check_sample("hielo-y-calor");
}
TEST_CASE("every word of knee-strengthening is on its web page in order") {
  check_sample("knee-strengthening");
}

}  // namespace handout::test
