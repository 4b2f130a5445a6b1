// The recording of tests/data/exercise-content's exercise sampler, read back with independent
// tools: eyeD3 lists a chapter per exercise, the SSML file says each picture's description,
// each dose and each note's label, and a link's words but never its address, and pocketsphinx
// hears the dose sentence and the emergency label in their own sentence clips.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "recognition.h"
#include "sample_audio.h"
#include "tools.h"

using namespace handout;

namespace exercise_audio {

// eyeD3's chapters, as "<start ms> <end ms> <title>" in the order of the table of contents.
std::vector<std::string> chapter_titles(const std::filesystem::path& mp3) {
  const test::Output out = test::run("/usr/bin/python3 " HANDOUT_SOURCE_DIR
                                     "/tests/integration/speech/read_id3_toc.py " +
                                     test::quoted(mp3));
  REQUIRE(out.status == 0);
  std::vector<std::string> titles;
  std::istringstream lines(out.text);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("CHAP ")) continue;
    std::istringstream fields(line);
    std::string kind, element, start, end, title;
    fields >> kind >> element >> start >> end;
    std::getline(fields >> std::ws, title);
    titles.push_back(title);
  }
  return titles;
}

std::string file_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

const speech::SentenceTime& clip(const speech::Audio& audio, const std::string& id) {
  const auto found = std::ranges::find(audio.sentences, id, &speech::SentenceTime::id);
  REQUIRE(found != audio.sentences.end());
  return *found;
}

std::string heard(const test::Sample& sample, const std::string& sentence, bool reversed = false,
                  const std::string& filters = "") {
  return test::transcribe(test::sentence_clip(sample, sentence, reversed, filters),
                          test::language_model_of(sample.audio.ssml, "exercise-sampler"));
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace exercise_audio

TEST_CASE("each exercise of the sampler is a chapter eyeD3 reads back") {
  const test::Sample& sample = test::rendered_exercise_sampler();
  CHECK(exercise_audio::chapter_titles(sample.mp3) ==
        std::vector<std::string>{"Shoulder and hip exercises", "Your program", "Pendulum", "Bridge",
                                 "Heel slide", "How to reach us"});
  // Each exercise's chapter holds its dose: Pendulum's u14, Bridge's u18, Heel slide's u22.
  const std::vector<std::pair<std::string, std::string>> doses{
      {"pendulum", "u14-s1"}, {"bridge", "u18-s1"}, {"heel-slide", "u22-s1"}};
  for (const auto& [exercise, dose] : doses) {
    const auto& exercise_shown = exercise;  // clang 14 cannot capture a binding
    CAPTURE(exercise_shown);
    const auto chapter = std::ranges::find(sample.audio.chapters, exercise, &speech::Chapter::id);
    REQUIRE(chapter != sample.audio.chapters.end());
    const speech::SentenceTime& said = exercise_audio::clip(sample.audio, dose);
    CHECK(said.begin_seconds >= chapter->start_seconds);
    CHECK(said.end_seconds <= chapter->end_seconds + 0.001);
  }
}

TEST_CASE("the sampler's SSML file says pictures doses labels and link words but no address") {
  const test::Sample& sample = test::rendered_exercise_sampler();
  const std::string ssml = exercise_audio::file_text(sample.ssml);
  REQUIRE(ssml == sample.audio.ssml);
  using exercise_audio::has;
  CHECK(has(ssml, "Picture: A person bends forward at the hips"));
  CHECK(has(ssml, "Picture: Lying on the back, knees bent, the hips lifted off the floor."));
  CHECK(has(ssml, "Let the arm swing like a pendulum."));
  CHECK(has(ssml, "Do 2 sets of 10, holding each for 5 seconds, 3 times a day, on each side."));
  CHECK(has(ssml, "Do 3 sets of 8 to 12, resting 30 seconds between sets, 5 times a week."));
  CHECK(has(ssml, "Do it once, left side only."));
  for (const char* label : {"/><emphasis>Emergency.</emphasis></s>", "/>Tip.</s>",
                            "/><emphasis>Warning.</emphasis></s>", "/>Important.</s>"}) {
    CAPTURE(label);
    CHECK(has(ssml, label));
  }
  CHECK(has(ssml, "Watch the pendulum video before you start"));
  CHECK_FALSE(has(ssml, "videos"));
  CHECK(has(ssml, "www dot example dot org slash exercises"));
}

TEST_CASE("pocketsphinx hears the dose sentence and the emergency label in their clips" *
          doctest::test_suite("validator")) {
  const test::Sample& sample = test::rendered_exercise_sampler();
  // The dose as the language model knows it: numbers above 9 are not in it.
  const std::vector<std::string> dose =
      test::words_of("do two sets of holding each for five seconds three times a day on each side");
  const std::string said = exercise_audio::heard(sample, "u14-s1");
  const std::string reversed = exercise_audio::heard(sample, "u14-s1", true);
  CAPTURE(said);
  CAPTURE(reversed);
  // Most of its words in order (pocketsphinx hears eSpeak NG only fairly), and far fewer from
  // the same audio reversed.
  CHECK(test::common_subsequence(test::words_of(said), dose) >= dose.size() * 3 / 5);
  CHECK(test::common_subsequence(test::words_of(reversed), dose) < dose.size() * 2 / 5);
  // The one-word label: pocketsphinx's live cepstral mean, estimated for quieter audio, has no
  // time to adapt in it, so it is heard at the recognizer's level or 6 dB under; never reversed.
  bool label = false;
  for (const std::string level : {"", ",volume=-6dB"}) {
    label = label || exercise_audio::has(exercise_audio::heard(sample, "u4-s1", false, level),
                                         " emergency ");
    CHECK_FALSE(
        exercise_audio::has(exercise_audio::heard(sample, "u4-s1", true, level), " emergency "));
  }
  CHECK(label);
}
