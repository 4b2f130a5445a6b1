#pragma once
// A handout as the braille layout reads it: every text in reading order, each with its role,
// including the words the tool adds (the contact heading, opening hours). The layout formats
// these pieces; the check translates exactly the same texts, so nothing escapes it.
#include <string>
#include <vector>

#include "lang/terms.h"
#include "model/handout.h"

namespace handout::braille {

enum class Role {
  title,  // centred on page 1, like the subtitle and the authors
  subtitle,
  author,
  heading,          // `level` 1: centred; 2 and 3: cell 5
  paragraph,        // 3-1
  bullet_item,      // 1-3, after a bullet
  step,             // 1-3, after its number (`level`)
  note,             // 3-1 inside box lines
  contact_heading,  // centred, in the handout's language
  contact_line,     // 1-3: the clinic's name, phone, email, web, an office's lines
  office_name,      // cell 5, before each office's lines
};

struct Piece {
  Role role = Role::paragraph;
  model::Inlines runs;
  std::string file;  // where the runs were written, for messages
  int level = 0;
};

std::vector<Piece> pieces(const model::Handout& handout, const lang::Terms& terms);

}  // namespace handout::braille
