#include "epub/content.h"

#include <stdexcept>

#include "epub/content_builder.h"
#include "lang/plan_words.h"

namespace handout::epub {

std::string page_id(int page) {
  return "page" + std::to_string(page);
}

Book build_book(const model::Handout& handout, const std::vector<PageStart>& pages,
                const xhtml::PictureFiles* pictures) {
  return ContentBuilder(handout, pages, pictures).build();
}

namespace {

// A top-level part with a document of its own, named by its heading.
const model::Inlines* part_heading(const model::Block& block) {
  if (const auto* section = std::get_if<model::Section>(&block)) return &section->heading;
  if (const auto* exercise = std::get_if<model::Exercise>(&block)) return &exercise->name;
  return nullptr;
}

}  // namespace

ContentBuilder::ContentBuilder(const model::Handout& handout, const std::vector<PageStart>& pages,
                               const xhtml::PictureFiles* pictures)
    : handout_(handout),
      plan_(lang::plan_of(handout)),
      renderer_(handout, plan_, *this, xhtml::Markup::html5, pictures) {
  for (const PageStart& start : pages) {
    if (start.sentence.empty())
      unit_pages_[{start.unit, start.offset}] = start.page;
    else
      sentence_pages_[start.sentence] = start.page;
  }
}

// The opening (title, byline, contents and any introduction), a document per top-level section
// and one for the contact block; the recording's closing ends the last.
Book ContentBuilder::build() {
  opening();
  for (const model::Block& b : handout_.body) part(b);
  out() += renderer_.closing();
  if (!unit_pages_.empty() || !sentence_pages_.empty())
    throw std::invalid_argument("a printed page starts at a place the EPUB does not have");
  return std::move(book_);
}

void ContentBuilder::opening() {
  const std::string title = model::plain_text(handout_.title);
  start_document("opening.xhtml", title);
  book_.toc.push_back({title, document().name + "#" + renderer_.anchor_of(handout_.title), 1});
  // One call a statement: the renderer reports the sentences in the order it is called.
  out() += "<header>\n";
  out() += renderer_.title();
  out() += renderer_.subtitle();
  out() += renderer_.byline();
  out() += "</header>\n";
  out() += renderer_.contents([this](const model::Block& b) { return href(b); });
}

void ContentBuilder::part(const model::Block& block) {
  if (const model::Inlines* heading = part_heading(block)) {
    start_document(document_of(block), model::plain_text(*heading));
    toc(block);
  } else if (std::holds_alternative<model::Contact>(block)) {
    start_document(document_of(block), plan_.contact.title);
    book_.toc.push_back({plan_.contact.title, href(block), 1});
  }
  out() += renderer_.block(block);
}

void ContentBuilder::toc(const model::Block& block) {
  const model::Inlines* heading = part_heading(block);
  if (heading == nullptr) return;
  const auto* section = std::get_if<model::Section>(&block);
  const model::Exercise* exercise = section ? nullptr : &std::get<model::Exercise>(block);
  book_.toc.push_back({model::plain_text(*heading),
                       document().name + "#" + renderer_.anchor_of(*heading),
                       section ? section->depth : exercise->depth});
  for (const model::Block& b : section ? section->blocks : exercise->blocks) toc(b);
}

// Where a top-level part is: s1.xhtml, s2.xhtml, … for the sections and exercises in their
// order, contact.xhtml.
std::string ContentBuilder::document_of(const model::Block& part) const {
  if (std::holds_alternative<model::Contact>(part)) return "contact.xhtml";
  int k = 0;
  for (const model::Block& b : handout_.body) {
    if (part_heading(b)) ++k;
    if (&b == &part) break;
  }
  return "s" + std::to_string(k) + ".xhtml";
}

std::string ContentBuilder::href(const model::Block& part) const {
  return document_of(part) + "#" + renderer_.anchor(part);
}

void ContentBuilder::start_document(std::string name, std::string title) {
  book_.documents.push_back({std::move(name), std::move(title), {}, {}});
}

std::vector<xhtml::Marks::At> ContentBuilder::in(std::string_view unit, std::size_t begin,
                                                 std::size_t end) {
  std::vector<At> out;
  auto it = unit_pages_.lower_bound(std::pair<std::string, std::size_t>{unit, begin});
  while (it != unit_pages_.end() && it->first.first == unit && it->first.second < end) {
    out.push_back({it->first.second, marker(it->second)});
    it = unit_pages_.erase(it);
  }
  return out;
}

std::string ContentBuilder::before(std::string_view sentence) {
  const auto it = sentence_pages_.find(sentence);
  if (it == sentence_pages_.end()) return "";
  const std::string out = marker(it->second);
  sentence_pages_.erase(it);
  return out;
}

void ContentBuilder::shown(std::string_view sentence) {
  document().sentences.emplace_back(sentence);
}

std::string ContentBuilder::marker(int page) {
  const std::string id = page_id(page), number = std::to_string(page);
  book_.pages.push_back({page, document().name + "#" + id});
  return "<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" id=\"" + id + "\" aria-label=\"" +
         number + "\"/>";
}

}  // namespace handout::epub
