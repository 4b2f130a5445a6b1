#include "speech/mp3_encoder.h"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

using namespace handout::speech;

namespace {

// A second of a 440 Hz tone at 22.05 kHz.
std::vector<std::int16_t> tone() {
  std::vector<std::int16_t> samples(22050);
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] =
        static_cast<std::int16_t>(8000 * std::sin(2 * 3.14159265 * 440 * double(i) / 22050));
  return samples;
}

std::string encode_in_chunks(const std::vector<std::int16_t>& samples, std::size_t chunk) {
  Mp3Encoder encoder(22050, "TAG");
  const std::span<const std::int16_t> all(samples);
  for (std::size_t at = 0; at < all.size(); at += chunk)
    encoder.add(all.subspan(at, std::min(chunk, all.size() - at)));
  return encoder.finish();
}

}  // namespace

TEST_CASE("the encoder takes samples as they come and gives the same bytes for any chunking") {
  const std::vector<std::int16_t> samples = tone();
  const std::string whole = encode_in_chunks(samples, samples.size());
  CHECK(whole.substr(0, 3) == "TAG");
  CHECK(static_cast<unsigned char>(whole[3]) == 0xFF);  // the first frame follows the prefix
  CHECK(whole.size() > 1000);                       // a second of audio, more than the info frame
  CHECK(encode_in_chunks(samples, 1323) == whole);  // eSpeak NG's buffer
  CHECK(encode_in_chunks(samples, 1) == whole);
}

TEST_CASE(
    "the MP3 is 16 kHz MPEG-2 and holds as many samples as the input's duration at that rate") {
  const std::vector<std::int16_t> samples = tone();  // a second at 22.05 kHz
  Mp3Encoder encoder(22050, "");
  encoder.add(samples);
  const std::string mp3 = encoder.finish();
  CHECK(encoder.sample_count() >= 15999);
  CHECK(encoder.sample_count() <= 16001);
  REQUIRE(mp3.size() > 4);
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(mp3[i]); };
  CHECK(byte(0) == 0xFF);
  CHECK((byte(1) & 0x18) == 0x10);         // MPEG-2
  CHECK(((byte(2) >> 2) & 0x03) == 0x02);  // its third rate: 16 kHz
}
