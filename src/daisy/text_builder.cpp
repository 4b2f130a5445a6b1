// The walk: the opening, the blocks in reading order, a part for each top-level section.
#include "daisy/text_builder.h"

#include <algorithm>

#include "lang/plan_words.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

TextBuilder::TextBuilder(const model::Handout& handout)
    : handout_(handout), units_(handout), terms_(handout.lang), plan_(lang::plan_of(handout)) {}

TextDocument TextBuilder::build() {
  opening();
  for (const model::Block& b : handout_.body) block(b);
  closing();
  return std::move(document_);
}

void TextBuilder::start_part(std::string smil, std::string title) {
  document_.parts.push_back({std::move(smil), std::move(title), {}, {}});
}

void TextBuilder::heading(int level, std::string id, std::string title, std::string sentence) {
  part().headings.push_back({level, std::move(id), std::move(title), std::move(sentence)});
}

// The title, subtitle and byline, the parts the recording names and the introduction.
void TextBuilder::opening() {
  const std::string title = model::plain_text(handout_.title);
  start_part("opening.smil", title);
  const std::string first = text_unit(handout_.title, "h1");
  heading(1, units_.of(handout_.title).id, title, first);
  if (handout_.subtitle) text_unit(*handout_.subtitle, "p", " class=\"subtitle\"");
  if (plan_.byline) byline(*plan_.byline);
  table_of_contents();
}

void TextBuilder::block(const model::Block& block) {
  if (const auto* p = std::get_if<model::Paragraph>(&block)) {
    text_unit(p->content, "p");
  } else if (const auto* list = std::get_if<model::List>(&block)) {
    items(list->items, false);
  } else if (const auto* steps = std::get_if<model::Steps>(&block)) {
    items(steps->items, true);
  } else if (const auto* n = std::get_if<model::Note>(&block)) {
    note(*n);
  } else if (std::holds_alternative<model::Contact>(block)) {
    contact();  // the handout's one contact block, as its plan has it
  } else {
    section(std::get<model::Section>(block));
  }
}

// A top-level section starts a part; every section's heading is a heading of ncc.html, at its
// depth (h1 to h3).
void TextBuilder::section(const model::Section& section) {
  const std::string title = model::plain_text(section.heading);
  if (section.depth == 1) start_part("s" + std::to_string(++sections_) + ".smil", title);
  const int level = std::clamp(section.depth, 1, model::max_section_depth);
  const std::string first = text_unit(section.heading, "h" + std::to_string(level));
  heading(level, units_.of(section.heading).id, title, first);
  for (const model::Block& b : section.blocks) block(b);
}

void TextBuilder::items(const std::vector<model::Item>& items, bool numbered) {
  out() += numbered ? "<ol>\n" : "<ul>\n";
  for (const model::Item& item : items) text_unit(item.content, "li");
  out() += numbered ? "</ol>\n" : "</ul>\n";
}

// The note as the recording announces it: "Important:" before its text.
void TextBuilder::note(const model::Note& note) {
  out() += "<div class=\"note\">\n";
  text_unit(note.content, "p", "",
            "<strong>" + lang::escape_xml_text(terms_.important()) + "</strong> ");
  out() += "</div>\n";
}

}  // namespace handout::daisy
