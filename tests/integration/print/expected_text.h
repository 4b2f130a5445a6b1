#pragma once
// Test support: what a printed handout must say, from the document model, independently of the
// layout code: its words in reading order, its headings (exercises' names included), its list
// items, its links (with words of their own: the words, then the address in parentheses), its
// notes' labels, its doses (the plan's printed line) and its pictures.
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

struct Expected {
  std::vector<std::string> words;  // including the bullet "•" and step numbers "1."
  std::vector<ExpectedHeading> headings;
  std::vector<std::string> items;  // label, a space and the item's text
  std::vector<ExpectedLink> links;
  int notes = 0;
  std::vector<std::string> note_labels;  // "Emergency", in reading order
  std::vector<std::string> doses;        // each exercise's dose line
  std::vector<ExpectedFigure> figures;
  std::vector<std::string> contact_lines;  // clinic name, phone numbers, ...
  std::vector<std::string> phones;         // of the contact block
};

Expected expected_content(const model::Handout& handout);
std::vector<std::string> split_words(const std::string& text);

}  // namespace handout::test
