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

// Every frame header of `mp3` from `at` on: its bitrate index and its size in bytes.
std::vector<std::pair<int, std::size_t>> frames_of(const std::string& mp3, std::size_t at) {
  std::vector<std::pair<int, std::size_t>> frames;
  static constexpr int mpeg2_kbps[] = {0,  8,  16, 24,  32,  40,  48, 56,
                                       64, 80, 96, 112, 128, 144, 160};
  static constexpr int mpeg2_rates[] = {22050, 24000, 16000};
  while (at + 4 <= mp3.size()) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(mp3[at + i]); };
    REQUIRE(byte(0) == 0xFF);
    REQUIRE((byte(1) & 0xF8) == 0xF0);  // MPEG-2 Layer III
    const int index = byte(2) >> 4;
    REQUIRE(index > 0);
    REQUIRE(index < 15);
    const std::size_t size =
        std::size_t(72000 * mpeg2_kbps[index] / mpeg2_rates[(byte(2) >> 2) & 3]) +
        ((byte(2) >> 1) & 1);
    frames.emplace_back(mpeg2_kbps[index], size);
    at += size;
  }
  CHECK(at == mp3.size());
  return frames;
}

TEST_CASE("the MP3 is MPEG-2 at its rate and a constant bitrate and holds the input's duration") {
  const std::vector<std::int16_t> samples = tone();  // a second at 22.05 kHz
  Mp3Encoder encoder(22050, "");
  encoder.add(samples);
  const std::string mp3 = encoder.finish();
  CHECK(encoder.sample_count() >= std::uint64_t(mp3_sample_rate) - 1);
  CHECK(encoder.sample_count() <= std::uint64_t(mp3_sample_rate) + 1);
  REQUIRE(mp3.size() > 4);
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(mp3[i]); };
  CHECK(byte(0) == 0xFF);
  CHECK((byte(1) & 0x18) == 0x10);  // MPEG-2
  static constexpr int mpeg2_rates[] = {22050, 24000, 16000};
  CHECK(mpeg2_rates[(byte(2) >> 2) & 0x03] == mp3_sample_rate);
  // Every frame, the info frame included, at the one bitrate, and each within two bytes of
  // where the bitrate puts it (where a frame's share is not whole, LAME adds a padding byte to
  // a frame whenever they fall a byte behind): a player finds the byte of any time by
  // arithmetic.
  const double frame_bytes = 72.0 * mp3_bit_rate_kbps * 1000 / mp3_sample_rate;
  std::size_t at = 0;
  std::size_t index = 0;
  for (const auto& [kbps, size] : frames_of(mp3, 0)) {
    CHECK(kbps == mp3_bit_rate_kbps);
    CHECK(std::abs(double(at) - double(index) * frame_bytes) < 2.0);
    at += size;
    ++index;
  }
}

TEST_CASE("samples at the MP3's rate are encoded as they are") {
  std::vector<std::int16_t> samples(static_cast<std::size_t>(mp3_sample_rate));  // a second
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] = static_cast<std::int16_t>(
        8000 * std::sin(2 * 3.14159265 * 440 * double(i) / mp3_sample_rate));
  Mp3Encoder encoder(mp3_sample_rate, "");
  encoder.add(samples);
  const std::string mp3 = encoder.finish();
  CHECK(encoder.sample_count() == samples.size());
  CHECK(frames_of(mp3, 0).size() > 30);  // a second of 576-sample frames and the info frame
}

TEST_CASE("samples at another rate are resampled to the MP3's rate") {
  std::vector<std::int16_t> samples(16000);  // a second at 16 kHz, never an MP3 rate chosen here
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] =
        static_cast<std::int16_t>(8000 * std::sin(2 * 3.14159265 * 440 * double(i) / 16000));
  REQUIRE(mp3_sample_rate != 16000);
  Mp3Encoder encoder(16000, "");
  encoder.add(samples);
  const std::string mp3 = encoder.finish();
  CHECK(encoder.sample_count() >= std::uint64_t(mp3_sample_rate) - 1);
  CHECK(encoder.sample_count() <= std::uint64_t(mp3_sample_rate) + 1);
  CHECK(frames_of(mp3, 0).size() > 30);  // a second of 576-sample frames and the info frame
}

TEST_CASE("the info frame is an Info frame with the LAME tag and no seek table") {
  const std::vector<std::int16_t> samples = tone();
  Mp3Encoder encoder(22050, "");
  encoder.add(samples);
  const std::string mp3 = encoder.finish();
  const std::size_t info = mp3.find("Info");
  REQUIRE(info < 40);
  const unsigned flags = static_cast<unsigned char>(mp3[info + 7]);
  CHECK((flags & 0x04) == 0);     // no table of contents
  CHECK((flags & 0x03) == 0x03);  // the frame count and the byte count
  CHECK(mp3.substr(info + 20, 4) == "LAME");
  // The number of bytes it gives is the file's, so that bytes per second is exact.
  const auto be32 = [&](std::size_t i) {
    return std::size_t(static_cast<unsigned char>(mp3[i])) << 24 |
           std::size_t(static_cast<unsigned char>(mp3[i + 1])) << 16 |
           std::size_t(static_cast<unsigned char>(mp3[i + 2])) << 8 |
           std::size_t(static_cast<unsigned char>(mp3[i + 3]));
  };
  CHECK(be32(info + 12) == mp3.size());
  CHECK(be32(info + 8) == frames_of(mp3, 0).size() - 1);  // the audio frames
}
