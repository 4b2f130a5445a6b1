// The byline and the contact block, as the handout's plan has them: units without model Inlines,
// whose sentences are fixed (model/reading_order.h).
#include "daisy/text_builder.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

// "By Ana Example, Ben Example and Cleo Example": one sentence, as the recording reads it.
void TextBuilder::byline(const model::Byline& byline) {
  out() += "<p class=\"byline\" id=\"" + byline.unit + "\">";
  sentence(model::sentence_id(byline.unit, 1), lang::escape_xml_text(byline.text()));
  out() += "</p>\n";
}

// Its own part, headed "How to reach us" like a top-level section: its first sentence is the
// heading with the clinic-wide details, then one per office.
void TextBuilder::contact() {
  const model::ContactPlan& contact = plan_.contact;
  start_part("contact.smil", contact.title);
  heading(1, contact.unit, contact.title, contact.groups.front().sentence);
  out() += "<div class=\"contact\" id=\"" + contact.unit + "\">\n";
  for (const model::ContactGroup& group : contact.groups) {
    out() += "<div" + std::string(group.office < 0 ? "" : " class=\"office\"") + " id=\"" +
             group.sentence + "\">\n";
    if (group.office < 0) out() += "<h1>" + lang::escape_xml_text(contact.title) + "</h1>\n";
    for (const model::ContactLine& l : group.lines) line(l);
    out() += "</div>\n";
    part().sentences.push_back(group.sentence);
  }
  out() += "</div>\n";
}

// One line of the contact block, as print shows it: names and phone numbers bold. Phone
// numbers, e-mail and web addresses are text: a player shows the text, it follows no link.
void TextBuilder::line(const model::ContactLine& line) {
  const std::string text = lang::escape_xml_text(line.field.text);
  out() += "<p>" + (line.strong() ? "<strong>" + text + "</strong>" : text) + "</p>\n";
}

}  // namespace handout::daisy
