// The text of units: each sentence in a <span> with its id, emphasis in <strong>.
#include "daisy/text_builder.h"
#include "lang/sentences.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

std::string TextBuilder::text_unit(const model::Inlines& text, const std::string& tag,
                                   const std::string& attributes, const std::string& prefix) {
  const model::Unit& unit = units_.of(text);
  out() += "<" + tag + " id=\"" + unit.id + "\"" + attributes + ">" + prefix;
  std::string first;
  for (const lang::Sentence& s : lang::split_sentences(*unit.text, handout_.lang, unit.id)) {
    if (first.empty()) first = s.id;
    out() += "<span id=\"" + s.id + "\">";
    for (const model::Run& r : s.runs) run(r);
    out() += "</span>";
    part().sentences.push_back(s.id);
  }
  out() += "</" + tag + ">\n";
  return first;
}

// Phone numbers, e-mail and web addresses are text: a player shows the text document, it does
// not follow its links.
void TextBuilder::run(const model::Run& run) {
  const std::string text = lang::escape_xml_text(run.text);
  out() += run.emphasis ? "<strong>" + text + "</strong>" : text;
}

void TextBuilder::sentence(const std::string& id, const std::string& markup) {
  out() += "<span id=\"" + id + "\">" + markup + "</span>";
  part().sentences.push_back(id);
}

}  // namespace handout::daisy
