// The text as every XHTML format shows it, cut into the book's parts: the opening, a part for
// each top-level section or exercise, the contact block and the closing.
#include "daisy/text_builder.h"

#include <algorithm>

#include "daisy/text_document.h"
#include "lang/plan_words.h"

namespace handout::daisy {

namespace {

// A section's or exercise's heading; null for another block.
const model::Inlines* heading_of(const model::Block& block) {
  if (const auto* section = std::get_if<model::Section>(&block)) return &section->heading;
  if (const auto* exercise = std::get_if<model::Exercise>(&block)) return &exercise->name;
  return nullptr;
}

}  // namespace

TextBuilder::TextBuilder(const model::Handout& handout, const xhtml::PictureFiles* pictures)
    : handout_(handout),
      plan_(lang::plan_of(handout)),
      renderer_(handout, plan_, *this, xhtml::Markup::xhtml1, pictures) {}

TextDocument TextBuilder::build() {
  opening();
  for (const model::Block& b : handout_.body) part(b);
  closing();
  return std::move(document_);
}

void TextBuilder::shown(std::string_view sentence) {
  current().sentences.emplace_back(sentence);
}

void TextBuilder::start_part(std::string smil, std::string title) {
  document_.parts.push_back({std::move(smil), std::move(title), {}, {}});
}

void TextBuilder::heading(int level, std::string id, std::string title, std::string sentence) {
  current().headings.push_back({level, std::move(id), std::move(title), std::move(sentence)});
}

// The title, subtitle and byline, the parts the recording names and the introduction. One
// call a statement: the renderer reports the sentences in the order it is called.
void TextBuilder::opening() {
  const std::string title = model::plain_text(handout_.title);
  start_part("opening.smil", title);
  const std::string unit = renderer_.anchor_of(handout_.title);
  heading(1, unit, title, model::sentence_id(unit, 1));
  out() += renderer_.title();
  out() += renderer_.subtitle();
  out() += renderer_.byline();
  out() +=
      renderer_.contents([this](const model::Block& part) { return "#" + renderer_.anchor(part); });
}

// A top-level section or exercise or the contact block starts a part; introduction blocks
// stay in the opening.
void TextBuilder::part(const model::Block& block) {
  if (const model::Inlines* title = heading_of(block)) {
    start_part("s" + std::to_string(++sections_) + ".smil", model::plain_text(*title));
    headings(block);
  } else if (std::holds_alternative<model::Contact>(block)) {
    const model::ContactPlan& contact = plan_.contact;
    start_part("contact.smil", contact.title);
    heading(1, contact.unit, contact.title, contact.groups.front().sentence);
  }
  out() += renderer_.block(block);
}

// Every section's heading is a heading of ncc.html at its depth (h1 to h3), and every
// exercise's one level below its section's (h1 to h4).
void TextBuilder::headings(const model::Block& block) {
  const model::Inlines* title = heading_of(block);
  if (title == nullptr) return;
  const auto* section = std::get_if<model::Section>(&block);
  const model::Exercise* exercise = section ? nullptr : &std::get<model::Exercise>(block);
  const std::string unit = renderer_.anchor_of(*title);
  heading(std::clamp(section ? section->depth : exercise->depth, 1, 6), unit,
          model::plain_text(*title), model::sentence_id(unit, 1));
  for (const model::Block& b : section ? section->blocks : exercise->blocks) headings(b);
}

// The revision date, the closing line with the title and the thanks: a part of its own, so a
// player that moves by heading reaches it.
void TextBuilder::closing() {
  const std::string title = closing_title(handout_.lang);
  start_part("closing.smil", title);
  heading(1, "closing", title, plan_.closing.front().id);
  out() += renderer_.closing();
}

}  // namespace handout::daisy
