#include "speech/language.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace handout::speech {

namespace {

// The primary language subtag, lower-cased: "en-US" -> "en".
std::string primary_subtag(std::string_view bcp47) {
  std::string out;
  for (char c : bcp47.substr(0, bcp47.find('-'))) {
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

Language language_of(std::string_view bcp47) {
  return primary_subtag(bcp47) == "es" ? Language::spanish : Language::english;
}

Dialect dialect_of(std::string_view bcp47) {
  const Language language = language_of(bcp47);
  const std::size_t dash = bcp47.find('-');
  std::string region(dash == std::string_view::npos ? "" : bcp47.substr(dash + 1, 2));
  for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  const bool month_first = language == Language::english &&
                           (region.empty() || region == "US" || region == "PH" || region == "CA");
  return Dialect{language, !month_first};
}

std::string_view iso639_2(std::string_view bcp47) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 16> codes{{
      {"ar", "ara"},
      {"de", "deu"},
      {"en", "eng"},
      {"es", "spa"},
      {"fr", "fra"},
      {"hi", "hin"},
      {"it", "ita"},
      {"ja", "jpn"},
      {"ko", "kor"},
      {"nl", "nld"},
      {"pl", "pol"},
      {"pt", "por"},
      {"ru", "rus"},
      {"tl", "tgl"},
      {"vi", "vie"},
      {"zh", "zho"},
  }};
  const std::string primary = primary_subtag(bcp47);
  for (const auto& [two, three] : codes) {
    if (two == primary) return three;
  }
  return "und";
}

}  // namespace handout::speech
