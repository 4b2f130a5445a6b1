#include "content/clinic_language.h"

#include <algorithm>
#include <string>

namespace handout::content {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::ranges::transform(out, out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string primary(std::string_view tag) {
  return lower(tag.substr(0, tag.find('-')));
}

std::string location_text(const model::Field& field) {
  return std::to_string(field.at.line) + ":" + std::to_string(field.at.column);
}

std::optional<model::Field> pick(const model::Translated& texts, const model::Clinic& clinic,
                                 const model::Office& office, std::string_view element,
                                 const model::LanguageTag& lang, ElementChecker& checker) {
  if (texts.empty()) return std::nullopt;
  if (const model::Field* found = version_for(texts, clinic.lang, lang)) return *found;
  checker.error(lang.at, "clinic.xml has no '" + lang.tag + "' version of the <" +
                             std::string(element) + "> of location '" + office.id.text + "' (" +
                             clinic.file + ":" + location_text(texts.front().text) + "); add <" +
                             std::string(element) + " xml:lang=\"" + lang.tag + "\"> there");
  return std::nullopt;
}

}  // namespace

const model::Field* version_for(const model::Translated& texts, const std::string& clinic_lang,
                                const model::LanguageTag& lang) {
  const auto language_of = [&](const model::Version& v) {
    return v.lang.empty() ? clinic_lang : v.lang;
  };
  for (const model::Version& v : texts)
    if (lower(language_of(v)) == lower(lang.tag) || language_of(v).empty()) return &v.text;
  for (const model::Version& v : texts)
    if (primary(language_of(v)) == primary(lang.tag)) return &v.text;
  return nullptr;
}

model::Clinic clinic_in_language(const model::Clinic& clinic, const model::LanguageTag& lang,
                                 ElementChecker& checker) {
  model::Clinic out = clinic;
  out.taken_for = lang.tag;
  for (model::Office& office : out.offices) {
    office.name = pick(office.names, clinic, office, "name", lang, checker);
    office.note = pick(office.notes, clinic, office, "note", lang, checker);
  }
  return out;
}

}  // namespace handout::content
