// The recording of tests/data/table-content's table sampler (issue 25), read back: its
// sentence times (what the web page's, the EPUB's and the DAISY book's read-along use) list
// every sentence of its tables and checklist in reading order, each row one clip of its own
// holding speech; the SSML file says them; ffprobe finds the MP3 as long as the last clip's
// end; and pocketsphinx hears a row's words, column names and values, in the row's clip.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "lang/sentences.h"
#include "model/reading_order.h"
#include "recognition.h"
#include "sample_audio.h"
#include "tools.h"

using namespace handout;

namespace table_audio {

bool of_table(const model::Unit& unit) {
  return unit.block && (std::holds_alternative<model::Table>(*unit.block) ||
                        std::holds_alternative<model::Checklist>(*unit.block));
}

// Every sentence of the handout's tables and checklists as the reading order names them: a
// caption's and an item's as lang cuts their text, one for a table's introduction, each row
// and a checklist's introduction.
std::vector<std::string> table_sentences(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (!of_table(unit)) continue;
    if (unit.text) {
      for (const lang::Sentence& s : lang::split_sentences(*unit.text, handout.lang, unit.id))
        out.push_back(s.id);
    } else {
      out.push_back(model::sentence_id(unit.id, 1));
    }
  }
  return out;
}

std::vector<std::string> row_sentences(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Unit& unit : model::reading_order(handout))
    if (unit.kind == model::UnitKind::row) out.push_back(model::sentence_id(unit.id, 1));
  return out;
}

// The recording's sentence ids that are in `wanted`, in the recording's order.
std::vector<std::string> timed(const speech::Audio& audio, const std::vector<std::string>& wanted) {
  std::vector<std::string> out;
  for (const speech::SentenceTime& time : audio.sentences)
    if (std::ranges::find(wanted, time.id) != wanted.end()) out.push_back(time.id);
  return out;
}

}  // namespace table_audio

TEST_CASE("the table sampler's sentence times hold every table and checklist sentence in order") {
  const test::Sample& sample = test::rendered_table_content("table-sampler");
  const speech::Audio& audio = sample.audio;
  const std::vector<std::string> wanted = table_audio::table_sentences(sample.handout);
  // Three tables (two captioned) of 4, 3 and 2 rows, a checklist of 5: 2 + 3 + 9 + 6.
  CHECK(wanted.size() == 20);
  CHECK(table_audio::timed(audio, wanted) == wanted);
  // Each sentence once, and a row a clip of its own that lasts as long as its words.
  for (const std::string& id : wanted) {
    CAPTURE(id);
    CHECK(std::ranges::count(audio.sentences, id, &speech::SentenceTime::id) == 1);
  }
  const std::vector<std::int16_t> pcm = test::decode_with_ffmpeg(sample.mp3, 16000);
  for (const std::string& id : table_audio::row_sentences(sample.handout)) {
    CAPTURE(id);
    const auto time = std::ranges::find(audio.sentences, id, &speech::SentenceTime::id);
    REQUIRE(time != audio.sentences.end());
    CHECK(time->end_seconds - time->begin_seconds > 1.5);
    CHECK(test::rms(pcm, static_cast<std::size_t>(time->begin_seconds * 16000),
                    static_cast<std::size_t>(time->end_seconds * 16000)) > 0.02);
  }
  // ffprobe's duration of the MP3 covers the last sentence.
  const test::Output probe =
      test::run("ffprobe -v error -show_format -of json " + test::quoted(sample.mp3));
  REQUIRE(probe.status == 0);
  const double duration =
      std::stod(nlohmann::json::parse(probe.text)["format"]["duration"].get<std::string>());
  CHECK(audio.sentences.back().end_seconds <= duration + 0.05);
}

TEST_CASE("the table sampler's SSML file says each row with its columns' names") {
  const test::Sample& sample = test::rendered_table_content("table-sampler");
  REQUIRE(test::run("xmllint --noout " + test::quoted(sample.ssml)).status == 0);
  const std::string& ssml = sample.audio.ssml;
  for (const char* said :
       {"A table of 4 rows: Exercise, Sets, Times, How often.",
        "Pendulum: Sets, 2; Times, 10; How often, 3 times a day.",
        "Quad sets: Sets, 2; How often, every hour you are awake.", "A checklist of 5 items.",
        "Ticked: Heel slides.", "Straight leg raise."}) {
    CAPTURE(said);
    CHECK(ssml.find(said) != std::string::npos);
  }
}

TEST_CASE("the Spanish table's rows are timed sentences of their own") {
  const test::Sample& sample = test::rendered_table_content("tabla-hielo");
  const std::vector<std::string> wanted = table_audio::table_sentences(sample.handout);
  CHECK(wanted ==
        std::vector<std::string>{"u3-s1", "u4-s1", "u5-s1", "u6-s1", "u7-s1", "u8-s1", "u9-s1"});
  CHECK(table_audio::timed(sample.audio, wanted) == wanted);
  CHECK(sample.audio.ssml.find("Marcado: Traiga su andador.") != std::string::npos);
}

TEST_CASE("pocketsphinx hears a row's names and values in the row's clip" *
          doctest::test_suite("validator")) {
  const test::Sample& sample = test::rendered_table_content("table-sampler");
  const test::LanguageModel model = test::language_model_of(sample.audio.ssml, "table-sampler");
  // Quad sets' row, whose "Times" is blank, as the language model knows it. (pocketsphinx
  // hears eSpeak NG only fairly, and rows cut short by commas worst: this row it hears best.)
  const std::vector<std::string> row =
      test::words_of("quad sets sets two how often every hour you are awake");
  const std::string said = test::transcribe(test::sentence_clip(sample, "u9-s1"), model);
  const std::string reversed = test::transcribe(test::sentence_clip(sample, "u9-s1", true), model);
  CAPTURE(said);
  CAPTURE(reversed);
  // Most of its words in order, and far fewer from the same audio reversed.
  CHECK(test::common_subsequence(test::words_of(said), row) >= row.size() * 3 / 5);
  CHECK(test::common_subsequence(test::words_of(reversed), row) < row.size() * 2 / 5);
  // The checklist's two ticked items, each in its own clip: each name heard, and "ticked" in
  // one at least (pocketsphinx hears a lone word of a synthetic voice only now and then: as
  // "two" in one clip of these).
  const std::string first = test::transcribe(test::sentence_clip(sample, "u12-s1"), model);
  const std::string second = test::transcribe(test::sentence_clip(sample, "u13-s1"), model);
  CAPTURE(first);
  CAPTURE(second);
  CHECK(first.find(" heel slides ") != std::string::npos);
  CHECK(second.find(" quad sets ") != std::string::npos);
  CHECK((first + second).find(" ticked ") != std::string::npos);
}
