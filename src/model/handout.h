#pragma once
// The immutable document model every writer consumes. Nothing here knows about XML.
#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "model/clinic.h"
#include "model/date.h"
#include "model/inline.h"
#include "model/language_tag.h"
#include "model/location.h"

namespace handout::model {

struct Paragraph {
  Inlines content;
  Location at;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

struct Item {
  Inlines content;
  Location at;
  friend bool operator==(const Item&, const Item&) = default;
};

struct List {  // bulleted
  std::vector<Item> items;
  Location at;
  friend bool operator==(const List&, const List&) = default;
};

struct Steps {  // numbered from 1
  std::vector<Item> items;
  Location at;
  friend bool operator==(const Steps&, const Steps&) = default;
};

struct Contact {  // the clinic's contact block, placed here
  Clinic clinic;
  Location at;  // of <contact/>, or of the handout's end tag when implied
  bool implied = false;
  friend bool operator==(const Contact&, const Contact&) = default;
};

enum class PictureFormat { png, jpeg };

// A picture file of the content folder, opened and checked by the reader (its format judged by
// its bytes). Writers prepare it for their medium (image/); two pictures are equal when their
// bytes are.
struct Picture {
  std::string src;  // as written in src="…": a path inside the content folder
  PictureFormat format = PictureFormat::png;
  int width = 0;   // in pixels, upright (the EXIF orientation applied)
  int height = 0;  //
  std::shared_ptr<const std::vector<std::byte>> bytes;
  std::string digest;  // of the bytes, in hex: what a rebuild key records
  friend bool operator==(const Picture& a, const Picture& b) {
    return a.src == b.src && a.format == b.format && a.width == b.width && a.height == b.height &&
           a.digest == b.digest;
  }
};

// A picture where it stands, with what a listener or braille reader gets in its place.
struct Figure {
  Picture picture;
  Inlines description;             // what the picture shows (its alt text); never empty
  std::optional<Inlines> caption;  // printed under it
  Location at;
  friend bool operator==(const Figure&, const Figure&) = default;
};

enum class Per { day, week };
enum class Side { each, both, left, right };

struct Count {  // a number, or a range such as 8 to 12 (low == high for a number)
  int low = 0;
  int high = 0;
  bool is_range() const { return low != high; }
  friend bool operator==(const Count&, const Count&) = default;
};

// How much of an exercise to do: at least one of these is set.
struct Dose {
  std::optional<Count> sets;
  std::optional<Count> reps;
  std::optional<int> hold_seconds;
  std::optional<int> rest_seconds;
  std::optional<Count> times;  // how often, per `per`
  Per per = Per::day;
  std::optional<Side> side;
  Location at;
  friend bool operator==(const Dose&, const Dose&) = default;
};

// One cell of a table: inline text, empty when the clinic left it blank.
struct Cell {
  Inlines content;
  Location at;
  bool empty() const { return content.empty(); }
  friend bool operator==(const Cell&, const Cell&) = default;
};

// A table's header or one of its rows: as many cells as the header has. A row's first cell
// names the row (its row header); the header's first cell names that column.
struct Row {
  std::vector<Cell> cells;
  Location at;
  friend bool operator==(const Row&, const Row&) = default;
};

// A schedule or program: column names, then rows, read across.
// (The caption is not the first member: a UnitIndex finds the table and its caption's text by
// their addresses.)
struct Table {
  Row header;
  std::vector<Row> rows;  // at least one
  std::optional<Inlines> caption;
  Location at;
  std::size_t columns() const { return header.cells.size(); }
  friend bool operator==(const Table&, const Table&) = default;
};

// Above this many columns a table is stacked (one block per row) in large print and braille,
// whatever its width: `check` warns.
inline constexpr std::size_t max_table_columns = 6;

struct Check {  // one item of a checklist
  Inlines content;
  bool checked = false;  // ticked by the clinic
  Location at;
  friend bool operator==(const Check&, const Check&) = default;
};

// Things to tick: what to bring, the exercises done today.
struct Checklist {
  std::vector<Check> items;
  Location at;
  friend bool operator==(const Checklist&, const Checklist&) = default;
};

// How urgent a note is; `important` when the note names no kind.
enum class NoteKind { important, emergency, warning, tip };

struct Note;
struct Exercise;
struct Section;
using Block = std::variant<Paragraph, List, Steps, Note, Contact, Section, Figure, Exercise, Dose,
                           Table, Checklist>;

// A callout: inline text (`content`), or blocks (paragraphs, lists, steps) when `content` is
// empty.
struct Note {
  NoteKind kind = NoteKind::important;
  Inlines content;
  std::vector<Block> blocks;
  Location at;
  // Defined after Section: comparing blocks needs every kind of block complete.
  friend bool operator==(const Note& a, const Note& b);
};

// One exercise of a program: its name (a heading one level below its section's), then
// figures, paragraphs, steps, notes and exactly one Dose, in the order written.
struct Exercise {
  std::string id;  // unique in the handout, like a section's
  int depth = 1;   // its heading's level, as a section's depth: one below the enclosing section
  Inlines name;
  std::vector<Block> blocks;
  Location at;
  const Dose& dose() const;
  friend bool operator==(const Exercise& a, const Exercise& b);  // after Section, as Note's
};

struct Section {
  std::string id;  // unique in the handout; derived from the heading when not given
  int depth = 1;   // 1 for a top-level section, at most max_section_depth
  Inlines heading;
  std::vector<Block> blocks;
  Location at;
  friend bool operator==(const Section&, const Section&) = default;
};

inline constexpr int max_section_depth = 3;

inline bool operator==(const Note& a, const Note& b) {
  return a.kind == b.kind && a.content == b.content && a.blocks == b.blocks && a.at == b.at;
}

inline bool operator==(const Exercise& a, const Exercise& b) {
  return a.id == b.id && a.depth == b.depth && a.name == b.name && a.blocks == b.blocks &&
         a.at == b.at;
}

inline const Dose& Exercise::dose() const {
  for (const Block& block : blocks)
    if (const auto* dose = std::get_if<Dose>(&block)) return *dose;
  throw std::logic_error("an exercise without a dose");
}

struct Author {
  std::string name;
  Location at;
  friend bool operator==(const Author&, const Author&) = default;
};

struct Handout {
  std::string file;  // as given to the reader, for messages
  std::string id;
  LanguageTag lang;
  std::optional<Date> revised;
  Inlines title;
  std::optional<Inlines> subtitle;
  std::vector<Author> authors;
  // Introduction blocks, sections and exactly one Contact, in reading order.
  std::vector<Block> body;
  Location at;
  friend bool operator==(const Handout&, const Handout&) = default;
};

// The clinic of the handout's contact block (every handout read has one), or null.
inline const Clinic* clinic_of(const Handout& handout) {
  for (const Block& block : handout.body)
    if (const auto* contact = std::get_if<Contact>(&block)) return &contact->clinic;
  return nullptr;
}

// The address of the handout's read-along page where its clinic publishes the contents of out/
// (<publish base="…"/>: <base><id>.html), or nothing when it publishes none.
inline std::optional<std::string> published_page(const Handout& handout) {
  const Clinic* clinic = clinic_of(handout);
  if (clinic && clinic->publish_base) return *clinic->publish_base + handout.id + ".html";
  return std::nullopt;
}

}  // namespace handout::model
