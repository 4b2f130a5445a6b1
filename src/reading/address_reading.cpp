#include "reading/address_reading.h"

#include <array>
#include <regex>
#include <utility>

namespace handout::reading {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 51> states{{
    {"AL", "Alabama"},        {"AK", "Alaska"},         {"AZ", "Arizona"},
    {"AR", "Arkansas"},       {"CA", "California"},     {"CO", "Colorado"},
    {"CT", "Connecticut"},    {"DE", "Delaware"},       {"DC", "D C"},
    {"FL", "Florida"},        {"GA", "Georgia"},        {"HI", "Hawaii"},
    {"ID", "Idaho"},          {"IL", "Illinois"},       {"IN", "Indiana"},
    {"IA", "Iowa"},           {"KS", "Kansas"},         {"KY", "Kentucky"},
    {"LA", "Louisiana"},      {"ME", "Maine"},          {"MD", "Maryland"},
    {"MA", "Massachusetts"},  {"MI", "Michigan"},       {"MN", "Minnesota"},
    {"MS", "Mississippi"},    {"MO", "Missouri"},       {"MT", "Montana"},
    {"NE", "Nebraska"},       {"NV", "Nevada"},         {"NH", "New Hampshire"},
    {"NJ", "New Jersey"},     {"NM", "New Mexico"},     {"NY", "New York"},
    {"NC", "North Carolina"}, {"ND", "North Dakota"},   {"OH", "Ohio"},
    {"OK", "Oklahoma"},       {"OR", "Oregon"},         {"PA", "Pennsylvania"},
    {"RI", "Rhode Island"},   {"SC", "South Carolina"}, {"SD", "South Dakota"},
    {"TN", "Tennessee"},      {"TX", "Texas"},          {"UT", "Utah"},
    {"VT", "Vermont"},        {"VA", "Virginia"},       {"WA", "Washington"},
    {"WV", "West Virginia"},  {"WI", "Wisconsin"},      {"WY", "Wyoming"},
}};

}  // namespace

std::string_view us_state_name(std::string_view code) {
  for (const auto& [abbreviation, name] : states) {
    if (abbreviation == code) return name;
  }
  return {};
}

std::string spoken_address_line(std::string_view line, Language) {
  static const std::regex state(R"(, ([A-Z]{2})(?=\.?$| \d{5}))");
  std::cmatch m;
  if (!std::regex_search(line.data(), line.data() + line.size(), m, state))
    return std::string(line);
  const std::string_view name = us_state_name(m[1].str());
  if (name.empty()) return std::string(line);
  const auto start = static_cast<std::size_t>(m[1].first - line.data());
  return std::string(line.substr(0, start)) + std::string(name) +
         std::string(line.substr(start + 2));
}

}  // namespace handout::reading
