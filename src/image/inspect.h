#pragma once
// What a picture is, from its header alone: its format and its size as a reader sees it. The
// content reader calls this on every picture a handout names, so that `handout check` reports a
// picture it cannot use, in words, at the element that names it.
#include <cstddef>
#include <span>
#include <string>
#include <variant>

#include "image/format.h"

namespace handout::image {

// The most pixels a picture may have (stored width × height): 100 megapixels, more than any
// phone's photo (50 MP at most in 2025). Every picture is shrunk to the page, so a larger one
// brings nothing but the time and memory decoding it takes.
inline constexpr long long max_pixels = 100'000'000;

// A picture that must be decoded whole before it can be shrunk (an interlaced PNG, a progressive
// JPEG) may need at most this much memory to decode: 256 MiB, a progressive colour JPEG of 44
// megapixels or an 8-bit RGB interlaced PNG of 89. Others are decoded a few rows at a time.
inline constexpr long long max_whole_decode_bytes = 256LL << 20;

// The picture's size as a reader sees it: its EXIF orientation applied (a 4000 × 3000 photo with
// orientation 6, taken with the phone upright, is 3000 × 4000).
struct Header {
  Format format = Format::png;
  int width = 0;
  int height = 0;
};

// The header of a PNG or JPEG, or why it cannot be used, in plain words for an admin: "not a PNG
// or JPEG picture", "a GIF picture: …", "the PNG is damaged: …", "the picture is 12000 × 10000
// pixels …". Reads the header only (fast, little memory; pixel data is not looked at, so a
// picture cut short is found by prepare()). Never throws: when libvips cannot be opened, the
// message says so ("pictures cannot be read: … (install the Debian package libvips42)").
std::variant<Header, std::string> inspect(std::span<const std::byte> bytes);

}  // namespace handout::image
