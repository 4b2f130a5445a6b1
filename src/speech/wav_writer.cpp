#include "speech/wav_writer.h"

namespace handout::speech {

namespace {

constexpr std::size_t header_bytes = 44;

void put_u16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8);
}

void put_u32(std::string& out, std::uint32_t value) {
  put_u16(out, static_cast<std::uint16_t>(value & 0xFFFF));
  put_u16(out, static_cast<std::uint16_t>(value >> 16));
}

std::string header(int sample_rate, std::uint32_t data_bytes) {
  constexpr std::uint16_t channels = 1;
  constexpr std::uint16_t bits = 16;
  const auto rate = static_cast<std::uint32_t>(sample_rate);
  std::string out;
  out += "RIFF";
  put_u32(out, 36 + data_bytes);
  out += "WAVEfmt ";
  put_u32(out, 16);
  put_u16(out, 1);  // PCM
  put_u16(out, channels);
  put_u32(out, rate);
  put_u32(out, rate * channels * bits / 8);
  put_u16(out, channels * bits / 8);
  put_u16(out, bits);
  out += "data";
  put_u32(out, data_bytes);
  return out;
}

}  // namespace

WavStream::WavStream(int sample_rate) : out_(header(sample_rate, 0)) {}

void WavStream::add(std::span<const std::int16_t> samples) {
  for (std::int16_t sample : samples) put_u16(out_, static_cast<std::uint16_t>(sample));
}

std::string WavStream::finish() {
  const auto data_bytes = static_cast<std::uint32_t>(out_.size() - header_bytes);
  std::string sizes;
  put_u32(sizes, 36 + data_bytes);
  out_.replace(4, 4, sizes);
  sizes.clear();
  put_u32(sizes, data_bytes);
  out_.replace(40, 4, sizes);
  return std::move(out_);
}

std::string encode_wav(std::span<const std::int16_t> samples, int sample_rate) {
  WavStream wav(sample_rate);
  wav.add(samples);
  return wav.finish();
}

}  // namespace handout::speech
