#include "lang/top_level_domains.h"

#include <algorithm>
#include <array>

namespace handout::lang {

namespace {

// Sorted by the build (src/lang/CMakeLists.txt).
constexpr std::array top_level_domains{
#include "top_level_domains.inc"
};

}  // namespace

bool is_top_level_domain(std::string_view label) {
  return std::ranges::binary_search(top_level_domains, label);
}

}  // namespace handout::lang
