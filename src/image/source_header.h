#pragma once
// The header of a picture as stored, with what preparing it needs beyond inspect()'s Header,
// and the limits every picture is held to (inspect.h).
#include <cstddef>
#include <span>
#include <string>
#include <variant>

#include "image/inspect.h"

namespace handout::image {

struct SourceHeader {
  Header header;         // as a reader sees it
  int stored_width = 0;  // as stored, before the orientation
  int stored_height = 0;
  int bands = 0;                // 1 grey, 2 grey and alpha, 3 RGB, 4 RGBA or CMYK
  bool colour_profile = false;  // an embedded ICC profile
};

// The header, or the message inspect() gives. Throws image::Error only when libvips cannot be
// loaded.
std::variant<SourceHeader, std::string> read_source_header(std::span<const std::byte> bytes);

}  // namespace handout::image
