#pragma once
// MP3 through LAME: mono, constant bit rate, with the LAME/Xing info frame at the start so
// that players show the true duration and can skip the encoder's delay and padding.
#include <cstdint>
#include <span>
#include <string>

namespace handout::speech {

// Clear speech at 22.05 kHz mono. Not lower than 56: LAME 3.100 silently leaves out the info
// frame when a constant-bit-rate frame cannot hold it (48 kbps frames at 22.05 kHz are 156
// bytes, the info frame needs 169).
inline constexpr int mp3_bitrate_kbps = 64;

// The MP3 frames (no tags) of mono 16-bit samples. Throws SpeechError.
std::string encode_mp3(std::span<const std::int16_t> samples, int sample_rate);

}  // namespace handout::speech
