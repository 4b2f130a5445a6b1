#pragma once
// Phone numbers in running text, found by Google's libphonenumber, which knows how every
// country writes its numbers: "912 34 56 78" in Spain, "020 7946 0958" in the UK, "(02) 9876 5432"
// in Australia, and "+33 1 23 45 67 89" anywhere. Pure.
#include <cstddef>
#include <string>
#include <string_view>

namespace handout::speech {

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

}  // namespace handout::speech
