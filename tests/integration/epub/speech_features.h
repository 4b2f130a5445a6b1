#pragma once
// Language-independent comparison of two recordings of speech: mel-frequency cepstra of each
// (computed here from the samples, 25 ms frames every 10 ms) and their distance by dynamic
// time warping, so that the same words said by the same voice are close whatever the language.
#include <cstdint>
#include <filesystem>
#include <vector>

namespace handout::test {

using Features = std::vector<std::vector<double>>;  // a vector of cepstra per frame

// 12 cepstra per frame (without c0, the loudness), each minus its mean over the speech; the
// silence before the first and after the last loud frame is left out.
Features speech_features(const std::vector<std::int16_t>& samples, int sample_rate);

// The dynamic time warping distance: the least total Euclidean distance of a path through
// both (steps of one frame in either or both), over the two lengths added.
double dtw_distance(const Features& a, const Features& b);

// The samples of a 16-bit mono PCM WAV file (as the espeak-ng program writes) and its rate.
std::vector<std::int16_t> wav_samples(const std::filesystem::path& wav, int& sample_rate);

}  // namespace handout::test
