#include "speech/wav_writer.h"

namespace handout::speech {

namespace {

void put_u16(std::string& out, std::uint16_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>(value >> 8);
}

void put_u32(std::string& out, std::uint32_t value) {
  put_u16(out, static_cast<std::uint16_t>(value & 0xFFFF));
  put_u16(out, static_cast<std::uint16_t>(value >> 16));
}

}  // namespace

std::string encode_wav(std::span<const std::int16_t> samples, int sample_rate) {
  constexpr std::uint16_t channels = 1;
  constexpr std::uint16_t bits = 16;
  const auto rate = static_cast<std::uint32_t>(sample_rate);
  const auto data_bytes = static_cast<std::uint32_t>(samples.size() * sizeof(std::int16_t));
  std::string out;
  out.reserve(44 + data_bytes);
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
  for (std::int16_t sample : samples) put_u16(out, static_cast<std::uint16_t>(sample));
  return out;
}

}  // namespace handout::speech
