#pragma once
// A handout as the braille layout reads it: every text in reading order, each with its role,
// including the words the tool adds (the contact heading, opening hours, a note's label, the
// word before a picture's description, a dose line, a link's address after its words). The
// layout formats these pieces; the check translates exactly the same texts, so nothing escapes
// it.
#include <string>
#include <vector>

#include "lang/terms.h"
#include "model/handout.h"

namespace handout::braille {

enum class Role {
  title,  // centred on page 1, like the subtitle and the authors
  subtitle,
  author,
  heading,           // a section's or an exercise's: `level` 1 centred, 2 cell 5, 3 and 4 cell 7
  paragraph,         // 3-1: a paragraph, a caption, a dose line, an inline note's text
  bullet_item,       // 1-3, after a bullet
  step,              // 1-3, after its number (`level`)
  transcriber_note,  // 7-5 between the transcriber's-note indicators: a picture's description
  box_open,          // a note's top box line, then its label (the runs), centred
  box_close,         // the note's bottom box line (no runs)
  contact_heading,   // centred, in the handout's language
  contact_line,      // 1-3: the clinic's name, phone, email, web, an office's lines
  office_name,       // cell 5, before each office's lines
};

struct Piece {
  Role role = Role::paragraph;
  model::Inlines runs;
  std::string file;  // where the runs were written, for messages
  int level = 0;
};

std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms);

}  // namespace handout::braille
