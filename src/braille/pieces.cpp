#include "braille/pieces.h"

#include <algorithm>

#include "braille/braille_text.h"
#include "lang/plan_words.h"
#include "model/diagnostic.h"

namespace handout::braille {

namespace {

class PieceList {
 public:
  PieceList(const model::Handout& handout, const lang::Terms& terms,
            const std::optional<CheckMarks>& marks)
      : handout_(handout),
        plan_(model::make_plan(handout, lang::plan_words(terms))),
        marks_(marks) {}

  std::vector<Piece> take() && { return std::move(out_); }

  // The contact details come last in braille, under their heading, wherever <contact/> puts
  // them in print: a braille reader finds them at the end of the volume without searching.
  void contact_last() {
    if (contact_) contact();
  }

  // The revision date closes the volume, as it closes the printed text: a braille reader
  // learns how current the handout is, which print shows only in its footer.
  void revised() {
    if (plan_.revised) add(Role::paragraph, {words(*plan_.revised, handout_.at)});
  }

  // Then where the handout is in print, in the recording and the other formats: a braille
  // reader is told of them by the volume itself. Its address wraps as every address does.
  void availability() {
    if (plan_.available) add(Role::paragraph, *plan_.available->runs);
  }

  void authors() {
    if (!plan_.byline) return;
    for (const model::Author* author : plan_.byline->authors)
      add(Role::author, {model::Run{model::RunKind::text, author->name, "", false, author->at}});
  }

  void add(Role role, const model::Inlines& runs, int level = 0, int items = 0) {
    out_.push_back({role, with_addresses(runs), handout_.file, level, items, {}});
  }

  void blocks(const std::vector<model::Block>& blocks) {
    for (const model::Block& block : blocks) std::visit([this](const auto& b) { one(b); }, block);
  }

 private:
  void one(const model::Paragraph& p) { add(Role::paragraph, p.content); }
  void one(const model::List& list) {
    int place = 0;
    for (const model::Item& item : list.items)
      add(Role::bullet_item, item.content, ++place, count(list.items));
  }
  void one(const model::Steps& steps) {
    int number = 0;
    for (const model::Item& item : steps.items)
      add(Role::step, item.content, ++number, count(steps.items));
  }
  template <typename Items>
  static int count(const Items& items) {
    return static_cast<int>(items.size());
  }
  // A note in a box: its label, then its text or its blocks, all inside the box lines.
  void one(const model::Note& note) {
    add(Role::box_open, {words(plan_.note_label(note.kind), note.at)});
    if (note.blocks.empty())
      add(Role::paragraph, note.content);
    else
      blocks(note.blocks);
    add(Role::box_close, {});
  }
  // The description where the picture stands, as a transcriber's note that says what it is
  // ("Picture: …"), then the caption print shows under the picture.
  void one(const model::Figure& figure) {
    model::Inlines note{words(plan_.picture + ": ", figure.at)};
    note.insert(note.end(), figure.description.begin(), figure.description.end());
    add(Role::transcriber_note, note);
    if (figure.caption) add(Role::paragraph, *figure.caption);
  }
  // One heading level below its section's, so a level deeper than a section's can occur.
  void one(const model::Exercise& exercise) {
    const int level = std::clamp(exercise.depth, 1, model::max_section_depth + 1);
    add(Role::heading, exercise.name, level);
    within(level, exercise.blocks);
  }
  void one(const model::Table& table);
  void one(const model::Checklist& list);
  void one(const model::Dose& dose) {
    add(Role::paragraph, {words(dose_line(plan_.dose(dose).printed), dose.at)});
  }
  static model::Run words(std::string text, const model::Location& at) {
    return model::Run{model::RunKind::text, std::move(text), "", false, at};
  }
  void one(const model::Section& section) {
    const int level = std::clamp(section.depth, 1, model::max_section_depth);
    add(Role::heading, section.heading, level);
    within(level, section.blocks);
  }
  // The blocks under a heading of `level`: a table's caption is a heading one level below.
  void within(int level, const std::vector<model::Block>& inner) {
    const int outer = depth_;
    depth_ = level;
    blocks(inner);
    depth_ = outer;
  }
  void one(const model::Contact& contact) { contact_ = &contact; }
  void contact();

  const model::Handout& handout_;
  model::Plan plan_;
  std::vector<Piece> out_;
  const model::Contact* contact_ = nullptr;
  std::optional<CheckMarks> marks_;
  int depth_ = 0;  // the level of the heading the blocks are under, 0 before any
};

// BANA Braille Formats 2016, 11.3: a table's title (its caption) is a heading of the text's
// hierarchy: a cell-5 heading under a centred one, else a cell-7 heading. The table follows as
// one piece, laid out as a whole (braille/table_flow.h): its introduction names the columns
// ("A table of 4 rows: Exercise, Sets, Times, How often."), the transcriber's note a listed
// table starts with, in the handout's language.
void PieceList::one(const model::Table& table) {
  if (table.caption) add(Role::table_caption, *table.caption, std::clamp(depth_ + 1, 2, 3));
  model::Inlines intro{words(plan_.table(table).intro + " ", table.at)};
  for (std::size_t c = 0; c < table.header.cells.size(); ++c) {
    if (c > 0) intro.push_back(words(", ", table.at));
    const model::Inlines& name = table.header.cells[c].content;
    intro.insert(intro.end(), name.begin(), name.end());
  }
  intro.push_back(words(".", table.at));
  Piece piece{Role::table, std::move(intro), handout_.file, 0, 0, {}};
  const auto add_row = [&piece](const model::Row& row) {
    std::vector<model::Inlines> cells;
    for (const model::Cell& cell : row.cells) cells.push_back(with_addresses(cell.content));
    piece.rows.push_back(std::move(cells));
  };
  add_row(table.header);
  for (const model::Row& row : table.rows) add_row(row);
  out_.push_back(std::move(piece));
}

// UEB has no rule for a checklist's boxes, so a transcriber's note (7-5, between UEB's
// transcriber's-note indicators) says what the list is and what its marks mean, in the plan's
// words: "A checklist of 5 items. □ not done; ✓ done." Each item then starts with its mark, as a
// list item starts with its bullet (1-3). The marks are UEB's square (dots 1-2-4-6, 3-4-5-6,
// 1-4-5, a shape the reader knows as an empty box) for not done and its check mark (dots 4,
// 1-4-6) for done: two signs of different length and shape, told apart at the start of the
// line before the words, where a filled square (the same square after dots 4-5-6) would differ
// by one cell only. A code without braille for them (liblouis's Spanish table) starts each item
// with its state in words ("hecho: …"): nothing to learn, and the note is the list's
// introduction alone.
void PieceList::one(const model::Checklist& list) {
  std::string key = plan_.checklist(list).intro;
  if (marks_)
    key += " " + marks_->not_done + " " + plan_.check_state(false) + "; " + marks_->done + " " +
           plan_.check_state(true) + ".";
  add(Role::checklist_key, {words(key, list.at)});
  int place = 0;
  for (const model::Check& check : list.items) {
    model::Inlines runs{words(marks_ ? (check.checked ? marks_->done : marks_->not_done) + " "
                                     : plan_.check_state(check.checked) + ": ",
                              check.at)};
    runs.insert(runs.end(), check.content.begin(), check.content.end());
    add(Role::check_item, runs, ++place, count(list.items));
  }
}

// The plan's lines, an office's name as its own heading-like line.
void PieceList::contact() {
  const model::ContactPlan& contact = plan_.contact;
  add(Role::contact_heading,
      {model::Run{model::RunKind::text, contact.title, "", false, contact_->at}});
  for (const model::ContactGroup& group : contact.groups)
    for (const model::ContactLine& line : group.lines) {
      const Role role =
          line.part == model::ContactPart::office_name ? Role::office_name : Role::contact_line;
      model::Run run{line.kind(), line.field.text, "", false, line.field.at};
      run.lang = line.lang;  // the clinic's name and address, in clinic.xml's language
      out_.push_back({role, {std::move(run)}, contact_->clinic.file, 0, 0, {}});
    }
}

}  // namespace

std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms,
                          const std::optional<CheckMarks>& marks) {
  PieceList list(handout, terms, marks);
  list.add(Role::title, handout.title);
  if (handout.subtitle) list.add(Role::subtitle, *handout.subtitle);
  list.authors();
  list.blocks(handout.body);
  list.contact_last();
  list.revised();
  list.availability();
  return std::move(list).take();
}

std::vector<const model::Inlines*> texts(const Piece& piece) {
  std::vector<const model::Inlines*> out{&piece.runs};
  for (const std::vector<model::Inlines>& row : piece.rows)
    for (const model::Inlines& cell : row) out.push_back(&cell);
  return out;
}

}  // namespace handout::braille
