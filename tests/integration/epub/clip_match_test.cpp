// Whether a clip holds its own sentence, in any language (pocketsphinx in Debian knows only
// English): each sampled sentence is said alone by the espeak-ng program with the handout's
// voice and rate, and by dynamic time warping of their cepstra the clip sounds more like it
// than like its neighbours said alone.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>

#include "built_samples.h"
#include "overlay_clips.h"
#include "sample_audio.h"
#include "sample_handout.h"
#include "speech/audio_writer.h"
#include "speech_features.h"
#include "tools.h"

namespace handout::test {

namespace {

// A part of the script as plain text: tags left out, entities read back.
std::string plain_text(const std::string& ssml_part) {
  std::string text = std::regex_replace(ssml_part, std::regex("<[^>]*>"), " ");
  for (const auto& [entity, character] : std::vector<std::pair<std::string, std::string>>{
           {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
    text = std::regex_replace(text, std::regex(entity), character);
  return text;
}

std::size_t word_count(const std::string& text) {
  static const std::regex word("[^\\s.,:;!?]+");
  return static_cast<std::size_t>(
      std::distance(std::sregex_iterator(text.begin(), text.end(), word), std::sregex_iterator()));
}

// The text said alone by the espeak-ng program, as the handout's recording says it: its
// language's voice and the default rate.
Features said_alone(const std::string& text, const model::Handout& handout,
                    const std::string& name) {
  const std::filesystem::path txt = scratch_dir() / (name + ".txt");
  const std::filesystem::path wav = scratch_dir() / (name + ".wav");
  std::ofstream(txt, std::ios::binary) << text;
  std::string voice = handout.lang.tag;
  std::ranges::transform(voice, voice.begin(), [](unsigned char c) { return std::tolower(c); });
  const int words_per_minute = speech::SpeechOptions{}.rate_wpm;
  REQUIRE(run("espeak-ng -v " + voice + " -s " + std::to_string(words_per_minute) + " -f " +
              quoted(txt) + " -w " + quoted(wav))
              .status == 0);
  int rate = 0;
  const std::vector<std::int16_t> samples = wav_samples(wav, rate);
  return speech_features(samples, rate);
}

}  // namespace

TEST_CASE("in every language a clip sounds more like its sentence said alone than its neighbours" *
          doctest::test_suite("validator")) {
  for (const std::string& id : testing::sample_ids()) {
    CAPTURE(id);
    const BuiltSample& sample = built_sample(id);
    const std::map<std::string, std::string> parts = spoken_parts(read_bytes(sample.ssml));
    const std::vector<Par> clips = pars(sample);
    constexpr int rate = 22050;  // eSpeak NG's (said alone); ffmpeg resamples the MP3 to it
    const std::vector<std::int16_t> pcm = decode_with_ffmpeg(sample.mp3, rate);
    std::map<std::size_t, Features> alone;  // by clip index
    const auto alone_of = [&](std::size_t i) -> const Features& {
      if (!alone.contains(i))
        alone[i] = said_alone(plain_text(parts.at(clips[i].id)), sample.handout,
                              "alone-" + id + "-" + clips[i].id);
      return alone[i];
    };
    // Five sentences of four words or more, spread over the handout (contact block included):
    // from every fifth of it, the first such.
    const std::size_t step = std::max<std::size_t>(1, (clips.size() - 2) / 5);
    int tried = 0;
    for (std::size_t from = 1; from + 1 < clips.size() && tried < 5; from += step) {
      std::size_t i = from;
      while (i + 1 < clips.size() && word_count(plain_text(parts.at(clips[i].id))) < 4) ++i;
      if (i + 1 >= clips.size()) break;
      ++tried;
      const auto at = [&](double s) {
        return std::min(pcm.size(), static_cast<std::size_t>(s * rate));
      };
      const Features clip = speech_features(
          std::vector<std::int16_t>(pcm.begin() + std::ptrdiff_t(at(clips[i].begin)),
                                    pcm.begin() + std::ptrdiff_t(at(clips[i].end))),
          rate);
      const double own = dtw_distance(clip, alone_of(i));
      const double before = dtw_distance(clip, alone_of(i - 1));
      const double after = dtw_distance(clip, alone_of(i + 1));
      CAPTURE(clips[i].id);
      CAPTURE(own);
      CAPTURE(before);
      CAPTURE(after);
      CHECK(own < before);
      CHECK(own < after);
      CHECK(own * 2 < std::min(before, after));  // and by far: the same voice, the same words
    }
    CHECK(tried >= 4);
  }
}

}  // namespace handout::test
