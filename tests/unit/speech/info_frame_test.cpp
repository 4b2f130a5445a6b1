#include "speech/info_frame.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace handout::speech;

namespace {

unsigned crc16_of(const std::vector<unsigned char>& bytes, std::size_t count) {
  unsigned crc = 0;
  for (std::size_t i = 0; i < count; ++i) {
    crc ^= bytes[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc & 1) ? (crc >> 1) ^ 0xA001 : crc >> 1;
  }
  return crc;
}

// A 192-byte frame as LAME lays it out: header and side information (13 bytes), `tag`, flags,
// frames, bytes, a 100-byte table, quality, then the 36-byte LAME tag ending with its CRC.
std::vector<unsigned char> info_frame(const std::string& tag, unsigned char flags) {
  std::vector<unsigned char> frame(192, 0);
  frame[0] = 0xFF;
  frame[1] = 0xF3;
  std::copy(tag.begin(), tag.end(), frame.begin() + 13);
  frame[20] = flags;
  for (std::size_t i = 21; i < 29; ++i) frame[i] = static_cast<unsigned char>(i);       // counts
  for (std::size_t i = 29; i < 129; ++i) frame[i] = static_cast<unsigned char>(i * 2);  // table
  const std::string lame = "LAME3.100";
  std::copy(lame.begin(), lame.end(), frame.begin() + 133);
  for (std::size_t i = 142; i < 167; ++i) frame[i] = static_cast<unsigned char>(i + 7);
  const unsigned crc = crc16_of(frame, 167);
  frame[167] = static_cast<unsigned char>(crc >> 8);
  frame[168] = static_cast<unsigned char>(crc & 0xFF);
  return frame;
}

}  // namespace

TEST_CASE("an Info frame loses its table and keeps its counts and its LAME tag with a true CRC") {
  const std::vector<unsigned char> before = info_frame("Info", 0x0F);
  std::vector<unsigned char> frame = before;
  CHECK(drop_seek_table(frame));
  CHECK(frame.size() == before.size());
  CHECK(frame[20] == 0x0B);  // the table's flag cleared, the others kept
  CHECK(std::equal(frame.begin(), frame.begin() + 20, before.begin()));
  CHECK(std::equal(frame.begin() + 21, frame.begin() + 29, before.begin() + 21));  // counts
  // Quality and the LAME tag follow the counts, 100 bytes earlier than before.
  CHECK(std::equal(frame.begin() + 29, frame.begin() + 67, before.begin() + 129));
  const unsigned crc = crc16_of(frame, 67);
  CHECK(frame[67] == (crc >> 8));
  CHECK(frame[68] == (crc & 0xFF));
  CHECK(std::all_of(frame.begin() + 69, frame.end(), [](unsigned char b) { return b == 0; }));
  CHECK_FALSE(drop_seek_table(frame));  // once is enough
}

TEST_CASE("a VBR Xing frame keeps its table and a frame without a tag is left alone") {
  const std::vector<unsigned char> xing = info_frame("Xing", 0x0F);
  std::vector<unsigned char> frame = xing;
  CHECK_FALSE(drop_seek_table(frame));
  CHECK(frame == xing);
  std::vector<unsigned char> audio(192, 0x55);
  CHECK_FALSE(drop_seek_table(audio));
  std::vector<unsigned char> short_frame = info_frame("Info", 0x0F);
  short_frame.resize(100);
  CHECK_FALSE(drop_seek_table(short_frame));  // a cut frame is not read past its end
}
