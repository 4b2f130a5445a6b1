#pragma once
// std::regex replacement with a function deciding each match's replacement.
#include <functional>
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace handout::speech {

// `replace(match, text)` returns the replacement, or nullopt to keep the match as it is.
using Replacer = std::function<std::optional<std::string>(const std::cmatch&, std::string_view)>;

std::string replace_matches(std::string_view text, const std::regex& pattern,
                            const Replacer& replace);

}  // namespace handout::speech
