#include "lang/phone_numbers.h"

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/shortnumberinfo.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <optional>
#include <regex>
#include <set>

namespace handout::lang {

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

// A country code libphonenumber knows: two letters ("419", Latin America, is no country).
bool is_country(std::string_view region) {
  return region.size() == 2 && std::isupper(static_cast<unsigned char>(region[0])) &&
         std::isupper(static_cast<unsigned char>(region[1]));
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// A printed number as dialled in `region`: its country code and national significant number
// (1 and "2075550142" for "+1 (207) 555-0142"); nullopt when it is none.
struct NationalNumber {
  std::int32_t country = 0;
  std::string digits;
  bool operator==(const NationalNumber&) const = default;
};

std::optional<NationalNumber> national_number(std::string_view printed, const std::string& region) {
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  pn::PhoneNumber number;
  if (util.Parse(std::string(printed), region, &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
    return std::nullopt;
  NationalNumber out{number.country_code(), {}};
  util.GetNationalSignificantNumber(number, &out.digits);
  return out;
}

}  // namespace

std::string tag_country(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(std::string(bcp47), status);
  return U_SUCCESS(status) && is_country(locale.getCountry()) ? locale.getCountry() : "";
}

std::string phone_country(std::string_view bcp47) {
  if (std::string own = tag_country(bcp47); !own.empty()) return own;
  // No country in the tag, or a region that is none: the language's own.
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale likely(icu::Locale::forLanguageTag(std::string(bcp47), status).getLanguage());
  likely.addLikelySubtags(status);
  return U_SUCCESS(status) && is_country(likely.getCountry()) ? likely.getCountry() : "";
}

std::vector<std::string> phone_countries(std::string_view bcp47, std::string_view clinic_bcp47) {
  std::vector<std::string> countries;
  if (std::string own = phone_country(bcp47); !own.empty()) countries.push_back(std::move(own));
  if (tag_country(bcp47).empty() && !clinic_bcp47.empty()) {
    std::string clinic = phone_country(clinic_bcp47);
    if (!clinic.empty() && std::ranges::find(countries, clinic) == countries.end())
      countries.push_back(std::move(clinic));
  }
  return countries;
}

std::vector<FoundPhoneNumber> phone_numbers_in(std::string_view text, const std::string& region) {
  std::vector<FoundPhoneNumber> found;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    const bool starts_word = at == 0 || !is_word_byte(text[at - 1]);
    const bool can_start = std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '(';
    if (!starts_word || !can_start) continue;
    const std::size_t length = phone_number_at(text.substr(at), region).length;
    if (length == 0) continue;
    found.push_back({at, at + length});
    at += length - 1;
  }
  return found;
}

PhoneMatch compare_phone_numbers(std::string_view a, std::string_view b,
                                 const std::string& region) {
  const std::optional<NationalNumber> first = national_number(a, region),
                                      second = national_number(b, region);
  if (!first || !second || first->country != second->country) return PhoneMatch::other;
  if (first == second) return PhoneMatch::same;
  // Another line of the same exchange or office: only the last four of 8 or more digits differ.
  const std::string& x = first->digits;
  const std::string& y = second->digits;
  const bool neighbour =
      x.size() == y.size() && x.size() >= 8 && x.compare(0, x.size() - 4, y, 0, y.size() - 4) == 0;
  return neighbour ? PhoneMatch::neighbour : PhoneMatch::other;
}

namespace {

// Ofcom's drama numbers ("Numbers reserved for TV and radio drama purposes"): 1,000 numbers
// each, as the national significant number's first digits (the rest make 10 digits) and as
// printed.
struct DramaRange {
  std::string_view prefix;
  std::string_view printed;
};
constexpr DramaRange ofcom_drama_ranges[] = {
    {"1134960", "0113 496 0000 to 0113 496 0999"}, {"1144960", "0114 496 0000 to 0114 496 0999"},
    {"1154960", "0115 496 0000 to 0115 496 0999"}, {"1164960", "0116 496 0000 to 0116 496 0999"},
    {"1174960", "0117 496 0000 to 0117 496 0999"}, {"1184960", "0118 496 0000 to 0118 496 0999"},
    {"1214960", "0121 496 0000 to 0121 496 0999"}, {"1314960", "0131 496 0000 to 0131 496 0999"},
    {"1414960", "0141 496 0000 to 0141 496 0999"}, {"1514960", "0151 496 0000 to 0151 496 0999"},
    {"1614960", "0161 496 0000 to 0161 496 0999"}, {"1914980", "0191 498 0000 to 0191 498 0999"},
    {"2079460", "020 7946 0000 to 020 7946 0999"}, {"2896496", "028 9649 6000 to 028 9649 6999"},
    {"2920180", "029 2018 0000 to 029 2018 0999"}, {"1632960", "01632 960000 to 01632 960999"},
    {"7700900", "07700 900000 to 07700 900999"},   {"8081570", "08081 570000 to 08081 570999"},
    {"9098790", "0909 879 0000 to 0909 879 0999"}, {"3069990", "03069 990000 to 03069 990999"},
};

constexpr int nanp_country = 1;
constexpr int uk_country = 44;

}  // namespace

std::string fictional_range(std::string_view printed, const std::string& region) {
  const std::optional<NationalNumber> number = national_number(printed, region);
  if (!number) return {};
  const std::string& digits = number->digits;
  if (number->country == nanp_country) {
    // 555-0100 to 555-0199, with an area code or without one.
    const std::size_t exchange = digits.size() == 10 ? 3 : digits.size() == 7 ? 0 : digits.size();
    if (digits.compare(exchange, 5, "55501") == 0)
      return "North America reserves 555-0100 to 555-0199 for fiction";
  }
  if (number->country == uk_country && digits.size() == 10)
    for (const DramaRange& range : ofcom_drama_ranges)
      if (digits.starts_with(range.prefix))
        return "Ofcom reserves " + std::string(range.printed) + " for drama";
  return {};
}

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

}  // namespace handout::lang

namespace handout::lang {

namespace {

// Whether the national number of `number` (digits, keypad digits for letters) is a number of
// `region`, or the start of one: vanity numbers may print fewer letters than the number has
// digits, or more (the keypad ignores the rest).
bool dials_in_region(std::string number, const std::string& region) {
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  for (int extra = 0; extra <= 3; ++extra) {
    for (const std::string& tried : {number, number + std::string(extra, '0')}) {
      pn::PhoneNumber parsed;
      if (util.Parse(tried, region, &parsed) == pn::PhoneNumberUtil::NO_PARSING_ERROR &&
          util.IsValidNumber(parsed))
        return true;
    }
    if (number.size() > 8) number.pop_back();
  }
  return false;
}

}  // namespace

std::size_t vanity_number_at(std::string_view text, const std::string& region) {
  // Digits first (a country or service code), then groups of digits or capitals joined by
  // hyphens, dots or spaces; at least one group of two capitals or more, which may end in a
  // digit or two ("1-800-AHA-USA1").
  static const std::regex vanity(
      R"(\+?\d{1,4}(?:[-. ]\(?\d{2,4}\)?)?(?:[-. ](?:[A-Z]{2,}\d{0,2}|\d{1,4}))*[-. ][A-Z]{2,}\d{0,2}(?:[-. ](?:[A-Z]+\d{0,2}|\d{1,4}))*(?![A-Za-z0-9]))");
  std::cmatch match;
  const std::string_view window = window_of(text);
  if (!std::regex_search(window.data(), window.data() + window.size(), match, vanity,
                         std::regex_constants::match_continuous))
    return 0;
  std::string number = match.str(0);
  const std::size_t letters = number.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (std::ranges::count_if(number.substr(0, letters),
                            [](char c) { return c >= '0' && c <= '9'; }) < 4)
    return 0;  // "Take 2 TABLETS", "20 MG": an amount in capitals
  const pn::PhoneNumberUtil& util = *pn::PhoneNumberUtil::GetInstance();
  // libphonenumber's IsAlphaNumber refuses a group that ends in a digit ("USA1"); the pattern
  // above has already shaped the number, so three letters are enough.
  if (!util.IsAlphaNumber(number) &&
      std::ranges::count_if(number, [](char c) { return c >= 'A' && c <= 'Z'; }) < 3)
    return 0;
  util.ConvertAlphaCharactersInNumber(&number);
  std::erase_if(number, [](char c) { return c != '+' && (c < '0' || c > '9'); });
  if (number.size() < 7) return 0;
  // A number of another country, printed with its country code but no "+" ("1-800-…" in a
  // British handout), is dialled from abroad.
  const bool dials = dials_in_region(number, region) ||
                     (!number.starts_with('+') && dials_in_region('+' + number, region));
  return dials ? static_cast<std::size_t>(match.length(0)) : 0;
}

bool is_emergency_number(std::string_view digits, const std::string& region) {
  static const pn::ShortNumberInfo info;
  return info.IsEmergencyNumber(std::string(digits), region);
}

bool is_short_number_anywhere(std::string_view digits) {
  static const std::set<std::string> regions = [] {
    std::set<std::string> all;
    pn::PhoneNumberUtil::GetInstance()->GetSupportedRegions(&all);
    return all;
  }();
  return std::ranges::any_of(regions, [&](const std::string& region) {
    return is_emergency_number(digits, region) || is_short_number(digits, region);
  });
}

bool is_short_number(std::string_view digits, const std::string& region) {
  static const pn::ShortNumberInfo info;
  pn::PhoneNumber number;
  if (pn::PhoneNumberUtil::GetInstance()->Parse(std::string(digits), region, &number) !=
      pn::PhoneNumberUtil::NO_PARSING_ERROR)
    return false;
  return info.IsValidShortNumberForRegion(number, region);
}

}  // namespace handout::lang
