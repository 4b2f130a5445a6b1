#pragma once
// Test support: what a printed handout must say, from the document model, independently of the
// layout code: its words in reading order, its headings (exercises' names included), its list
// items, its links (with words of their own: the words, then the address in parentheses), its
// notes' labels, its doses (the plan's printed line), its pictures, its tables' cells and its
// checklists' items.
#include <string>
#include <vector>

#include "model/handout.h"

namespace handout::test {

struct ExpectedHeading {
  std::string text;
  int depth = 1;
};

struct ExpectedLink {
  std::string uri;
  std::string text;
};

struct ExpectedFigure {
  std::string description;  // its /Alt
  std::string caption;      // empty when it has none
};

struct ExpectedTable {
  std::string caption;  // empty when it has none
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each cell's text, empty for a blank cell
};

struct ExpectedCheck {
  std::string text;
  std::string state;  // its box's text equivalent: the plan's "done" or "not done"
};

struct Expected {
  std::vector<std::string> words;  // including the bullet "•" and step numbers "1."
  std::vector<ExpectedHeading> headings;
  // label, a space and the item's text; a checklist's item: its text (its label is a box)
  std::vector<std::string> items;
  std::vector<ExpectedLink> links;
  int notes = 0;
  std::vector<std::string> note_labels;  // "Emergency", in reading order
  std::vector<std::string> doses;        // each exercise's dose line
  std::vector<ExpectedFigure> figures;
  std::vector<std::string> contact_lines;  // clinic name, phone numbers, ...
  std::vector<std::string> phones;         // of the contact block
  // Tables' words are in `words` in reading order (caption, header, rows), though pdftotext
  // reads a table's cells in its own order, and a stacked table prints its column names again.
  std::vector<ExpectedTable> tables;
  std::vector<ExpectedCheck> checks;  // of every checklist
};

Expected expected_content(const model::Handout& handout);
std::vector<std::string> split_words(const std::string& text);

}  // namespace handout::test
