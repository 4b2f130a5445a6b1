#pragma once
// TEMPORARY stand-in until the image module lands (branch `image`).
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <variant>

namespace handout::image {
enum class Format { png, jpeg };
std::optional<Format> sniff(std::span<const std::byte> bytes);
struct Header {
  Format format;
  int width = 0;
  int height = 0;
};
std::variant<Header, std::string> inspect(std::span<const std::byte> bytes);
}  // namespace handout::image
