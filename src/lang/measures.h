#pragma once
// A file's size and a recording's length as a patient reads them beside a download link, in
// the language's own units and numbers from ICU's data: "245 kB", "1.2 MB", "4 min, 12 sec".
#include <cstdint>
#include <string>

#include "model/language_tag.h"

namespace handout::lang {

// In bytes, kilobytes or megabytes (of 1000), with two significant digits at most.
std::string file_size(std::uint64_t bytes, const model::LanguageTag& tag);

// In whole minutes and seconds ("12 sec" under a minute), rounded to the second.
std::string duration(double seconds, const model::LanguageTag& tag);

}  // namespace handout::lang
