#pragma once
// Internal to build_text: the text document, written by the shared XHTML renderer
// (xhtml/renderer.h) in XHTML 1.0, cut into parts, with the headings of ncc.html noted in each.
#include <string>
#include <vector>

#include "daisy/book.h"
#include "model/handout.h"
#include "model/plan.h"
#include "xhtml/renderer.h"

namespace handout::daisy {

class TextBuilder final : public xhtml::Marks {
 public:
  TextBuilder(const model::Handout& handout, const xhtml::PictureFiles* pictures);
  TextDocument build();

  // xhtml::Marks: each sentence shown belongs to the part being written.
  void shown(std::string_view sentence) override;

 private:
  void opening();
  void part(const model::Block& block);
  // The headings of a section or exercise and of the sections and exercises in it.
  void headings(const model::Block& block);
  void closing();
  void start_part(std::string smil, std::string title);
  // A heading of ncc.html, in the current part, starting at `sentence`.
  void heading(int level, std::string id, std::string title, std::string sentence);
  Part& current() { return document_.parts.back(); }
  std::string& out() { return document_.body; }

  const model::Handout& handout_;
  model::Plan plan_;
  xhtml::Renderer renderer_;
  TextDocument document_;
  int sections_ = 0;  // s1.smil, s2.smil, … for the top-level sections and exercises
};

}  // namespace handout::daisy
