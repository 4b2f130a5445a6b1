#include "speech/info_frame.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace handout::speech {

namespace {

constexpr std::size_t toc_size = 100;
constexpr unsigned toc_flag = 0x04;
constexpr std::size_t lame_tag_size = 36;  // its CRC-16 is its last two bytes

// CRC-16 with the polynomial 0x8005, reflected (LAME's CRC_update_lookup).
unsigned lame_crc16(std::span<const unsigned char> bytes) {
  unsigned crc = 0;
  for (const unsigned char byte : bytes) {
    crc ^= byte;
    for (int bit = 0; bit < 8; ++bit) crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
  }
  return crc;
}

// Where "Info" starts: after the frame header and the side information (9 to 32 bytes).
std::size_t info_at(std::span<const unsigned char> frame) {
  const std::string_view text(reinterpret_cast<const char*>(frame.data()),
                              std::min<std::size_t>(frame.size(), 40));
  return text.find("Info");
}

}  // namespace

bool drop_seek_table(std::span<unsigned char> frame) {
  const std::size_t info = info_at(frame);
  if (info == std::string_view::npos || info + 8 > frame.size()) return false;
  unsigned char& flags = frame[info + 7];
  if (!(flags & toc_flag)) return false;
  // Frames and bytes (4 bytes each) come before the table when their flags are set.
  const std::size_t toc = info + 8 + 4 * ((flags & 1) + ((flags >> 1) & 1));
  const std::size_t after = toc + toc_size;
  const std::size_t quality = (flags & 0x08) ? 4 : 0;
  const std::size_t tag_end = after + quality + lame_tag_size;
  if (tag_end > frame.size()) return false;
  std::copy(frame.begin() + static_cast<std::ptrdiff_t>(after),
            frame.begin() + static_cast<std::ptrdiff_t>(tag_end),
            frame.begin() + static_cast<std::ptrdiff_t>(toc));
  const std::size_t moved_end = tag_end - toc_size;
  std::fill(frame.begin() + static_cast<std::ptrdiff_t>(moved_end), frame.end(), 0);
  flags = static_cast<unsigned char>(flags & ~toc_flag);
  const unsigned crc = lame_crc16(frame.first(moved_end - 2));
  frame[moved_end - 2] = static_cast<unsigned char>(crc >> 8);
  frame[moved_end - 1] = static_cast<unsigned char>(crc & 0xFF);
  return true;
}

}  // namespace handout::speech
