#pragma once
// A small bigram language model (ARPA format) and pronunciation dictionary for pocketsphinx,
// built from a handout's own spoken text, so that the recognizer listens for the handout's
// words and nothing else.
#include <filesystem>
#include <string>
#include <vector>

namespace handout::test {

// The sentences of an SSML script as lower-case words; single digits become words ("2" ->
// "two"), longer numbers are left out.
std::vector<std::vector<std::string>> spoken_sentences(const std::string& ssml);

// Writes `arpa` and `dict` for the words of `sentences` that the CMU dictionary knows.
void write_language_model(const std::vector<std::vector<std::string>>& sentences,
                          const std::filesystem::path& cmu_dictionary,
                          const std::filesystem::path& arpa, const std::filesystem::path& dict);

}  // namespace handout::test
