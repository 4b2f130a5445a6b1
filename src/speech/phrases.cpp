#include "speech/phrases.h"

#include <array>
#include <charconv>

namespace handout::speech {

namespace {

constexpr std::array<std::string_view, 12> english_months{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};
constexpr std::array<std::string_view, 12> spanish_months{
    "enero", "febrero", "marzo",      "abril",   "mayo",      "junio",
    "julio", "agosto",  "septiembre", "octubre", "noviembre", "diciembre"};

int number_at(std::string_view text, std::size_t pos, std::size_t length) {
  int value = 0;
  const std::string_view digits = text.substr(pos, length);
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::string count_of(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + ' ' + std::string(count == 1 ? one : many);
}

}  // namespace

Phrases phrases_for(Language language) {
  return Phrases{language};
}

std::string_view Phrases::by() const {
  return language == Language::spanish ? "Por" : "By";
}

std::string Phrases::parts(std::size_t count) const {
  if (language == Language::spanish) {
    return "Esta grabación tiene " + count_of(count, "parte", "partes") + ':';
  }
  return "This recording has " + count_of(count, "part", "parts") + ':';
}

std::string Phrases::list_of(std::size_t count) const {
  if (language == Language::spanish) {
    return "Una lista de " + count_of(count, "elemento", "elementos") + '.';
  }
  return "A list of " + count_of(count, "item", "items") + '.';
}

std::string Phrases::step(std::size_t number, std::size_t count) const {
  const std::string of = language == Language::spanish ? " de " : " of ";
  return (language == Language::spanish ? "Paso " : "Step ") + std::to_string(number) + of +
         std::to_string(count) + '.';
}

std::string_view Phrases::important() const {
  return language == Language::spanish ? "Importante:" : "Important:";
}
std::string_view Phrases::contact_title() const {
  return language == Language::spanish ? "Cómo comunicarse con nosotros" : "How to reach us";
}
std::string_view Phrases::phone() const {
  return language == Language::spanish ? "Teléfono:" : "Phone:";
}
std::string_view Phrases::again() const {
  return language == Language::spanish ? "Repito:" : "Again:";
}
std::string_view Phrases::email() const {
  return language == Language::spanish ? "Correo electrónico:" : "Email:";
}
std::string_view Phrases::web() const {
  return language == Language::spanish ? "Sitio web:" : "Website:";
}
std::string_view Phrases::address() const {
  return language == Language::spanish ? "Dirección:" : "Address:";
}
std::string_view Phrases::hours() const {
  return language == Language::spanish ? "Horario:" : "Hours:";
}
std::string_view Phrases::conjunction() const {
  return language == Language::spanish ? "y" : "and";
}

std::string Phrases::revised(std::string_view iso_date) const {
  // The reader guarantees a valid YYYY-MM-DD date.
  const int year = number_at(iso_date, 0, 4);
  const int month = number_at(iso_date, 5, 2);
  const int day = number_at(iso_date, 8, 2);
  if (month < 1 || month > 12) return std::string(iso_date);
  const auto index = static_cast<std::size_t>(month - 1);
  if (language == Language::spanish) {
    return "Revisado el " + std::to_string(day) + " de " + std::string(spanish_months[index]) +
           " de " + std::to_string(year) + '.';
  }
  return "This handout was revised on " + std::string(english_months[index]) + ' ' +
         std::to_string(day) + ", " + std::to_string(year) + '.';
}

std::string_view Phrases::closing() const {
  return language == Language::spanish ? "Fin de la grabación:"
                                       : "This is the end of the recording:";
}
std::string_view Phrases::thanks() const {
  return language == Language::spanish ? "Gracias por escuchar." : "Thank you for listening.";
}

std::string_view Phrases::album() const {
  return language == Language::spanish ? "Folletos para pacientes" : "Patient handouts";
}

}  // namespace handout::speech
