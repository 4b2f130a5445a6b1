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
  explicit TextBuilder(const model::Handout& handout);
  TextDocument build();

  // xhtml::Marks: each sentence shown belongs to the part being written.
  void shown(std::string_view sentence) override;

 private:
  void opening();
  void part(const model::Block& block);
  void headings(const model::Section& section);
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
  int sections_ = 0;  // s1.smil, s2.smil, …
};

}  // namespace handout::daisy
