#include "epub/content.h"

#include <algorithm>
#include <stdexcept>

#include "epub/content_builder.h"
#include "lang/xml_escape.h"

namespace handout::epub {

std::string page_id(int page) {
  return "page" + std::to_string(page);
}

Book build_book(const model::Handout& handout, const std::vector<PageStart>& pages) {
  return ContentBuilder(handout, pages).build();
}

ContentBuilder::ContentBuilder(const model::Handout& handout, const std::vector<PageStart>& pages)
    : handout_(handout), units_(handout), terms_(handout.lang) {
  for (const PageStart& start : pages) {
    if (start.sentence.empty())
      unit_pages_[{start.unit, start.offset}] = start.page;
    else
      sentence_pages_[start.sentence] = start.page;
  }
}

Book ContentBuilder::build() {
  opening();
  for (const model::Block& b : handout_.body) block(b);
  table_of_contents();
  closing();
  if (!unit_pages_.empty() || !sentence_pages_.empty())
    throw std::invalid_argument("a printed page starts at a place the EPUB does not have");
  return std::move(book_);
}

void ContentBuilder::start_document(std::string name, std::string title) {
  book_.documents.push_back({std::move(name), std::move(title), {}, {}});
}

void ContentBuilder::opening() {
  start_document("opening.xhtml", model::plain_text(handout_.title));
  out() += "<header>\n";
  text_unit(handout_.title, "h1");
  book_.toc.push_back(
      {model::plain_text(handout_.title), document().name + "#" + units_.of(handout_.title).id, 1});
  if (handout_.subtitle) text_unit(*handout_.subtitle, "p", " class=\"subtitle\"");
  if (const model::Unit* unit = units_.byline()) byline(*unit);
  out() += "</header>\n";
  contents_at_ = {out().size(), document().sentences.size()};
}

void ContentBuilder::block(const model::Block& block) {
  if (const auto* p = std::get_if<model::Paragraph>(&block)) {
    text_unit(p->content, "p");
  } else if (const auto* list = std::get_if<model::List>(&block)) {
    items(list->items, false);
  } else if (const auto* steps = std::get_if<model::Steps>(&block)) {
    items(steps->items, true);
  } else if (const auto* n = std::get_if<model::Note>(&block)) {
    note(*n);
  } else if (const auto* c = std::get_if<model::Contact>(&block)) {
    contact(*c);
  } else {
    const auto& s = std::get<model::Section>(block);
    section(s, s.depth == 1 || book_.documents.size() == 1);
  }
}

// A top-level section opens a document of its own, headed by an <h1>; a subsection's heading
// is one level deeper than its parent's.
void ContentBuilder::section(const model::Section& section, bool opens_document) {
  const std::string title = model::plain_text(section.heading);
  if (opens_document) {
    start_document("s" + std::to_string(++section_documents_) + ".xhtml", title);
    heading_base_ = section.depth - 1;
  }
  const int level = std::clamp(section.depth - heading_base_, 1, 6);
  const model::Unit& unit = units_.of(section.heading);
  out() += "<section aria-labelledby=\"" + unit.id + "\">\n";
  text_unit(section.heading, "h" + std::to_string(level));
  book_.toc.push_back({title, document().name + "#" + unit.id, section.depth});
  for (const model::Block& b : section.blocks) block(b);
  out() += "</section>\n";
}

void ContentBuilder::items(const std::vector<model::Item>& items, bool numbered) {
  out() += numbered ? "<ol class=\"steps\">\n" : "<ul>\n";
  for (const model::Item& item : items) text_unit(item.content, "li");
  out() += numbered ? "</ol>\n" : "</ul>\n";
}

// The note as an aside, named like the recording announces it ("Important").
void ContentBuilder::note(const model::Note& note) {
  std::string label(terms_.important());
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
  const model::Unit& unit = units_.of(note.content);
  markers_at(unit.id, 0);
  out() += "<aside class=\"note\" aria-label=\"" + lang::escape_xml_attribute(label) + "\">\n";
  text_unit(note.content, "p");
  out() += "</aside>\n";
}

}  // namespace handout::epub
