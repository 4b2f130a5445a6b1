#pragma once
// Where a node came from, so every writer can point an admin back at the source.
#include <cstdint>
#include <string>

namespace handout::model {

struct Location {
  std::uint32_t line = 0;    // 1-based; 0 means unknown
  std::uint32_t column = 0;  // 1-based, in Unicode code points
  friend bool operator==(const Location&, const Location&) = default;
};

}  // namespace handout::model
