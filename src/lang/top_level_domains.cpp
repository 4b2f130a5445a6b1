#include "lang/top_level_domains.h"

#include <algorithm>

namespace handout::lang {

namespace {

// Sorted by the build (src/lang/CMakeLists.txt). A built-in array, not std::array: clang
// deduces std::array's size with a fold over every element and stops at 256 of them.
constexpr std::string_view top_level_domains[] = {
#include "top_level_domains.inc"
};

}  // namespace

bool is_top_level_domain(std::string_view label) {
  return std::ranges::binary_search(top_level_domains, label);
}

}  // namespace handout::lang
