#include "speech/phone_numbers.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <regex>

namespace handout::speech {

namespace {

namespace pn = i18n::phonenumbers;

// No phone number, with its punctuation and an extension, is longer: the matcher looks at this
// much of the text only (it would search the whole rest of the text for a later number).
constexpr std::size_t window_bytes = 64;

std::string_view window_of(std::string_view text) {
  if (text.size() <= window_bytes) return text;
  std::size_t end = window_bytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

// The length of the number the matcher finds at the start of `window`, 0 when none.
std::size_t found_at_start(std::string_view window, const std::string& region,
                           pn::PhoneNumberMatcher::Leniency leniency, pn::PhoneNumberMatch& match) {
  pn::PhoneNumberMatcher matcher(*pn::PhoneNumberUtil::GetInstance(), std::string(window), region,
                                 leniency, 1);
  if (!matcher.HasNext() || !matcher.Next(&match) || match.start() != 0) return 0;
  return static_cast<std::size_t>(match.length());
}

// Written as a phone number: at least 7 digits grouped by separators, and not in thousands
// ("1 234 567", "10.000.000"), which is an amount.
bool grouped_as_phone(const std::string& printed) {
  static const std::regex thousands(R"(\d{1,3}(?:([ .,])\d{3})(?:\1\d{3})*)");
  static const std::regex grouped(R"(.*\d[^0-9]+\d.*)");
  const auto digits = std::ranges::count_if(printed, [](char c) { return c >= '0' && c <= '9'; });
  return digits >= 7 && std::regex_match(printed, grouped) && !std::regex_match(printed, thousands);
}

// The digits in the run of digits and phone punctuation that starts `window`: "15 minutes" has
// 2, "(207) 555-0100" has 10. Any non-ASCII character continues the run: Unicode hyphens,
// dashes and no-break spaces separate groups as well ("207‑555‑0142").
std::size_t leading_digits(std::string_view window) {
  std::size_t digits = 0;
  for (const char c : window) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if ((static_cast<unsigned char>(c) & 0x80) == 0 &&
             std::string_view(" -.()/+").find(c) == std::string_view::npos)
      break;
  }
  return digits;
}

// No country's phone numbers are shorter (libphonenumber's shortest national numbers, Niue's
// and Saint Helena's, have 4 digits; emergency and service numbers are the service rule's).
// Most numbers in a handout are shorter ("15 minutes", "2-3 times"), and a matcher costs a
// hundred times more than this count.
constexpr std::size_t min_phone_digits = 4;

}  // namespace

PhoneNumberAt phone_number_at(std::string_view text, const std::string& region) {
  const std::string_view window = window_of(text);
  if (leading_digits(window) < min_phone_digits) return {};
  pn::PhoneNumberMatch match;
  PhoneNumberAt found{found_at_start(window, region, pn::PhoneNumberMatcher::VALID, match), true};
  if (found.length == 0) {
    found = {found_at_start(window, region, pn::PhoneNumberMatcher::POSSIBLE, match), false};
    if (found.length > 0 && !grouped_as_phone(match.raw_string())) found.length = 0;
  }
  // A number cut by the window may go on: leave it to the other rules.
  if (found.length == window.size() && window.size() < text.size()) return {};
  return found;
}

}  // namespace handout::speech
