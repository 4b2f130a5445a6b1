#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "lang/hours.h"
#include "lang/plan_words.h"
#include "lang/sentences.h"
#include "lang/weekdays.h"
#include "model/plan.h"
#include "reading/contact_script.h"
#include "reading/inline_speech.h"
#include "reading/lexicon_rules.h"
#include "reading/phrases.h"
#include "reading/script.h"
#include "reading/ssml.h"

namespace handout::reading {

namespace {

const model::Lexicon no_lexicon;

class ScriptWriter {
 public:
  ScriptWriter(const model::Handout& handout, const model::Lexicon& lexicon,
               const model::ClinicalLexicon* clinical, std::span<const std::string> voices)
      : handout_(handout),
        voices_{handout.lang.tag, clinic_language(handout), voices},
        units_(handout),
        phrases_(handout.lang),
        plan_(model::make_plan(handout, lang::plan_words(phrases_))),
        speaker_{phrases_.language(),
                 lexicon_applies(lexicon, handout.lang.tag) ? lexicon : no_lexicon,
                 dialect_of(handout.lang.tag, clinic_language(handout)), clinical, &voices_} {}

  // One paragraph of the handout, as write() says it: for `handout say`.
  std::string paragraph(const model::Paragraph& p) {
    write_block(p);
    return drop_spoken_full_stops(std::move(script_.ssml));
  }

  Script write() {
    script_.voice = voices_.voice_for(handout_.lang.tag);
    script_.ssml =
        "<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"" +
        escape(script_.voice) + "\">";
    start_chapter("intro", model::plain_text(handout_.title));
    opening();
    table_of_contents();
    for (const model::Block& block : handout_.body) write(block);
    closing();
    script_.ssml += "</speak>\n";
    script_.ssml = drop_spoken_full_stops(std::move(script_.ssml));
    return std::move(script_);
  }

 private:
  void start_chapter(std::string id, std::string title) {
    const std::string name = "chapter-" + std::to_string(script_.chapters.size());
    script_.ssml += mark(name);
    script_.chapters.push_back({name, std::move(id), unique_title(std::move(title))});
  }

  // A player lists chapters by title, so each is told apart: a title met before (an exercise
  // "Bridge" in two weeks' sections) takes its section's heading, or else a number.
  std::string unique_title(std::string title) {
    if (titles_.insert(title).second) return title;
    if (!parents_.empty() && titles_.insert(title + " (" + parents_.back() + ")").second)
      return title + " (" + parents_.back() + ")";
    for (int n = 2;; ++n)
      if (titles_.insert(title + " (" + std::to_string(n) + ")").second)
        return title + " (" + std::to_string(n) + ")";
  }

  // The sentence marks start here. Each sentence of a unit's text gets a <mark> with its id
  // (model::sentence_id): the first before its words, the others where the sentence before
  // them ends (sentence_tail); words the script adds to a unit ("Step 2 of 5.", "Emergency.")
  // follow the mark of its first sentence. `first_marked`: the caller already wrote it.
  std::string sentences(const model::Inlines& text, bool first_marked = false) {
    const model::Unit& unit = units_.of(text);
    std::string out;
    for (const lang::Sentence& sentence : lang::split_sentences(text, handout_.lang, unit.id)) {
      if (!out.empty()) {
        out.insert(sentence_tail(out), sentence_mark(sentence.id));
      } else if (!first_marked) {
        out += sentence_mark(sentence.id);
      }
      out += speaker_.runs(sentence.runs);
    }
    return out + (ends_sentence(model::plain_text(text)) ? "" : ".");
  }

  std::string first_mark(const model::Inlines& text) {
    return sentence_mark(model::sentence_id(units_.of(text).id, 1));
  }

  std::string sentence_mark(std::string id) {
    std::string out = mark(id);
    script_.sentence_marks.push_back(std::move(id));
    return out;
  }

  void opening() {
    std::string titles = element("s", sentences(handout_.title));
    if (handout_.subtitle) titles += element("s", sentences(*handout_.subtitle));
    script_.ssml += element("p", titles);
    if (plan_.byline)
      script_.ssml += element(
          "p", element("s", sentence_mark(model::sentence_id(plan_.byline->unit, 1)) + authors()));
  }

  // The names with a pause between them.
  std::string authors() const {
    const model::Byline& byline = *plan_.byline;
    std::string names;
    for (std::size_t k = 0; k < byline.authors.size(); ++k) {
      if (k > 0)
        names += byline.after_conjunction(k) ? pause(300) + ' ' + byline.conjunction + ' '
                                             : ',' + pause(300) + ' ';
      names += speaker_.text(byline.authors[k]->name);
    }
    return escape(byline.by) + ' ' + names + '.';
  }

  // What a sentence the recording adds says: its words, then the title it names.
  std::string spoken(const model::SpokenSentence& sentence) const {
    if (!sentence.title) return speaker_.sentence(sentence.words);
    if (sentence.words.empty()) return speaker_.sentence(*sentence.title);
    return escape(sentence.words) + ' ' + speaker_.sentence(*sentence.title);
  }

  // Each sentence has its mark (model/plan.h: contents), at the start of its <s>; a long list
  // of titles is only counted (41 titles read in a row help no one).
  void table_of_contents() {
    std::string out;
    for (const model::SpokenSentence& sentence : plan_.contents) {
      const std::string marked = sentence_mark(sentence.id);
      // The count is the tool's own sentence, the parts' names are read as text.
      out += element("s", marked + (&sentence == &plan_.contents.front() ? escape(sentence.words)
                                                                         : spoken(sentence)));
    }
    script_.ssml += element("p", out);
  }

  void heading(int depth, std::string id, std::string title, const std::string& spoken) {
    script_.ssml += pause(depth <= 1 ? pause_before_heading_ms : pause_before_subheading_ms);
    start_chapter(std::move(id), std::move(title));
    script_.ssml += element("p", element("s", spoken)) + pause(pause_after_heading_ms);
  }

  void write(const model::Block& block) {
    std::visit([this](const auto& b) { write_block(b); }, block);
  }

  void write_block(const model::Paragraph& p) {
    script_.ssml += element("p", element("s", sentences(p.content)));
  }

  // The list's announcement ("A list of 3 items.") belongs to its first item.
  void write_block(const model::List& list) {
    std::string out = element(
        "s", first_mark(list.items.front().content) + escape(phrases_.list_of(list.items.size())));
    for (const model::Item& item : list.items) {
      out += element("s", sentences(item.content, &item == &list.items.front())) +
             pause(pause_after_item_ms);
    }
    script_.ssml += element("p", out);
  }

  void write_block(const model::Steps& steps) {
    for (std::size_t i = 0; i < steps.items.size(); ++i) {
      const model::Inlines& step = steps.items[i].content;
      // Marks are recorded as they are made: the first one first.
      const std::string number =
          first_mark(step) + escape(phrases_.step(i + 1, steps.items.size()));
      script_.ssml += element("p", element("s", number) + element("s", sentences(step, true)));
    }
  }

  // "Picture: …" where the picture stands, then its caption: the description's unit and the
  // caption's, each marked as any text.
  void write_block(const model::Figure& figure) {
    // In two statements: marks are recorded as they are made, the first one first (the operands
    // of + are evaluated in no set order).
    const std::string first = first_mark(figure.description);
    std::string out =
        element("s", first + escape(plan_.picture) + ": " + sentences(figure.description, true));
    if (figure.caption) out += element("s", sentences(*figure.caption));
    script_.ssml += element("p", out);
  }

  // A heading and a chapter of its own, like a section's.
  void write_block(const model::Exercise& exercise) {
    heading(exercise.depth, exercise.id, model::plain_text(exercise.name),
            sentences(exercise.name));
    for (const model::Block& block : exercise.blocks) write(block);
  }

  // The caption as text, then one sentence that introduces the table with its columns' names
  // ("A table of 4 rows: Exercise, Sets, Times, How often."), then one sentence a row, each
  // value after its column's name ("Pendulum: Sets, 2; Times, 10; How often, 3 times a
  // day."); a blank cell is left out. Read as text is ("8 to 12", "500 mg"); the read-along
  // highlights and times each row as one sentence.
  void write_block(const model::Table& table) {
    const model::TableWords& words = plan_.table(table);
    std::string out;
    if (table.caption) out += element("s", sentences(*table.caption));
    std::string names;
    for (const model::Cell& cell : table.header.cells) {
      const std::string name = cell_words(cell.content, true);
      if (name.empty()) continue;
      names += (names.empty() ? " " : ", ") + name;
    }
    out += element(
        "s", sentence_mark(model::sentence_id(words.unit, 1)) + escape(words.intro) + names + '.');
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      const model::Row& row = table.rows[r];
      std::string said = cell_words(row.cells.front().content, true);
      std::string pairs;
      for (std::size_t c = 1; c < row.cells.size(); ++c) {
        const std::string value = cell_words(row.cells[c].content, false);
        if (value.empty()) continue;  // a blank cell
        const std::string name = cell_words(table.header.cells.at(c).content, true);
        pairs += (pairs.empty() ? "" : "; ") + (name.empty() ? value : name + ", " + value);
      }
      if (!pairs.empty()) said += said.empty() ? pairs : ": " + pairs;
      out += element("s", sentence_mark(model::sentence_id(words.rows.at(r), 1)) + said + '.') +
             pause(pause_after_item_ms);
    }
    script_.ssml += element("p", out);
  }

  // A cell's words within a sentence: its runs as text is read, without the full stop, comma,
  // colon or semicolon that would clash with the row's own ("2 tablets." is "2 tablets"; "8
  // a.m." is read whole, then its full stop dropped). A name (a column's, a row's) that is
  // only a day's abbreviation is the day ("Sat" is "Saturday", as a clinician reads a week's
  // columns); empty for a blank cell.
  std::string cell_words(const model::Inlines& content, bool naming) const {
    model::Inlines runs = content;
    while (!runs.empty() && runs.back().kind == model::RunKind::text) {
      std::string& printed = runs.back().text;
      while (!printed.empty() &&
             std::string_view(" \t\n,;:").find(printed.back()) != std::string_view::npos)
        printed.pop_back();
      if (!printed.empty()) break;
      runs.pop_back();
    }
    if (runs.empty()) return {};
    const std::optional<std::string> day = naming ? day_named(runs) : std::nullopt;
    std::string said = day ? escape(*day) : speaker_.runs(runs);
    while (!said.empty() && (said.back() == '.' || said.back() == ' ')) said.pop_back();
    return said;
  }

  std::optional<std::string> day_named(const model::Inlines& runs) const {
    if (runs.size() != 1 || runs.front().kind != model::RunKind::text) return std::nullopt;
    std::string_view printed = runs.front().text;
    while (!printed.empty() && printed.front() == ' ') printed.remove_prefix(1);
    if (printed.find(' ') != std::string_view::npos) return std::nullopt;
    // Three letters at least: ICU's two-letter forms ("Mo", "Tu") are too often something else.
    const auto letters = std::ranges::count_if(
        printed, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    if (letters < 3) return std::nullopt;
    // "Mar" is also March in Spanish: a month's abbreviation is not taken for a day.
    if (lang::month_or_name_of(printed, handout_.lang)) return std::nullopt;
    const std::optional<int> day =
        lang::weekday_of(printed, handout_.lang, lang::DayForm::abbreviation);
    if (!day) return std::nullopt;
    return lang::weekday_name(*day, handout_.lang);
  }

  // One sentence introduces the checklist ("A checklist of 5 items."), then each item is read
  // as text; an item the clinic ticked says so first, in its first sentence ("Ticked: Heel
  // slides."), as a note says its label.
  void write_block(const model::Checklist& list) {
    const model::ChecklistWords& words = plan_.checklist(list);
    std::string out =
        element("s", sentence_mark(model::sentence_id(words.unit, 1)) + escape(words.intro));
    for (const model::Check& item : list.items) {
      if (item.checked) {
        // In two statements: the first mark is recorded first.
        const std::string first = first_mark(item.content);
        out += element("s", first + escape(plan_.ticked) + ": " + sentences(item.content, true));
      } else {
        out += element("s", sentences(item.content));
      }
      out += pause(pause_after_item_ms);
    }
    script_.ssml += element("p", out);
  }

  // The plan's one sentence, read as text is ("8 to 12", "30 seconds").
  void write_block(const model::Dose& dose) {
    const model::DoseWords& words = plan_.dose(dose);
    script_.ssml +=
        element("p", element("s", sentence_mark(model::sentence_id(words.unit, 1)) +
                                      speaker_.sentence(std::string_view(words.spoken))));
  }

  // The label first, as a sentence of its own ("Emergency."): in the note's first sentence
  // when the note is text, else its label unit's one sentence before its blocks.
  void write_block(const model::Note& note) {
    if (urgent(note.kind)) script_.ssml += pause(pause_before_urgent_note_ms);
    const std::string label =
        sentence_mark(model::sentence_id(units_.of(note).id, 1)) + note_label(note.kind);
    if (note.blocks.empty()) {
      script_.ssml +=
          element("p", element("s", label) + element("s", sentences(note.content, true)));
      return;
    }
    script_.ssml += element("p", element("s", label));
    for (const model::Block& block : note.blocks) write(block);
  }

  static bool urgent(model::NoteKind kind) {
    return kind == model::NoteKind::emergency || kind == model::NoteKind::warning;
  }

  // Stressed when the note is urgent.
  std::string note_label(model::NoteKind kind) const {
    const std::string said = escape(plan_.note_label(kind)) + '.';
    return urgent(kind) ? element("emphasis", said) : said;
  }

  void write_block(const model::Contact&) {
    const model::ContactPlan& contact = plan_.contact;
    heading(1, "contact", contact.title,
            sentence_mark(contact.groups.front().sentence) + speaker_.sentence(contact.title));
    script_.ssml += contact_ssml(contact, speaker_, phrases_, [&](const model::ContactGroup& g) {
      return sentence_mark(g.sentence);
    });
  }

  void write_block(const model::Section& section) {
    heading(section.depth, section.id, model::plain_text(section.heading),
            sentences(section.heading));
    parents_.push_back(model::plain_text(section.heading));
    for (const model::Block& block : section.blocks) write(block);
    parents_.pop_back();
  }

  // Its sentences' marks: model/reading_order.h, closing_sentence_id.
  void closing() {
    std::string out;
    for (const model::SpokenSentence& sentence : plan_.closing)
      out += element("s", sentence_mark(sentence.id) +
                              (sentence.title ? spoken(sentence) : escape(sentence.words)));
    script_.ssml += pause(pause_before_heading_ms) + element("p", out);
  }

  const model::Handout& handout_;
  Voices voices_;
  model::UnitIndex units_;
  Phrases phrases_;
  model::Plan plan_;
  Speaker speaker_;
  Script script_;
  std::set<std::string> titles_;      // the chapters' so far
  std::vector<std::string> parents_;  // the headings of the sections being read
};

}  // namespace

Script build_script(const model::Handout& handout, const model::Lexicon& lexicon,
                    const model::ClinicalLexicon* clinical, std::span<const std::string> voices) {
  return ScriptWriter(handout, lexicon, clinical, voices).write();
}

std::string paragraph_script(const model::Handout& handout, const model::Paragraph& paragraph,
                             const model::Lexicon& lexicon, const model::ClinicalLexicon* clinical,
                             std::span<const std::string> voices) {
  return ScriptWriter(handout, lexicon, clinical, voices).paragraph(paragraph);
}

}  // namespace handout::reading
