#pragma once
// "did you mean ...?": the allowed name nearest to a misspelt one.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace handout::content {

// The candidate within a small edit distance of `name` (at most 2, and less than half its
// length), the closest first; nothing when none is that close.
std::optional<std::string> nearest(std::string_view name,
                                   const std::vector<std::string>& candidates);

// The element names written as "<name>" in a message such as "use <p>, <list> or <note>".
std::vector<std::string> names_in(std::string_view message);

}  // namespace handout::content
