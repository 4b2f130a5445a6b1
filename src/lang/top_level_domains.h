#pragma once
// The Internet's top-level domains, as IANA delegates them: the ICANN section of the Public
// Suffix List (Debian's publicsuffix), read when the tool is built and compiled in, so the
// program's build ID, part of every rebuild key, changes with the list. A web address written
// without "www." or a scheme ("cdc.gov/flu") is found by its last label.
#include <string_view>

namespace handout::lang {

// Whether `label` ("gov", "org", "es") is a top-level domain; ASCII, in small letters.
bool is_top_level_domain(std::string_view label);

}  // namespace handout::lang
