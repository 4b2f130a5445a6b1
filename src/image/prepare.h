#pragma once
// A picture ready to embed in the PDF, the web page and the EPUB: what every format shows.
#include <cstddef>
#include <span>
#include <vector>

#include "image/format.h"

namespace handout::image {

// The JPEG quality of a prepared photo: no visible loss at print sizes, a third of the bytes
// of quality 95.
inline constexpr int jpeg_quality = 85;

struct Prepared {
  Format format = Format::png;
  int width = 0;  // pixels, as shown: upright
  int height = 0;
  std::vector<std::byte> bytes;  // the encoded picture
};

// The picture upright (its EXIF orientation applied), in 8-bit sRGB or grey (16 bits a sample
// become 8, a palette its colours, CMYK and other colour profiles sRGB), its transparency kept as
// an alpha channel, shrunk (never enlarged) to at most `max_width` × `max_height` pixels with its
// proportions kept, with no metadata (no EXIF, no profile, no text, no time). A PNG stays a PNG
// (drawings stay sharp, transparency stays), a JPEG a baseline JPEG of quality `jpeg_quality`.
// The same input gives the same bytes, whatever the number of threads.
//
// Throws image::Error, with a message in plain words for an admin, when the bytes are no PNG or
// JPEG, break a limit (inspect.h), are damaged or cut short. `max_width` and `max_height` must be
// at least 1 (std::invalid_argument).
Prepared prepare(std::span<const std::byte> bytes, int max_width, int max_height);

}  // namespace handout::image
