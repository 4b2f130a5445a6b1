#pragma once
// Transcription with pocketsphinx (Debian's pocketsphinx and pocketsphinx-en-us) against a
// language model of the handout's own words, and how much of a handout a transcript holds.
#include <filesystem>
#include <string>
#include <vector>

namespace handout::test {

inline const std::filesystem::path acoustic_model = "/usr/share/pocketsphinx/model/en-us";

// A language model and dictionary of a script's words, written to the scratch folder under
// `name`.
struct LanguageModel {
  std::filesystem::path arpa, dict;
};
LanguageModel language_model_of(const std::string& ssml, const std::string& name);

// What pocketsphinx hears in a 16 kHz mono WAV, as " word word … ".
std::string transcribe(const std::filesystem::path& wav, const LanguageModel& model);

// Converts any audio file ffmpeg reads to the 16 kHz mono WAV pocketsphinx takes.
std::filesystem::path at_16_khz(const std::filesystem::path& audio, const std::string& name);

// One sentence's clip of a sample's MP3 (sample_audio.h; its SentenceTime), as a 16 kHz mono
// WAV in the scratch folder; reversed (the same voice and spectrum, no words) for a check that
// must fail on it. Throws std::runtime_error when the recording has no such sentence.
struct Sample;
// `filters`: more of ffmpeg's audio filters after the recognizer's input level (",volume=-6dB").
std::filesystem::path sentence_clip(const Sample& sample, const std::string& sentence,
                                    bool reversed = false, const std::string& filters = "");

std::vector<std::string> words_of(const std::string& text);

// Length of the longest common subsequence of two word lists.
std::size_t common_subsequence(const std::vector<std::string>& a,
                               const std::vector<std::string>& b);

// The word score: the percentage of the script's spoken words that the transcript holds in
// order (their longest common subsequence over the script's word count).
double word_score(const std::string& transcript, const std::string& ssml);

}  // namespace handout::test
