#include "recognition.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "language_model.h"
#include "sample_audio.h"
#include "tools.h"

namespace handout::test {

LanguageModel language_model_of(const std::string& ssml, const std::string& name) {
  LanguageModel model{scratch_dir() / (name + ".arpa"), scratch_dir() / (name + ".dict")};
  // The script's sentences but those that spell an address ("example dot org slash …"): their
  // short words ("dot", "org", "slash") the recognizer would hear in every unclear syllable of
  // the clips the tests judge, and the closing now names the handout's page.
  std::vector<std::vector<std::string>> sentences = spoken_sentences(ssml);
  std::erase_if(sentences, [](const std::vector<std::string>& words) {
    return std::ranges::count(words, "dot") + std::ranges::count(words, "slash") > 0;
  });
  write_language_model(sentences, acoustic_model / "cmudict-en-us.dict", model.arpa, model.dict);
  return model;
}

std::string transcribe(const std::filesystem::path& wav, const LanguageModel& model) {
  const Output out = run("pocketsphinx_continuous -logfn /dev/null -hmm " +
                         quoted(acoustic_model / "en-us") + " -lm " + quoted(model.arpa) +
                         " -dict " + quoted(model.dict) + " -infile " + quoted(wav));
  if (out.status != 0) throw std::runtime_error("pocketsphinx failed on " + wav.string());
  return ' ' + std::regex_replace(out.text, std::regex("\\s+"), " ") + ' ';
}

std::filesystem::path at_16_khz(const std::filesystem::path& audio, const std::string& name) {
  const std::filesystem::path wav = scratch_dir() / (name + "-16k.wav");
  // Without the tags: pocketsphinx takes a WAV's header to be 44 bytes and would hear the rest
  // of a longer one (a LIST chunk of tags) as samples.
  if (run("ffmpeg -v error -y -i " + quoted(audio) + " -map_metadata -1 -fflags +bitexact" +
          recognizer_input() + quoted(wav))
          .status != 0)
    throw std::runtime_error("ffmpeg cannot decode " + audio.string());
  return wav;
}

std::filesystem::path sentence_clip(const Sample& sample, const std::string& sentence,
                                    bool reversed, const std::string& filters) {
  const auto time = std::ranges::find(sample.audio.sentences, sentence, &speech::SentenceTime::id);
  if (time == sample.audio.sentences.end())
    throw std::runtime_error("the recording has no sentence " + sentence);
  const std::filesystem::path wav =
      scratch_dir() / (sample.handout.id + "-clip-" + sentence + (reversed ? "-reversed" : "") +
                       std::to_string(std::hash<std::string>{}(filters)) + ".wav");
  if (run("ffmpeg -v error -y -ss " + std::to_string(time->begin_seconds) + " -to " +
          std::to_string(time->end_seconds) + " -i " + quoted(sample.mp3) +
          " -map_metadata -1 -fflags +bitexact" +
          recognizer_input((reversed ? ",areverse" : "") + filters) + quoted(wav))
          .status != 0)
    throw std::runtime_error("ffmpeg cannot cut " + sentence + " out of " + sample.mp3.string());
  return wav;
}

std::vector<std::string> words_of(const std::string& text) {
  std::istringstream in(text);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

std::size_t common_subsequence(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
  std::vector<std::size_t> previous(b.size() + 1), row(b.size() + 1);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      row[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : std::max(previous[j], row[j - 1]);
    }
    std::swap(previous, row);
  }
  return previous[b.size()];
}

double word_score(const std::string& transcript, const std::string& ssml) {
  std::vector<std::string> script;
  for (const std::vector<std::string>& sentence : spoken_sentences(ssml))
    script.insert(script.end(), sentence.begin(), sentence.end());
  if (script.empty()) return 0;
  return 100.0 * static_cast<double>(common_subsequence(words_of(transcript), script)) /
         static_cast<double>(script.size());
}

}  // namespace handout::test
