#pragma once
// Internal to build_book: writes the content documents' markup while walking the model.
#include <map>
#include <string>
#include <utility>

#include "epub/book.h"
#include "lang/terms.h"
#include "model/handout.h"
#include "model/reading_order.h"

namespace handout::epub {

class ContentBuilder {
 public:
  ContentBuilder(const model::Handout& handout, const std::vector<PageStart>& pages);
  Book build();

 private:
  void opening();
  void byline(const model::Unit& unit);
  void block(const model::Block& block);
  void section(const model::Section& section, bool opens_document);
  void items(const std::vector<model::Item>& items, bool numbered);
  void note(const model::Note& note);
  void contact(const model::Contact& contact);
  void contact_details(const model::Clinic& clinic);
  void office(const model::Office& office);
  void line(const std::string& text, model::RunKind kind, bool strong);
  void table_of_contents();
  void closing();
  std::string href_of(const std::string& unit) const;

  void start_document(std::string name, std::string title);
  // `<tag id="u7" attributes>` and the unit's sentences; a page starting at the unit's first
  // character gets its marker before the element, or inside it for a list item.
  void text_unit(const model::Inlines& text, const std::string& tag,
                 const std::string& attributes = "");
  void sentences(const model::Unit& unit);
  void run(const model::Run& run, std::size_t& offset, const std::string& unit);
  void text(std::string_view text, std::size_t offset, const std::string& unit);
  void marker(int page);
  void markers_at(const std::string& unit, std::size_t offset);
  void spoken(const std::string& id) { document().sentences.push_back(id); }
  ContentDocument& document() { return book_.documents.back(); }
  std::string& out() { return document().body; }

  const model::Handout& handout_;
  model::UnitIndex units_;
  lang::Terms terms_;
  std::map<std::pair<std::string, std::size_t>, int> unit_pages_;  // (unit, offset) -> page
  std::map<std::string, int> sentence_pages_;                      // contact sentence -> page
  Book book_;
  int heading_base_ = 0;       // a document's top section depth minus one
  int section_documents_ = 0;  // s1.xhtml, s2.xhtml, …
  // Where the opening document's table of contents goes: its body's size and its sentences'
  // count after the byline.
  std::pair<std::size_t, std::size_t> contents_at_{0, 0};
};

}  // namespace handout::epub
