// The byline and the contact block: units without model Inlines, whose sentences are fixed.
#include "epub/content_builder.h"
#include "lang/hours.h"
#include "lang/link_uri.h"
#include "lang/xml_escape.h"

namespace handout::epub {

// "By Ana Example, Ben Example and Cleo Example": one sentence, as the recording reads it.
void ContentBuilder::byline(const model::Unit& unit) {
  std::string names;
  const std::size_t n = handout_.authors.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) names += i + 1 == n ? " " + std::string(terms_.conjunction()) + " " : ", ";
    names += handout_.authors[i].name;
  }
  markers_at(unit.id, 0);
  const std::string id = model::sentence_id(unit.id, 1);
  out() += "<p class=\"byline\" id=\"" + unit.id + "\"><span id=\"" + id + "\">" +
           lang::escape_xml_text(std::string(terms_.by()) + " " + names) + "</span></p>\n";
  spoken(id);
}

void ContentBuilder::contact(const model::Contact& contact) {
  const model::Unit& unit = units_.of(contact);
  const std::string title(terms_.contact_title());
  start_document("contact.xhtml", title);
  book_.toc.push_back({title, document().name + "#" + unit.id, 1});
  const auto sentence_start = [this](const std::string& id) {
    if (const auto it = sentence_pages_.find(id); it != sentence_pages_.end()) {
      marker(it->second);
      sentence_pages_.erase(it);
    }
    spoken(id);
  };
  const std::string details = model::contact_sentence_id(unit.id, -1);
  out() += "<section class=\"contact\" id=\"" + unit.id + "\" aria-labelledby=\"" + unit.id +
           "-heading\">\n";
  sentence_start(details);
  out() += "<div id=\"" + details + "\">\n<h1 id=\"" + unit.id + "-heading\">" +
           lang::escape_xml_text(title) + "</h1>\n";
  contact_details(contact.clinic);
  out() += "</div>\n";
  for (std::size_t k = 0; k < contact.clinic.offices.size(); ++k) {
    const std::string id = model::contact_sentence_id(unit.id, static_cast<int>(k));
    sentence_start(id);
    out() += "<address id=\"" + id + "\">\n";
    office(contact.clinic.offices[k]);
    out() += "</address>\n";
  }
  out() += "</section>\n";
}

void ContentBuilder::contact_details(const model::Clinic& clinic) {
  using Kind = model::RunKind;
  out() += "<address>\n";
  line(clinic.name.text, Kind::text, true);
  if (clinic.phone) line(clinic.phone->text, Kind::phone, true);
  if (clinic.email) line(clinic.email->text, Kind::email, false);
  if (clinic.web) line(clinic.web->text, Kind::web, false);
  out() += "</address>\n";
}

void ContentBuilder::office(const model::Office& office) {
  using Kind = model::RunKind;
  if (office.name) line(office.name->text, Kind::text, true);
  for (const model::Field& address : office.address) line(address.text, Kind::text, false);
  if (office.phone) line(office.phone->text, Kind::phone, true);
  for (const std::string& hours : lang::hours_lines(office.hours, handout_.lang))
    line(hours, Kind::text, false);
  if (office.note) line(office.note->text, Kind::text, false);
}

// One line of the contact block, as print shows it: the name and phone numbers bold, phone
// numbers, e-mail and web addresses as links.
void ContentBuilder::line(const std::string& text, model::RunKind kind, bool strong) {
  std::string content = lang::escape_xml_text(text);
  if (kind != model::RunKind::text)
    content = "<a href=\"" + lang::escape_xml_attribute(lang::link_uri(kind, text)) + "\">" +
              content + "</a>";
  if (strong) content = "<strong>" + content + "</strong>";
  out() += "<p class=\"line\">" + content + "</p>\n";
}

}  // namespace handout::epub
