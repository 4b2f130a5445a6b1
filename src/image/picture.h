#pragma once
// TEMPORARY stand-in until the image module lands (branch `image`): the same API.
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace handout::image {

enum class Format { png, jpeg };
std::string_view media_type(Format format);  // "image/png"
std::string_view extension(Format format);   // ".png", ".jpg"

std::optional<Format> sniff(std::span<const std::byte> bytes);

struct Header {
  Format format = Format::png;
  int width = 0;  // upright
  int height = 0;
};
std::variant<Header, std::string> inspect(std::span<const std::byte> bytes);

struct Prepared {
  Format format = Format::png;
  int width = 0;
  int height = 0;
  std::vector<std::byte> bytes;
};

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Upright, 8-bit sRGB, alpha kept, shrunk (never enlarged) to fit max_width x max_height,
// metadata stripped; PNG stays PNG, JPEG stays JPEG. Throws Error.
Prepared prepare(std::span<const std::byte> bytes, int max_width, int max_height);
// prepare(), once per process for the same bytes and sizes.
const Prepared& prepared(std::span<const std::byte> bytes, int max_width, int max_height);

}  // namespace handout::image
