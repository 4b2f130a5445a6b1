#pragma once
// Internal to build_book: the content documents, written by the shared XHTML renderer
// (xhtml/renderer.h) into one document per part, with the printed pages' markers.
#include <map>
#include <string>
#include <utility>

#include "epub/book.h"
#include "model/handout.h"
#include "model/plan.h"
#include "xhtml/renderer.h"

namespace handout::epub {

class ContentBuilder final : public xhtml::Marks {
 public:
  ContentBuilder(const model::Handout& handout, const std::vector<PageStart>& pages,
                 const xhtml::PictureFiles* pictures);
  Book build();

  // xhtml::Marks: the page markers, and the sentences each document shows.
  std::vector<At> in(std::string_view unit, std::size_t begin, std::size_t end) override;
  std::string before(std::string_view sentence) override;
  void shown(std::string_view sentence) override;

 private:
  void opening();
  void part(const model::Block& block);
  // The entries of a section or exercise and of the sections and exercises in it.
  void toc(const model::Block& block);
  std::string href(const model::Block& part) const;
  std::string document_of(const model::Block& part) const;
  void start_document(std::string name, std::string title);
  std::string marker(int page);
  ContentDocument& document() { return book_.documents.back(); }
  std::string& out() { return document().body; }

  const model::Handout& handout_;
  model::Plan plan_;
  xhtml::Renderer renderer_;
  std::map<std::pair<std::string, std::size_t>, int, std::less<>> unit_pages_;  // -> page
  std::map<std::string, int, std::less<>> sentence_pages_;  // contact sentence -> page
  Book book_;
};

}  // namespace handout::epub
