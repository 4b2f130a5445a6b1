// Can a listener make out the words? pocketsphinx (Debian's pocketsphinx and
// pocketsphinx-en-us) transcribes parts of the dry-needling MP3 with a language model built
// from the handout's own script, and most key words must come back. Garbage must fail the
// same check: the same audio reversed, and the handout spoken by the wrong language's voice.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

#include "language_model.h"
#include "recognition.h"
#include "sample_audio.h"
#include "tools.h"

using namespace handout;

namespace {

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
std::filesystem::path excerpt(const speech::Audio& audio, const std::filesystem::path& mp3,
                              const std::string& name, const std::vector<Part>& wanted) {
  std::string parts;
  for (const auto& [id, longest] : wanted) {
    const speech::Chapter& c = chapter(audio, id);
    const std::filesystem::path part = test::scratch_dir() / (name + '-' + id + ".wav");
    REQUIRE(test::run("ffmpeg -v error -y -ss " + std::to_string(c.start_seconds) + " -to " +
                      std::to_string(std::min(c.end_seconds, c.start_seconds + longest)) + " -i " +
                      test::quoted(mp3) + " -map_metadata -1 -fflags +bitexact" +
                      test::recognizer_input() + test::quoted(part))
                .status == 0);
    parts += test::quoted(part) + ' ';
  }
  const std::filesystem::path all = test::scratch_dir() / (name + ".wav");
  REQUIRE(test::run("sox " + parts + test::quoted(all)).status == 0);
  return all;
}

// Whether some stretch of the transcript holds at least 8 of the phone number's 10 digits
// in order: one misheard digit of a slowly read number is forgiven, a scattered "two" or
// "zero" in running text is not enough.
bool heard_phone_number(const std::string& transcript) {
  const std::vector<std::string> digits = test::words_of(phone_digits);
  const std::vector<std::string> heard = test::words_of(transcript);
  const std::size_t window = digits.size() + 4;
  for (std::size_t at = 0; at + digits.size() <= heard.size(); ++at) {
    const auto end =
        heard.begin() + static_cast<std::ptrdiff_t>(std::min(heard.size(), at + window));
    const std::vector<std::string> stretch(heard.begin() + static_cast<std::ptrdiff_t>(at), end);
    if (test::common_subsequence(stretch, digits) >= 8) return true;
  }
  return false;
}

// How many of the key words, and the phone number, the transcript contains.
std::size_t recognised(const std::string& transcript) {
  std::size_t found = heard_phone_number(transcript) ? 1 : 0;
  for (const std::string& word : key_words) {
    found += transcript.find(' ' + word + ' ') != std::string::npos;
  }
  return found;
}

const std::vector<Part> parts{
    {"conditions", 60}, {"what-to-expect", 60}, {"aftercare", 60}, {"contact", 25}};

}  // namespace

TEST_CASE("pocketsphinx understands the key words and fails on garbage audio" *
          doctest::test_suite("validator")) {
  const test::Sample& sample = test::rendered_sample("dry-needling");
  const test::LanguageModel lm = test::language_model_of(sample.audio.ssml, "handout");
  const std::filesystem::path wav = excerpt(sample.audio, sample.mp3, "excerpt", parts);
  const std::size_t needed = (key_words.size() + 1) * 4 / 5 + 1;  // most: over 80 %

  const std::string heard = test::transcribe(wav, lm);
  CAPTURE(heard);
  MESSAGE("key items heard: " << recognised(heard) << " of " << key_words.size() + 1);
  CHECK(recognised(heard) >= needed);

  // Garbage must fail the same check: the same audio reversed (same voice, loudness and
  // spectrum, no words), and the English handout spoken by the Spanish voice.
  const std::filesystem::path reversed = test::scratch_dir() / "reversed.wav";
  REQUIRE(
      test::run("sox " + test::quoted(wav) + ' ' + test::quoted(reversed) + " reverse").status ==
      0);
  const std::string backwards = test::transcribe(reversed, lm);
  CAPTURE(backwards);
  CHECK(recognised(backwards) < needed);

  model::Handout mislabelled = sample.handout;
  mislabelled.lang.tag = "es";
  const speech::Audio wrong = speech::render_audio(mislabelled, sample.lexicon, {});
  const std::filesystem::path mp3 = test::scratch_dir() / "wrong-voice.mp3";
  std::ofstream(mp3, std::ios::binary) << wrong.mp3;
  const std::string spanish_voice = test::transcribe(excerpt(wrong, mp3, "wrong-voice", parts), lm);
  CAPTURE(spanish_voice);
  CHECK(recognised(spanish_voice) < needed);
}
