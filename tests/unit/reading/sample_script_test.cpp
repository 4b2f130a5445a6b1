// Nothing of the sample handouts is left out of their scripts: every word of every text
// (title, headings, exercises' names, paragraphs, items, steps, notes, pictures' descriptions
// and captions, tables' captions and cells, checklists' items, a link's words, the clinic's
// details) is spoken, except lexicon graphemes and <say> texts, which are replaced by their
// aliases.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "reading/script.h"
#include "sample_handout.h"

using namespace handout;

namespace {

// Words of three letters or more, and numbers; short words are too common to prove anything.
// Two things are left out on purpose: a web address's scheme ("https://") and clock times,
// which the normaliser rewrites ("12:00 PM" -> "noon").
std::vector<std::string> words(const std::string& printed) {
  static const std::regex on_purpose("https?://|\\b\\d{1,2}:\\d{2}\\b");
  const std::string text = std::regex_replace(printed, on_purpose, " ");
  static const std::regex word("[A-Za-z]{3,}|[0-9]+");
  std::vector<std::string> out;
  for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it) {
    out.push_back(it->str());
  }
  return out;
}

// A word as a pattern; a number may be spoken digit by digit ("04000" as "0 4 0 0 0").
std::string spoken_pattern(const std::string& word) {
  if (!std::isdigit(static_cast<unsigned char>(word[0]))) return word;
  std::string pattern;
  for (char digit : word) pattern += (pattern.empty() ? "" : " ?") + std::string(1, digit);
  return pattern;
}

struct Printed {
  std::vector<std::string> texts;  // ordinary text, to be found word by word
  std::vector<std::string> aliases;
};

void collect(const model::Inlines& runs, Printed& out) {
  for (const model::Run& run : runs) {
    if (run.kind == model::RunKind::say) {
      out.aliases.push_back(run.alias);
    } else if (run.kind != model::RunKind::phone) {  // phones: see the contact tests
      out.texts.push_back(run.text);
    }
  }
}

void collect(const std::vector<model::Block>& blocks, Printed& out);

void collect(const model::Block& block, Printed& out) {
  if (const auto* p = std::get_if<model::Paragraph>(&block)) collect(p->content, out);
  if (const auto* n = std::get_if<model::Note>(&block)) {
    collect(n->content, out);
    collect(n->blocks, out);
  }
  if (const auto* f = std::get_if<model::Figure>(&block)) {
    collect(f->description, out);
    if (f->caption) collect(*f->caption, out);
  }
  if (const auto* e = std::get_if<model::Exercise>(&block)) {
    collect(e->name, out);
    collect(e->blocks, out);
  }
  if (const auto* l = std::get_if<model::List>(&block)) {
    for (const model::Item& i : l->items) collect(i.content, out);
  }
  if (const auto* s = std::get_if<model::Steps>(&block)) {
    for (const model::Item& i : s->items) collect(i.content, out);
  }
  if (const auto* t = std::get_if<model::Table>(&block)) {
    if (t->caption) collect(*t->caption, out);
    for (const model::Cell& cell : t->header.cells) collect(cell.content, out);
    for (const model::Row& row : t->rows)
      for (const model::Cell& cell : row.cells) collect(cell.content, out);
  }
  if (const auto* c = std::get_if<model::Checklist>(&block)) {
    for (const model::Check& item : c->items) collect(item.content, out);
  }
  if (const auto* s = std::get_if<model::Section>(&block)) {
    collect(s->heading, out);
    collect(s->blocks, out);
  }
  if (const auto* c = std::get_if<model::Contact>(&block)) {
    out.texts.push_back(c->clinic.name.text);
    for (const model::Office& office : c->clinic.offices) {
      if (office.name) out.texts.push_back(office.name->text);
      for (const model::Field& line : office.address) out.texts.push_back(line.text);
      // Hours are worded by the tool (lang::hours_lines), not taken from the text.
      if (office.note) out.texts.push_back(office.note->text);
    }
  }
}

void collect(const std::vector<model::Block>& blocks, Printed& out) {
  for (const model::Block& block : blocks) collect(block, out);
}

std::set<std::string> graphemes(const model::Lexicon& lexicon) {
  std::set<std::string> out;
  for (const model::Lexeme& lexeme : lexicon.lexemes) {
    for (const std::string& g : lexeme.graphemes) {
      for (const std::string& w : words(g)) out.insert(w);
    }
  }
  return out;
}

// `rewritten`: printed words the script says otherwise on purpose (table_script_test.cpp
// checks how).
void check_nothing_left_out(const model::Handout& handout, std::size_t at_least = 100,
                            const std::set<std::string>& rewritten = {}) {
  const model::Lexicon& lexicon = testing::sample_lexicon();
  const std::string ssml = reading::build_script(handout, lexicon).ssml;
  Printed printed;
  collect(handout.title, printed);
  if (handout.subtitle) collect(*handout.subtitle, printed);
  for (const model::Author& author : handout.authors) printed.texts.push_back(author.name);
  collect(handout.body, printed);
  const std::set<std::string> replaced = graphemes(lexicon);
  std::size_t checked = 0;
  for (const std::string& text : printed.texts) {
    for (const std::string& word : words(text)) {
      if (replaced.contains(word) || rewritten.contains(word)) continue;
      CAPTURE(word);
      CHECK(std::regex_search(
          ssml, std::regex("(^|[^A-Za-z])" + spoken_pattern(word) + "([^A-Za-z]|$)")));
      ++checked;
    }
  }
  for (const std::string& alias : printed.aliases) CHECK(ssml.find(alias) != std::string::npos);
  CHECK(checked > at_least);
}

void check_nothing_left_out(const std::string& id) {
  check_nothing_left_out(testing::read_sample(id));
}

}  // namespace

TEST_CASE("nothing of dry-needling is left out of its script") {
  check_nothing_left_out("dry-needling");
}
TEST_CASE("nothing of low-back-exercises is left out of its script") {
  check_nothing_left_out("low-back-exercises");
}
TEST_CASE("nothing of hielo-y-calor is left out of its script") {
  check_nothing_left_out("hielo-y-calor");
}
TEST_CASE("nothing of the exercise sampler is left out of its script") {
  check_nothing_left_out(testing::read_exercise_sampler(), 60);
}
TEST_CASE("nothing of the table sampler is left out of its script") {
  // The week's columns are said as days: "Mon" is "Monday".
  check_nothing_left_out(testing::read_table_sampler(), 60,
                         {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"});
}
TEST_CASE("nothing of long-table is left out of its script") {
  check_nothing_left_out(testing::read_handout_in(testing::table_content(), "long-table"), 60);
}
TEST_CASE("nothing of tabla-hielo is left out of its script") {
  check_nothing_left_out(testing::read_handout_in(testing::table_content(), "tabla-hielo"), 10);
}
