#pragma once
// A handout as the braille layout reads it: every text in reading order, each with its role,
// including the words the tool adds (the contact heading, opening hours, a note's label, the
// word before a picture's description, a dose line, a link's address after its words). The
// layout formats these pieces; the check translates exactly the same texts, so nothing escapes
// it.
#include <optional>
#include <string>
#include <vector>

#include "braille/translator.h"
#include "lang/terms.h"
#include "model/handout.h"

namespace handout::braille {

enum class Role {
  title,  // centred on page 1, like the subtitle and the authors
  subtitle,
  author,
  heading,           // a section's or an exercise's: `level` 1 centred, 2 cell 5, 3 and 4 cell 7
  paragraph,         // 3-1: a paragraph, a caption, a dose line, an inline note's text
  bullet_item,       // 1-3, after a bullet; `level` its place in its list (1 for the first)
  step,              // 1-3, after its number (`level`)
  transcriber_note,  // 7-5 between the transcriber's-note indicators: a picture's description
  box_open,          // a note's top box line, then its label (the runs), centred
  box_close,         // the note's bottom box line (no runs)
  contact_heading,   // centred, in the handout's language
  contact_line,      // 1-3: the clinic's name, phone, email, web, an office's lines
  office_name,       // cell 5, before each office's lines
  table_caption,     // a table's caption: a heading one level below its section's (`level`)
  table,             // a whole table: its `rows`, the header first; `runs`, its introduction
          // ("A table of 4 rows: Exercise, Sets, …"), a listed table's transcriber's note
  checklist_key,  // 7-5: what the checklist is and what its marks mean, a transcriber's note
  check_item,     // 1-3: a checklist's item after its mark (or its state in words); `level` its
                  // place in the list
};

struct Piece {
  Role role = Role::paragraph;
  model::Inlines runs;
  std::string file;  // where the runs were written, for messages
  int level = 0;
  int items = 0;  // a list item's (bullet_item, step, check_item): how many items its list has
  std::vector<std::vector<model::Inlines>> rows;  // Role::table: each row's cells, empty ones too
};

// `marks`: the print characters of a checklist's marks, when the braille code has them
// (Translator::check_marks), else each item starts with its state in words ("done: …").
std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms,
                          const std::optional<CheckMarks>& marks);

// Every text of a piece: its runs, then a table's cells, row by row.
std::vector<const model::Inlines*> texts(const Piece& piece);

}  // namespace handout::braille
