#pragma once
// The one plan of what a handout says, computed once from the model, its clinic and the words
// of its language, and read by every writer: the text units in reading order, the byline, the
// contact block's parts in their order, the sentences only the recording says (the parts it
// names, its closing) and the date the outputs carry. A writer decides how each part looks or
// sounds, never what is in it or in which order.
//
// The model knows no language: the words come in as PlanWords (lang/plan_words.h makes them
// from lang::Terms, with ICU's plural rules and dates).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/handout.h"
#include "model/reading_order.h"

namespace handout::model {

// The words a plan adds, in the handout's language.
struct PlanWords {
  std::string by;                                         // "By", before the authors
  std::string conjunction;                                // "and", before the last author
  std::string contact_title;                              // "How to reach us"
  std::string fax;                                        // "Fax:", before a fax number
  std::function<std::string(std::size_t)> parts;          // "This recording has 3 parts:"
  std::function<std::string(std::size_t)> many_parts;     // above max_listed_parts
  std::function<std::string(const Date&)> revised;        // "This handout was revised on …."
  std::function<std::string(const Date&)> revised_shown;  // "Revised November 26, 2026"
  std::string closing;                                    // "This is the end of the recording:"
  std::string thanks;                                     // "Thank you for listening."
  std::function<std::vector<std::string>(const Hours&)> hours_lines;  // "Monday to Friday, …"
  // A note's label by its kind: "Important", "Emergency", "Warning", "Tip".
  std::function<std::string(NoteKind)> note_label;
  std::string picture;  // "Picture", said before a picture's description
  // An exercise's dose as a printed line ("2 sets · 10 times · hold 5 seconds") and as one
  // spoken sentence ("Do 2 sets of 10, holding each for 5 seconds.").
  std::function<std::string(const Dose&)> dose_line;
  std::function<std::string(const Dose&)> dose_sentence;
  // Said before a table's column names: "A table of 4 rows:".
  std::function<std::string(std::size_t)> table_intro;
  std::function<std::string(std::size_t)> checklist_intro;  // "A checklist of 5 items."
  std::string not_done;  // a checklist box's text equivalent, empty
  std::string done;      // and ticked
  std::string ticked;    // "Ticked", said before an item the clinic ticked
  // The line that names every other format a patient can get the handout in, and where: its
  // words, with the handout's published page (`page`) as a web address among them, or, when
  // `page` is empty, the words that send the patient to the front desk.
  std::function<Inlines(const std::optional<std::string>& page)> available;
};

// A table's introduction: said (`intro`, then the header's cells as its column names) before
// its rows, shown on its header row.
struct TableWords {
  const Table* table = nullptr;
  std::string unit;   // the introduction's unit; its one sentence is sentence_id(unit, 1)
  std::string intro;  // "A table of 4 rows:"
  std::vector<std::string> rows;  // each row's unit; its one sentence is sentence_id(unit, 1)
};

struct ChecklistWords {
  const Checklist* checklist = nullptr;
  std::string unit;   // the introduction's unit; its one sentence is sentence_id(unit, 1)
  std::string intro;  // "A checklist of 5 items."
};

// An exercise's dose, worded.
struct DoseWords {
  const Dose* dose = nullptr;
  std::string unit;     // its unit's id; its one sentence is sentence_id(unit, 1)
  std::string printed;  // the labelled line print, the page and braille show
  std::string spoken;   // the sentence the recording says
};

// "By Ana Example, Ben Example and Cleo Example": the authors, each after a comma but the last,
// which follows the conjunction.
struct Byline {
  std::string unit;  // its unit's id; its one sentence is sentence_id(unit, 1)
  std::string by;
  std::vector<const Author*> authors;
  std::string conjunction;

  // Whether the k-th author (from 1) follows the conjunction rather than a comma.
  bool after_conjunction(std::size_t k) const { return k > 0 && k + 1 == authors.size(); }
  std::string text() const;  // the whole line as plain text
};

// What a line of the contact block is.
enum class ContactPart { clinic_name, phone, fax, email, web, office_name, address, hours, note };

struct ContactLine {
  ContactPart part = ContactPart::clinic_name;
  Field field;  // its text, and where it was written (an hours line: its rule's place)
  // A fax's number alone: `field` shows it after its label ("Fax: (207) 555-0199"), so every
  // format prints it labelled; the recording says the label and then the number as a phone
  // number. Not a link: a patient's phone cannot call a fax machine.
  std::string number = {};
  // The language of `field` when it is not the page's: the clinic's name and the lines of an
  // address are in clinic.xml's language (xml:lang of <clinic>), which a handout in another
  // language says with that language's voice and marks for screen readers. Empty: the page's.
  LanguageTag lang = {};
  // text, phone, email or web: what a link to it opens.
  RunKind kind() const;
  // Names and phone numbers stand out: they are what a patient looks for.
  bool strong() const;
};

// The clinic-wide details, or one office: each is one sentence of the read-along.
struct ContactGroup {
  int office = -1;       // -1 for the clinic-wide details, else the office's index (from 0)
  std::string sentence;  // contact_sentence_id(unit, office)
  std::vector<ContactLine> lines;
};

struct ContactPlan {
  const Contact* block = nullptr;
  std::string unit;                  // the contact block's unit id
  std::string title;                 // "How to reach us"
  std::vector<ContactGroup> groups;  // the clinic-wide details first, then each office
};

// A sentence the recording adds around the handout's own text, shown where it is said.
struct SpokenSentence {
  std::string id;  // "contents-s2", "closing-s1"
  // What a reader sees.
  std::string text;
  // What a listener hears: `words`, then `title` read as the handout's text is (a heading's
  // or the handout's title, with their markup), when not null.
  std::string words;
  const Inlines* title = nullptr;
  // For a part the contents name: the Section or the Contact block it names.
  const Block* part = nullptr;
};

// Where the handout is in the other formats: "This handout is available in these formats:
// large print, audio recording, …; visit example.org/handouts/x.html." A print reader learns
// of the recording and a braille reader of the print from what they hold.
struct Availability {
  std::string sentence;  // its sentence of the closing ("closing-s2"), where the recording says it
  // Its words; the page's address is a RunKind::web run, so every format shows, links, wraps
  // and reads it as any web address. Held apart, so that the closing's sentence can point at
  // it wherever the plan is moved.
  std::shared_ptr<const Inlines> runs;

  std::string text() const { return plain_text(*runs); }
};

struct Plan {
  std::vector<Unit> units;  // every text unit in reading order
  std::optional<Byline> byline;
  // The spoken table of contents after the byline: contents.front() says how many parts
  // there are; the others name each part, when there are at most max_listed_parts.
  std::vector<SpokenSentence> contents;
  ContactPlan contact;
  // The closing after the last block: the revision date (when there is one), the closing line
  // with the title, the thanks.
  std::vector<SpokenSentence> closing;
  // The revision date as a reader sees it, in the reading order after the last block (when the
  // handout has one): "Revised November 26, 2026". Every format shows or says it there, not
  // only in page furniture a screen reader skips (the recording says closing's first sentence).
  std::optional<std::string> revised;
  // Where the handout is in the other formats, right after `revised`: at the end, with what
  // the tool says about the handout itself, so the handout's own words come first and no
  // reader meets it between the title and the text; every format shows or says it there
  // (the recording says it as a sentence of `closing`, before its end). None when the words
  // have no such line.
  std::optional<Availability> available;
  std::vector<DoseWords> doses;            // every exercise's, in reading order
  std::vector<std::string> note_labels;    // by NoteKind
  std::string picture;                     // "Picture"
  std::vector<TableWords> tables;          // every table's, in reading order
  std::vector<ChecklistWords> checklists;  // every checklist's, in reading order
  std::string not_done, done;              // a checklist box's text equivalent
  std::string ticked;                      // "Ticked", said before an item the clinic ticked

  // The words of a dose of this handout; throws std::out_of_range for another's.
  const DoseWords& dose(const Dose& dose) const;
  const TableWords& table(const Table& table) const;  // throws std::out_of_range, as dose()
  const ChecklistWords& checklist(const Checklist& checklist) const;
  const std::string& check_state(bool checked) const { return checked ? done : not_done; }
  const std::string& note_label(NoteKind kind) const {
    return note_labels.at(static_cast<std::size_t>(kind));
  }

  // Whether the contents name each part (links to them), or only say how many there are.
  bool contents_listed() const { return contents.size() > 1; }
};

Plan make_plan(const Handout& handout, const PlanWords& words);

// The plan of one contact block whose unit id is `unit` (for a page of its own, such as the
// index of every handout).
// `language`: the page's (its handout's) language tag.
ContactPlan contact_plan(const Contact& contact, std::string unit, const PlanWords& words,
                         const LanguageTag& language);

// When the handout's outputs are dated, in seconds since 1970: its revision date at midnight
// UTC, or the build's fixed time (SOURCE_DATE_EPOCH) when it has none.
std::int64_t dated_at(const Handout& handout, std::int64_t fallback_epoch);

}  // namespace handout::model
