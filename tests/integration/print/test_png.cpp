#include "test_png.h"

#include <array>
#include <cstdint>

namespace handout::test {

namespace {

std::uint32_t crc32(const std::string& bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (const char byte : bytes) c = table[(c ^ static_cast<unsigned char>(byte)) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

std::uint32_t adler32(const std::string& bytes) {
  std::uint32_t a = 1, b = 0;
  for (const char byte : bytes) {
    a = (a + static_cast<unsigned char>(byte)) % 65521;
    b = (b + a) % 65521;
  }
  return (b << 16) | a;
}

void put32(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

std::string chunk(const std::string& type, const std::string& data) {
  std::string out;
  put32(out, static_cast<std::uint32_t>(data.size()));
  out += type + data;
  put32(out, crc32(type + data));
  return out;
}

// A zlib stream of stored blocks (RFC 1950, RFC 1951 section 3.2.4).
std::string stored(const std::string& data) {
  std::string out = "\x78\x01";
  std::size_t at = 0;
  do {
    const std::size_t length = std::min<std::size_t>(65535, data.size() - at);
    out += static_cast<char>(at + length == data.size() ? 1 : 0);
    out += static_cast<char>(length & 0xFF);
    out += static_cast<char>(length >> 8);
    out += static_cast<char>(~length & 0xFF);
    out += static_cast<char>((~length >> 8) & 0xFF);
    out += data.substr(at, length);
    at += length;
  } while (at < data.size());
  put32(out, adler32(data));
  return out;
}

}  // namespace

std::string png(int width, int height, int channels,
                const std::function<unsigned char(int, int, int)>& sample) {
  static constexpr char colour_types[] = {0, 0, 4, 2, 6};  // by channels
  std::string header;
  put32(header, static_cast<std::uint32_t>(width));
  put32(header, static_cast<std::uint32_t>(height));
  header += {8, colour_types[channels], 0, 0, 0};  // 8 bits, deflate, no filter, no interlace
  std::string pixels;
  pixels.reserve(static_cast<std::size_t>(height) * (1 + width * channels));
  for (int y = 0; y < height; ++y) {
    pixels += '\0';  // no filter on this row
    for (int x = 0; x < width; ++x)
      for (int c = 0; c < channels; ++c) pixels += static_cast<char>(sample(x, y, c));
  }
  return "\x89PNG\r\n\x1a\n" + chunk("IHDR", header) + chunk("IDAT", stored(pixels)) +
         chunk("IEND", "");
}

}  // namespace handout::test
