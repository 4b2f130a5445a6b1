#include "expected_text.h"

#include <sstream>

#include "lang/hours.h"
#include "lang/plan_words.h"
#include "lang/terms.h"

namespace handout::test {

std::vector<std::string> split_words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

namespace {

std::string uri_of(const model::Run& run) {
  if (run.kind == model::RunKind::email) return "mailto:" + run.text;
  if (run.kind == model::RunKind::phone) {
    std::string digits;
    for (const char c : run.text)
      if (c >= '0' && c <= '9') digits += c;
    // In E.164: the samples' numbers are North American, ten digits without their +1.
    if (run.text.starts_with('+')) return "tel:+" + digits;
    return digits.size() == 10 ? "tel:+1" + digits : "tel:" + digits;
  }
  const std::string& address = run.address();
  return address.starts_with("http") ? address : "https://" + address;
}

// What print shows of a run: a link with words of its own adds its address after them.
std::string printed(const model::Run& run) {
  return run.href.empty() ? run.text : run.text + " (" + run.href + ")";
}

class Collector {
 public:
  Collector(Expected& out, const model::Handout& handout)
      : out_(out), lang_(handout.lang), plan_(lang::plan_of(handout)) {}

  // The tool's own line after the text (the revision date is furniture): where the other
  // formats are.
  void availability() {
    if (plan_.available) runs(*plan_.available->runs);
  }

  void text(const std::string& text) {
    for (std::string& word : split_words(text)) out_.words.push_back(std::move(word));
  }
  void runs(const model::Inlines& runs) {
    std::string all;
    for (const model::Run& run : runs) all += printed(run);
    text(all);
    for (const model::Run& run : runs)
      if (run.kind == model::RunKind::phone || run.kind == model::RunKind::email ||
          run.kind == model::RunKind::web)
        out_.links.push_back({uri_of(run), printed(run)});
  }
  void items(const std::vector<model::Item>& items, bool numbered) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string label = numbered ? std::to_string(i + 1) + "." : "\u2022";
      out_.words.push_back(label);
      runs(items[i].content);
      out_.items.push_back(label + " " + model::plain_text(items[i].content));
    }
  }
  void field(const model::Field& field, bool phone = false) {
    text(field.text);
    out_.contact_lines.push_back(field.text);
    if (phone) {
      out_.phones.push_back(field.text);
      out_.links.push_back(
          {uri_of({model::RunKind::phone, field.text, "", false, {}}), field.text});
    }
  }
  void contact(const model::Clinic& clinic) {
    const std::string title(lang::Terms(lang_).contact_title());
    text(title);
    out_.headings.push_back({title, 1});
    field(clinic.name);
    if (clinic.phone) field(*clinic.phone, true);
    if (clinic.email) {
      field(*clinic.email);
      out_.links.push_back({"mailto:" + clinic.email->text, clinic.email->text});
    }
    if (clinic.web) {
      field(*clinic.web);
      out_.links.push_back(
          {uri_of({model::RunKind::web, clinic.web->text, "", false, {}}), clinic.web->text});
    }
    for (const model::Office& office : clinic.offices) {
      if (office.name) field(*office.name);
      for (const model::Field& line : office.address) field(line);
      if (office.phone) field(*office.phone, true);
      for (const std::string& line : lang::hours_lines(office.hours, lang_)) text(line);
      if (office.note) field(*office.note);
    }
  }
  void note(const model::Note& note) {
    // Its label first, then its text or its blocks.
    text(plan_.note_label(note.kind));
    out_.note_labels.push_back(plan_.note_label(note.kind));
    runs(note.content);
    blocks(note.blocks);
    ++out_.notes;
  }
  void figure(const model::Figure& figure) {
    // The description is the Figure's /Alt, not printed text.
    out_.figures.push_back({model::plain_text(figure.description),
                            figure.caption ? model::plain_text(*figure.caption) : ""});
    if (figure.caption) runs(*figure.caption);
  }
  void table(const model::Table& table) {
    ExpectedTable expected;
    if (table.caption) {
      runs(*table.caption);
      expected.caption = model::plain_text(*table.caption);
    }
    const auto row = [&](const model::Row& row) {
      std::vector<std::string> cells;
      for (const model::Cell& cell : row.cells) {
        runs(cell.content);
        cells.push_back(model::plain_text(cell.content));
      }
      return cells;
    };
    expected.header = row(table.header);
    for (const model::Row& r : table.rows) expected.rows.push_back(row(r));
    out_.tables.push_back(std::move(expected));
  }
  void checklist(const model::Checklist& list) {
    for (const model::Check& item : list.items) {
      runs(item.content);
      out_.items.push_back(model::plain_text(item.content));
      out_.checks.push_back({model::plain_text(item.content), plan_.check_state(item.checked)});
    }
  }
  void blocks(const std::vector<model::Block>& blocks) {
    for (const model::Block& block : blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&block)) runs(p->content);
      if (const auto* list = std::get_if<model::List>(&block)) items(list->items, false);
      if (const auto* steps = std::get_if<model::Steps>(&block)) items(steps->items, true);
      if (const auto* note = std::get_if<model::Note>(&block)) this->note(*note);
      if (const auto* contact = std::get_if<model::Contact>(&block)) this->contact(contact->clinic);
      if (const auto* figure = std::get_if<model::Figure>(&block)) this->figure(*figure);
      if (const auto* table = std::get_if<model::Table>(&block)) this->table(*table);
      if (const auto* list = std::get_if<model::Checklist>(&block)) checklist(*list);
      if (const auto* dose = std::get_if<model::Dose>(&block)) {
        text(plan_.dose(*dose).printed);
        out_.doses.push_back(plan_.dose(*dose).printed);
      }
      if (const auto* section = std::get_if<model::Section>(&block)) {
        runs(section->heading);
        out_.headings.push_back({model::plain_text(section->heading), section->depth});
        this->blocks(section->blocks);
      }
      if (const auto* exercise = std::get_if<model::Exercise>(&block)) {
        runs(exercise->name);
        out_.headings.push_back({model::plain_text(exercise->name), exercise->depth});
        this->blocks(exercise->blocks);
      }
    }
  }

 private:
  Expected& out_;
  const model::LanguageTag& lang_;
  model::Plan plan_;
};

}  // namespace

Expected expected_content(const model::Handout& handout) {
  Expected out;
  Collector collect(out, handout);
  collect.runs(handout.title);
  if (handout.subtitle) collect.runs(*handout.subtitle);
  for (const model::Author& author : handout.authors) collect.text(author.name);
  collect.blocks(handout.body);
  collect.availability();
  return out;
}

}  // namespace handout::test
