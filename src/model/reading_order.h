#pragma once
// The handout's text units in reading order, each with a stable id ("u1", "u2", …): what the
// audio reads and the page shows, so that the speech script's marks and every read-along
// writer (web page, EPUB) name the same things the same way. A writer that walks the model
// finds a unit's id by the address of its Inlines (or of the Contact block) in a UnitIndex,
// so two walkers can never disagree.
//
// Sentence ids are "<unit id>-s<k>" (k from 1). Sentences of text units come from
// lang/sentences.h. Units without Inlines have fixed sentences:
// - the byline: one sentence, "<unit>-s1" ("By …", every author);
// - a dose: one sentence, "<unit>-s1" (model/plan.h words it);
// - a note of blocks: one sentence, "<unit>-s1", its label ("Emergency");
// - a table: its caption is a unit of kind caption (text units' sentences), then the table's
//   introduction ("A table of 4 rows: exercise, sets, …", one sentence "<unit>-s1", shown on
//   the header row), then each row: one sentence "<unit>-s1";
// - a checklist: its introduction ("A checklist of 5 items.", "<unit>-s1"), then each item as
//   a text unit;
// - the contact block: "<unit>-s1" is its heading and the clinic-wide details (name, phone,
//   e-mail, web address); "<unit>-s<k+1>" is the clinic's k-th location (office), k from 1.
//
// What the recording says around the handout's text has sentences too, so that every stretch
// of it belongs to text a reader sees (words from lang::Terms):
// - the spoken table of contents, after the byline: "contents-s1" says how many parts there
//   are (Terms::parts, or Terms::many_parts above max_listed_parts), and when they are listed
//   "contents-s<k+1>" is the k-th of listed_parts: a section's heading, or the contact block's
//   title (Terms::contact_title);
// - the closing, after the last block: "closing-s1", … are, in order, the revision date
//   (Terms::revised_spoken, when the handout has one), where the other formats are
//   (Terms::available_at or available_ask: model/plan.h's `available`, which every format
//   shows), the closing line with the title (Terms::closing, then the title) and the thanks
//   (Terms::thanks).
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/handout.h"

namespace handout::model {

enum class UnitKind {
  title,
  subtitle,
  byline,
  heading,
  paragraph,
  item,
  step,
  note,  // an inline note's text, or a note of blocks' label (then its blocks' units follow)
  contact,
  figure,     // a picture's description, said and shown in its place
  caption,    // a picture's caption
  exercise,   // an exercise's name, a heading
  dose,       // an exercise's dose: one sentence, its words from the plan
  table,      // a table's introduction, said before its rows and shown on its header row
  row,        // one row of a table: one sentence (its cells, each with its column's name)
  checklist,  // a checklist's introduction ("A checklist of 5 items."): one sentence
  check,      // one item of a checklist
};

struct Unit {
  std::string id;  // "u1", "u2", … in reading order
  UnitKind kind = UnitKind::paragraph;
  // Null for the byline, the contact block, a dose, the label of a note of blocks, a table's
  // introduction and rows, and a checklist's introduction.
  const Inlines* text = nullptr;
  // A table's introduction: the header's cells; a row: its cells (empty ones too), in order.
  std::vector<const Inlines*> cells;
  // The block the unit belongs to: its Paragraph, Note, Contact, Section (heading), Figure
  // (description, caption), Exercise (name), Dose, Table (caption, introduction, rows),
  // Checklist (introduction, items), or the List or Steps of an item or step;
  // null for the title, subtitle and byline.
  const Block* block = nullptr;
  int depth = 0;  // of the enclosing section (0 outside any); a heading's own depth
};

// Every spoken and printed text unit: title, subtitle, byline, then the body in order.
std::vector<Unit> reading_order(const Handout& handout);

// Every text of a unit a reader sees: its text, or its cells.
std::vector<const Inlines*> texts_of(const Unit& unit);

// "u7-s2": the k-th sentence (from 1) of a unit.
std::string sentence_id(std::string_view unit_id, std::size_t k);

// The contact block's sentence for the clinic-wide details (office < 0) or for office k
// (from 0).
std::string contact_sentence_id(std::string_view unit_id, int office);

// The parts the spoken table of contents names: the top-level sections, exercises and contact
// blocks.
std::vector<const Block*> listed_parts(const Handout& handout);

// Above this many parts the opening says how many there are instead of listing them.
inline constexpr std::size_t max_listed_parts = 8;

// "contents-s<k>" and "closing-s<k>" (k from 1).
std::string contents_sentence_id(std::size_t k);
std::string closing_sentence_id(std::size_t k);

// A handout's units, found by the address of what a writer walks. The handout must outlive it.
class UnitIndex {
 public:
  explicit UnitIndex(const Handout& handout);
  const std::vector<Unit>& units() const { return units_; }
  // The unit whose text is `text` (title, subtitle, heading, paragraph, item, step, note);
  // throws std::out_of_range for Inlines that are not the handout's.
  const Unit& of(const Inlines& text) const;
  const Unit& of(const Contact& contact) const;
  const Unit& of(const Dose& dose) const;
  // A note's unit: its text's, or for a note of blocks its label's.
  const Unit& of(const Note& note) const;
  const Unit& of(const Table& table) const;          // its introduction
  const Unit& of(const Row& row) const;              // a row of a table (not its header)
  const Unit& of(const Checklist& checklist) const;  // its introduction
  // The byline's unit, or null when the handout has no author.
  const Unit* byline() const;

 private:
  std::vector<Unit> units_;
  std::unordered_map<const void*, std::size_t> by_address_;
};

}  // namespace handout::model
