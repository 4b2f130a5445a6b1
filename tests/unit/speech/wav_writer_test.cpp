#include "speech/wav_writer.h"

#include <doctest/doctest.h>

#include <cstring>
#include <vector>

using namespace handout::speech;

namespace {

std::uint32_t u32_at(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (int i = 3; i >= 0; --i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

}  // namespace

TEST_CASE("a WAV file of mono 16-bit samples") {
  const std::vector<std::int16_t> samples{0, 1, -1, 1000};
  const std::string wav = encode_wav(samples, 22050);
  REQUIRE(wav.size() == 44 + 8);
  CHECK(wav.substr(0, 4) == "RIFF");
  CHECK(u32_at(wav, 4) == wav.size() - 8);
  CHECK(wav.substr(8, 8) == "WAVEfmt ");
  CHECK(u32_at(wav, 24) == 22050);      // sample rate
  CHECK(u32_at(wav, 28) == 22050 * 2);  // bytes per second
  CHECK(wav.substr(36, 4) == "data");
  CHECK(u32_at(wav, 40) == 8);
  std::int16_t last = 0;
  std::memcpy(&last, wav.data() + 50, 2);  // little-endian machine
  CHECK(last == 1000);
}
