#include "web/html.h"

#include "lang/hours.h"
#include "lang/link_uri.h"
#include "lang/xml_escape.h"

namespace handout::web {

std::string text(std::string_view plain) {
  return lang::escape_xml_text(plain);
}

std::string attribute(std::string_view plain) {
  return lang::escape_xml_attribute(plain);
}

std::string run_html(const model::Run& run) {
  std::string out = text(run.text);
  if (run.kind == model::RunKind::phone || run.kind == model::RunKind::email ||
      run.kind == model::RunKind::web)
    out = "<a href=\"" + attribute(lang::link_uri(run.kind, run.text)) + "\">" + out + "</a>";
  return run.emphasis ? "<em>" + out + "</em>" : out;
}

std::string runs_html(const model::Inlines& runs) {
  std::string out;
  for (const model::Run& run : runs) out += run_html(run);
  return out;
}

std::string page_head(const model::LanguageTag& lang, std::string_view title,
                      std::string_view style, const std::optional<std::string>& canonical) {
  const std::string link =
      canonical ? "<link rel=\"canonical\" href=\"" + attribute(*canonical) + "\">\n" : "";
  return "<!DOCTYPE html>\n<html lang=\"" + attribute(lang.tag) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         text(title) + "</title>\n" + link + "<style>\n" + std::string(style) +
         "</style>\n</head>\n";
}

namespace {

std::string line(std::string_view content) {
  return "<p>" + std::string(content) + "</p>";
}

std::string linked(model::RunKind kind, const model::Field& field) {
  return line(run_html({kind, field.text, "", false, field.at}));
}

}  // namespace

std::string div(std::string_view id, std::string_view content) {
  if (id.empty()) return "<div>" + std::string(content) + "</div>\n";
  return "<div id=\"" + attribute(id) + "\">" + std::string(content) + "</div>\n";
}

std::string clinic_lines(const model::Clinic& clinic) {
  std::string out = line("<strong>" + text(clinic.name.text) + "</strong>");
  if (clinic.phone) out += linked(model::RunKind::phone, *clinic.phone);
  if (clinic.email) out += linked(model::RunKind::email, *clinic.email);
  if (clinic.web) out += linked(model::RunKind::web, *clinic.web);
  return out;
}

std::string office_lines(const model::Office& office, const model::LanguageTag& lang) {
  std::string out;
  if (office.name) out += line("<strong>" + text(office.name->text) + "</strong>");
  if (!office.address.empty()) {
    std::string lines;
    for (const model::Field& address : office.address)
      lines += (lines.empty() ? "" : "<br>") + text(address.text);
    out += line(lines);
  }
  if (office.phone) out += linked(model::RunKind::phone, *office.phone);
  for (const std::string& hours : lang::hours_lines(office.hours, lang)) out += line(text(hours));
  if (office.note) out += line(text(office.note->text));
  return out;
}

}  // namespace handout::web
