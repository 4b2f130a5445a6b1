#pragma once
// Letter case by ICU's data, for comparing words whatever their case.
#include <string>
#include <string_view>

namespace handout::lang {

// Lower case, by Unicode's default (language-independent) mapping: "ILUSTRACIÓN" -> "ilustración".
std::string lower_case(std::string_view utf8);

}  // namespace handout::lang
