#pragma once
// The immutable document model every writer consumes. Nothing here knows about XML.
#include <optional>
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

struct Note {  // an important callout
  Inlines content;
  Location at;
  friend bool operator==(const Note&, const Note&) = default;
};

struct Contact {  // the clinic's contact block, placed here
  Clinic clinic;
  Location at;  // of <contact/>, or of the handout's end tag when implied
  bool implied = false;
  friend bool operator==(const Contact&, const Contact&) = default;
};

struct Section;
using Block = std::variant<Paragraph, List, Steps, Note, Contact, Section>;

struct Section {
  std::string id;  // unique in the handout; derived from the heading when not given
  int depth = 1;   // 1 for a top-level section, at most max_section_depth
  Inlines heading;
  std::vector<Block> blocks;
  Location at;
  friend bool operator==(const Section&, const Section&) = default;
};

inline constexpr int max_section_depth = 3;

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

}  // namespace handout::model
