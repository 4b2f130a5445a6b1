#pragma once
// Internal to build_text: writes the text document's markup while walking the model, and notes
// which part each sentence and heading falls in. What the handout says besides its blocks (the
// byline, the parts the recording names, the contact block, the closing) comes from its plan.
#include <string>
#include <vector>

#include "daisy/book.h"
#include "lang/terms.h"
#include "model/handout.h"
#include "model/plan.h"
#include "model/reading_order.h"

namespace handout::daisy {

class TextBuilder {
 public:
  explicit TextBuilder(const model::Handout& handout);
  TextDocument build();

 private:
  void opening();
  void byline(const model::Byline& byline);
  void table_of_contents();
  void block(const model::Block& block);
  void section(const model::Section& section);
  void items(const std::vector<model::Item>& items, bool numbered);
  void note(const model::Note& note);
  void contact();
  void line(const model::ContactLine& line);
  void closing();

  void start_part(std::string smil, std::string title);
  // A heading of ncc.html, in the current part, starting at `sentence`.
  void heading(int level, std::string id, std::string title, std::string sentence);
  // `<tag id="u7" attributes>`, a `prefix` and the unit's sentences; returns the first
  // sentence's id.
  std::string text_unit(const model::Inlines& text, const std::string& tag,
                        const std::string& attributes = "", const std::string& prefix = "");
  // A sentence that is not a text unit's: the byline, a part the recording names, the closing.
  void sentence(const std::string& id, const std::string& markup);
  void run(const model::Run& run);
  Part& part() { return document_.parts.back(); }
  std::string& out() { return document_.body; }

  const model::Handout& handout_;
  model::UnitIndex units_;
  lang::Terms terms_;
  model::Plan plan_;
  TextDocument document_;
  int sections_ = 0;  // s1.smil, s2.smil, …
};

}  // namespace handout::daisy
