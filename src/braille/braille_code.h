#pragma once
// Which braille code a handout is written in: Unified English Braille, grade 2 (contracted)
// or grade 1, for English; uncontracted Spanish braille for Spanish whatever grade is asked
// (liblouis's contracted Spanish table is not one we can show to be right). Each is a
// liblouis table list with the North American BRF display table first, and the tool's own rows
// added on top (braille/own_tables.h).
#include <string>

#include "model/language_tag.h"

namespace handout::braille {

struct Code {
  std::string table_list;  // "en-us-brf.dis,en-ueb-g2.ctb"
  std::string table;       // "en-ueb-g2.ctb", for the manifest and messages
  int grade = 2;           // the grade used, 1 or 2
  std::string name;        // "Unified English Braille", for messages
};

Code braille_code(const model::LanguageTag& lang, int grade);

}  // namespace handout::braille
