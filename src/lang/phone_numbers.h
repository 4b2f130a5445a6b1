#pragma once
// Phone numbers in running text, found by Google's libphonenumber, which knows how every
// country writes its numbers: "912 34 56 78" in Spain, "020 7946 0958" in the UK, "(02) 9876 5432"
// in Australia, and "+33 1 23 45 67 89" anywhere. The audio reads them; the reader compares
// those a handout writes with the clinic's. Pure.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace handout::lang {

// The country whose national numbers a text in `bcp47` writes (ISO 3166): the tag's region
// when it names one ("en-GB" -> "GB"), else ICU's likely region for its language ("en" ->
// "US", "es" -> "ES", "es-419" -> "ES"); empty when ICU knows none.
std::string phone_country(std::string_view bcp47);
// The tag's own country only ("en-GB" -> "GB"); empty when it names none ("es", "es-419").
std::string tag_country(std::string_view bcp47);
// The countries whose national numbers a handout in `bcp47` dials, in the order to try them:
// its own (phone_country), and when its tag names none, also its clinic's, from clinic.xml's
// `clinic_bcp47` (empty: none). A Spanish handout ("es") of a clinic in the United States
// ("en-US") dials Spanish and US numbers; one tagged "es-MX" dials Mexican numbers only.
std::vector<std::string> phone_countries(std::string_view bcp47, std::string_view clinic_bcp47);

struct PhoneNumberAt {
  std::size_t length = 0;  // in bytes; 0: no number starts there
  // Valid for its country; else only possible ("555-0100" without its area code, the UK's drama
  // number "07700 900123"), and a date or a range of that shape is likelier.
  bool valid = false;
};

// The phone number printed at the very start of `text`, for a handout written in `region`
// (ISO 3166: "ES", "GB"); a number with "+" and its country code is found whatever the region.
// An extension ("ext. 12", "extensión 12") is part of the number.
//
// A number must be valid for its country, or else possible, of at least 7 digits and written as
// phone numbers are (grouped, not in thousands). A bare run of digits, a time, a short range
// ("10-15") or an amount ("1 234 567") is none.
PhoneNumberAt phone_number_at(std::string_view text, const std::string& region);

// A vanity number printed at the very start of `text`: digits and capital letters, as toll-free
// and business numbers are advertised ("1-800-FLOWERS" shaped: country code, area or service
// code, then letters). Its letters, turned into keypad digits by libphonenumber, must make a
// number of `region` (or one whose letters run past its last digit); 0 when none.
std::size_t vanity_number_at(std::string_view text, const std::string& region);

// Short numbers, from libphonenumber's ShortNumberInfo for `region`: an emergency number
// ("911", "999", "112", "066") and a short number valid there ("111", "061", "988").
bool is_emergency_number(std::string_view digits, const std::string& region);
bool is_short_number(std::string_view digits, const std::string& region);
// An emergency or valid short number of any region libphonenumber knows ("911", "988" in a
// Spanish handout written for no one country).
bool is_short_number_anywhere(std::string_view digits);

// Every phone number in `text` as phone_number_at() finds them, each starting where a word
// can: as byte offsets [begin, end).
struct FoundPhoneNumber {
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<FoundPhoneNumber> phone_numbers_in(std::string_view text, const std::string& region);

// How two printed numbers compare when dialled in `region`: the same number ("(207) 555-0142",
// "+1 207.555.0142"), one of the same length that differs only in its last four digits (another
// line of the same exchange or office), or another.
enum class PhoneMatch { same, neighbour, other };
PhoneMatch compare_phone_numbers(std::string_view a, std::string_view b, const std::string& region);

// When a printed number, dialled in `region`, is in a range its numbering plan reserves for
// examples and fiction (no one answers it): the range, in words an admin can check
// ("North America reserves 555-0100 to 555-0199 for fiction"); else empty. No library has these
// ranges, so they are listed (phone_numbers.cpp) from their regulators' publications: the North
// American Numbering Plan (555-0100 to 555-0199 in every area code) and Ofcom's numbers for TV
// and radio drama in the United Kingdom.
std::string fictional_range(std::string_view printed, const std::string& region);

}  // namespace handout::lang
