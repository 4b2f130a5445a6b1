#pragma once
// A RIFF/WAVE file of mono 16-bit PCM. Pure.
#include <cstdint>
#include <span>
#include <string>

namespace handout::speech {

std::string encode_wav(std::span<const std::int16_t> samples, int sample_rate);

}  // namespace handout::speech
