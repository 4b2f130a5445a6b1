#pragma once
// A small bigram language model (ARPA format) and pronunciation dictionary for pocketsphinx,
// built from a handout's own spoken text, so that the recognizer listens for the handout's
// words and nothing else.
#include <filesystem>
#include <string>
#include <vector>

namespace handout::test {

// ffmpeg's options that give pocketsphinx its input: 16 kHz mono, 3 dB quieter than the
// recordings. pocketsphinx's live cepstral-mean normalisation starts from an estimate for
// quieter audio (the samples were about -20.5 LUFS before they were levelled to -17.5) and a
// short clip ends before it adapts: the levelled clips were misheard (u4-s1 of the exercise
// sampler, "you are to see", is "we are duty" 3 or 6 dB down, as before the levelling).
// `filters` follow in the same chain (",areverse").
inline std::string recognizer_input(const std::string& filters = "") {
  return " -af volume=-3dB" + filters + " -ar 16000 -ac 1 ";
}

// The sentences of an SSML script as lower-case words; single digits become words ("2" ->
// "two"), longer numbers are left out.
std::vector<std::vector<std::string>> spoken_sentences(const std::string& ssml);

// Writes `arpa` and `dict` for the words of `sentences` that the CMU dictionary knows.
void write_language_model(const std::vector<std::vector<std::string>>& sentences,
                          const std::filesystem::path& cmu_dictionary,
                          const std::filesystem::path& arpa, const std::filesystem::path& dict);

}  // namespace handout::test
