// What the recording says around the handout's text, shown where it says it, as the handout's
// plan has it: the parts it names after the byline, and the closing after the last block.
#include "daisy/text_builder.h"
#include "daisy/text_document.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

std::string closing_title(const model::LanguageTag& language) {
  std::string title(lang::Terms(language).closing());
  while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
  return title;
}

// How many parts there are and, when the recording names them, their titles.
void TextBuilder::table_of_contents() {
  const std::vector<model::SpokenSentence>& contents = plan_.contents;
  if (!plan_.contents_listed()) {
    out() += "<p class=\"contents\">";
    sentence(contents.front().id, lang::escape_xml_text(contents.front().text));
    out() += "</p>\n";
    return;
  }
  out() += "<div class=\"contents\">\n<p>";
  sentence(contents.front().id, lang::escape_xml_text(contents.front().text));
  out() += "</p>\n<ol>\n";
  for (std::size_t k = 1; k < contents.size(); ++k) {
    out() += "<li>";
    sentence(contents[k].id, lang::escape_xml_text(contents[k].text));
    out() += "</li>\n";
  }
  out() += "</ol>\n</div>\n";
}

// The revision date, the closing line with the title and the thanks: a part of its own, so a
// player that moves by heading reaches it.
void TextBuilder::closing() {
  const std::string title = closing_title(handout_.lang);
  start_part("closing.smil", title);
  heading(1, "closing", title, plan_.closing.front().id);
  out() += "<div class=\"closing\" id=\"closing\">\n<p>";
  for (std::size_t k = 0; k < plan_.closing.size(); ++k) {
    if (k > 0) out() += " ";
    sentence(plan_.closing[k].id, lang::escape_xml_text(plan_.closing[k].text));
  }
  out() += "</p>\n</div>\n";
}

}  // namespace handout::daisy
