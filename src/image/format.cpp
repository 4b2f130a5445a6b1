#include "image/format.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace handout::image {

namespace {

// Whether `bytes` has `magic` at `offset`.
bool has_at(std::span<const std::byte> bytes, std::size_t offset, std::string_view magic) {
  if (bytes.size() < offset + magic.size()) return false;
  return std::equal(magic.begin(), magic.end(), bytes.begin() + static_cast<std::ptrdiff_t>(offset),
                    [](char m, std::byte b) {
                      return static_cast<unsigned char>(m) == std::to_integer<unsigned char>(b);
                    });
}

constexpr std::string_view png_signature{"\x89PNG\r\n\x1a\n", 8};
constexpr std::string_view jpeg_start{"\xff\xd8\xff", 3};  // SOI, then a marker's first byte

// An XML or SVG text, after a byte order mark and white space.
bool starts_like_svg(std::span<const std::byte> bytes) {
  std::size_t at = has_at(bytes, 0, "\xef\xbb\xbf") ? 3 : 0;
  while (at < bytes.size() && std::isspace(std::to_integer<unsigned char>(bytes[at])) != 0) ++at;
  return has_at(bytes, at, "<svg") || has_at(bytes, at, "<?xml") ||
         has_at(bytes, at, "<!DOCTYPE svg");
}

}  // namespace

std::string_view media_type(Format format) {
  return format == Format::png ? "image/png" : "image/jpeg";
}

std::string_view extension(Format format) {
  return format == Format::png ? ".png" : ".jpg";
}

std::optional<Format> sniff(std::span<const std::byte> bytes) {
  if (has_at(bytes, 0, png_signature)) return Format::png;
  if (has_at(bytes, 0, jpeg_start)) return Format::jpeg;
  return std::nullopt;
}

std::string_view other_kind(std::span<const std::byte> bytes) {
  struct Magic {
    std::size_t offset;
    std::string_view bytes;
    std::string_view kind;
  };
  static constexpr std::array<Magic, 13> magics{{
      {0, "GIF87a", "a GIF picture"},
      {0, "GIF89a", "a GIF picture"},
      {8, "WEBP", "a WebP picture"},
      {4, "ftypheic", "a HEIC photo"},
      {4, "ftypheix", "a HEIC photo"},
      {4, "ftypmif1", "a HEIF photo"},
      {4, "ftypavif", "an AVIF picture"},
      {0, {"II*\0", 4}, "a TIFF picture"},
      {0, {"MM\0*", 4}, "a TIFF picture"},
      {0, "BM", "a BMP picture"},
      {0, "%PDF", "a PDF document"},
      {0, {"\0\0\1\0", 4}, "an icon (ICO)"},
      {0, "8BPS", "a Photoshop document"},
  }};
  for (const Magic& magic : magics)
    if (has_at(bytes, magic.offset, magic.bytes)) return magic.kind;
  if (starts_like_svg(bytes)) return "an SVG drawing";
  return {};
}

}  // namespace handout::image
