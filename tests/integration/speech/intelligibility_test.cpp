// Can a listener make out the words? pocketsphinx (Debian's pocketsphinx and
// pocketsphinx-en-us) transcribes parts of the dry-needling MP3 with a language model built
// from the handout's own script, and most key words must come back. The same audio reversed
// has the same voice, loudness and spectrum but no words: it must fail the same check.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "language_model.h"
#include "sample_audio.h"
#include "tools.h"

using namespace handout;

namespace {

const std::filesystem::path acoustic_model = "/usr/share/pocketsphinx/model/en-us";

// What must be recognised: the condition list's heading, the aftercare advice and the
// clinic's phone number, digit by digit.
const std::vector<std::string> key_words{"conditions", "heat", "cold", "stretching", "exercises"};
const std::string phone_digits = "two zero seven five five five zero one zero zero";

const speech::Chapter& chapter(const speech::Audio& audio, const std::string& id) {
  const auto found = std::ranges::find(audio.chapters, id, &speech::Chapter::id);
  REQUIRE(found != audio.chapters.end());
  return *found;
}

struct Part {
  std::string chapter;
  double longest_seconds;  // keeps the test quick
};

// The chapters' audio, from the MP3 as a patient gets it, at pocketsphinx's 16 kHz.
std::filesystem::path excerpt(const test::Sample& sample, const std::vector<Part>& wanted) {
  std::string parts;
  for (const auto& [id, longest] : wanted) {
    const speech::Chapter& c = chapter(sample.audio, id);
    const std::filesystem::path part = test::scratch_dir() / ("part-" + id + ".wav");
    REQUIRE(test::run("ffmpeg -v error -y -ss " + std::to_string(c.start_seconds) + " -to " +
                      std::to_string(std::min(c.end_seconds, c.start_seconds + longest)) + " -i " +
                      test::quoted(sample.mp3) + " -ar 16000 -ac 1 " + test::quoted(part))
                .status == 0);
    parts += test::quoted(part) + ' ';
  }
  const std::filesystem::path all = test::scratch_dir() / "excerpt.wav";
  REQUIRE(test::run("sox " + parts + test::quoted(all)).status == 0);
  return all;
}

std::string transcribe(const std::filesystem::path& wav, const std::filesystem::path& lm,
                       const std::filesystem::path& dict) {
  const test::Output out =
      test::run("pocketsphinx_continuous -logfn /dev/null -hmm " +
                test::quoted(acoustic_model / "en-us") + " -lm " + test::quoted(lm) + " -dict " +
                test::quoted(dict) + " -infile " + test::quoted(wav));
  REQUIRE(out.status == 0);
  return ' ' + std::regex_replace(out.text, std::regex("\\s+"), " ") + ' ';
}

// How many of the key words, and the phone number as a whole, the transcript contains.
std::size_t recognised(const std::string& transcript) {
  std::size_t found = transcript.find(' ' + phone_digits + ' ') != std::string::npos ? 1 : 0;
  for (const std::string& word : key_words)
    found += transcript.find(' ' + word + ' ') != std::string::npos;
  return found;
}

}  // namespace

TEST_CASE("pocketsphinx understands the key words and fails on reversed audio") {
  const test::Sample& sample = test::rendered_sample("dry-needling");
  const std::filesystem::path lm = test::scratch_dir() / "handout.arpa";
  const std::filesystem::path dict = test::scratch_dir() / "handout.dict";
  test::write_language_model(test::spoken_sentences(sample.audio.ssml),
                             acoustic_model / "cmudict-en-us.dict", lm, dict);
  const std::filesystem::path wav = excerpt(
      sample, {{"conditions", 60}, {"what-to-expect", 60}, {"aftercare", 60}, {"contact", 25}});
  const std::size_t needed = (key_words.size() + 1) * 4 / 5 + 1;  // most: over 80 %

  const std::string heard = transcribe(wav, lm, dict);
  CAPTURE(heard);
  CHECK(recognised(heard) >= needed);

  const std::filesystem::path reversed = test::scratch_dir() / "reversed.wav";
  REQUIRE(
      test::run("sox " + test::quoted(wav) + ' ' + test::quoted(reversed) + " reverse").status ==
      0);
  const std::string garbage = transcribe(reversed, lm, dict);
  CAPTURE(garbage);
  CHECK(recognised(garbage) < needed);
}
