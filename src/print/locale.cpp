#include "print/locale.h"

#include <array>
#include <cctype>

namespace handout::print {

namespace {

constexpr std::array<std::string_view, 12> english_months = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> spanish_months = {
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

bool is_iso_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  const int month = std::stoi(std::string(date.substr(5, 2)));
  return month >= 1 && month <= 12;
}

}  // namespace

Locale locale_for(std::string_view lang) {
  const bool spanish = lang.size() >= 2 &&
                       std::tolower(static_cast<unsigned char>(lang[0])) == 'e' &&
                       std::tolower(static_cast<unsigned char>(lang[1])) == 's' &&
                       (lang.size() == 2 || lang[2] == '-');
  return spanish ? Locale::spanish : Locale::english;
}

std::string page_label(Locale locale, int page, int pages) {
  const std::string n = std::to_string(page), m = std::to_string(pages);
  return locale == Locale::spanish ? "Página " + n + " de " + m : "Page " + n + " of " + m;
}

std::string revised_label(Locale locale, std::string_view iso_date) {
  const bool spanish = locale == Locale::spanish;
  if (!is_iso_date(iso_date)) return (spanish ? "Revisado: " : "Revised: ") + std::string(iso_date);
  const std::string year(iso_date.substr(0, 4));
  const int month = std::stoi(std::string(iso_date.substr(5, 2)));
  const int day = std::stoi(std::string(iso_date.substr(8, 2)));
  const auto index = static_cast<std::size_t>(month - 1);
  if (spanish)
    return "Revisado el " + std::to_string(day) + " de " + std::string(spanish_months[index]) +
           " de " + year;
  return "Revised " + std::string(english_months[index]) + " " + std::to_string(day) + ", " + year;
}

std::string link_contents(Locale locale, model::RunKind kind, std::string_view text) {
  const bool spanish = locale == Locale::spanish;
  std::string verb;
  switch (kind) {
    case model::RunKind::phone:
      verb = spanish ? "Llamar al " : "Call ";
      break;
    case model::RunKind::email:
      verb = spanish ? "Escribir a " : "Email ";
      break;
    default:
      verb = spanish ? "Abrir " : "Open ";
      break;
  }
  return verb + std::string(text);
}

std::string link_uri(model::RunKind kind, std::string_view text) {
  if (kind == model::RunKind::email) return "mailto:" + std::string(text);
  if (kind == model::RunKind::phone) {
    std::string uri = "tel:";
    for (const char c : text)
      if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && uri.size() == 4)) uri += c;
    return uri;
  }
  const bool has_scheme = text.starts_with("https://") || text.starts_with("http://");
  return has_scheme ? std::string(text) : "https://" + std::string(text);
}

}  // namespace handout::print
