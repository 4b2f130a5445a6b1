#pragma once
// Test support: a handout whose headings would derive, as section ids, every id the XHTML
// formats give their own elements (model/element_ids.h), and a check that a document's ids are
// unique and that each is a section's or one of those the list names.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "model/element_ids.h"
#include "model/handout.h"

namespace handout::test {

// A section per fixed id ("Sentence times" derives sentence-times) and per pattern ("U2 S1"
// derives u2-s1), each with a sentence, then the contact block.
inline std::string element_id_headings_handout() {
  std::string xml =
      "<handout id=\"sample\" lang=\"en-US\" revised=\"2026-03-04\">\n<title>Names"
      "</title>\n<author>A One</author>\n<p>Start.</p>\n";
  const auto section = [&](std::string heading) {
    xml += "<section><heading>" + heading + "</heading><p>About " + heading +
           ". More.</p></section>\n";
  };
  for (const std::string_view id : model::fixed_element_ids) {
    std::string heading(id);
    for (char& c : heading)
      if (c == '-') c = ' ';
    section(heading);
  }
  for (const char* heading :
       {"U1", "U2", "U2 S1", "U3 heading", "Contents S1", "Closing S2", "Page1", "Page 2"})
    section(heading);
  return xml + "<contact/>\n</handout>\n";
}

// Every section's and exercise's id, at any depth.
inline void section_ids(const std::vector<model::Block>& blocks, std::set<std::string>& out) {
  for (const model::Block& block : blocks)
    if (const auto* s = std::get_if<model::Section>(&block)) {
      out.insert(s->id);
      section_ids(s->blocks, out);
    } else if (const auto* e = std::get_if<model::Exercise>(&block)) {
      out.insert(e->id);
    }
}

// Each id of `document` is used once, and is a section's (never a format's own) or one of the
// ids the formats give their own elements.
inline void check_element_ids(const std::string& document, const model::Handout& handout) {
  std::set<std::string> sections;
  section_ids(handout.body, sections);
  std::set<std::string> seen;
  static const std::regex id_attribute(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(document.begin(), document.end(), id_attribute);
       it != std::sregex_iterator(); ++it) {
    const std::string id = (*it)[1].str();
    CAPTURE(id);
    CHECK_MESSAGE(seen.insert(id).second, "id used twice");
    if (sections.contains(id))
      CHECK_FALSE(model::is_element_id(id));
    else
      CHECK_MESSAGE(model::is_element_id(id),
                    "an id the formats make that model/element_ids.h "
                    "does not list");
  }
}

}  // namespace handout::test
