// The phrase corpus (tests/data/spoken_phrases.tsv): for each printed phrase, the normaliser's
// words spoken by eSpeak NG 1.51 must contain the phonemes of each "must hear" word and none
// of each "must not hear" word (`espeak-ng -x` prints the phonemes it would speak). Stress
// and length marks are ignored: a word sounds the same stressed or not; so are the Spanish
// voice's softened consonants (d/D, b/B, g/Q, r/R) and open or closed e and o, which depend only on
// the sound before.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "model/language_tag.h"
#include "reading/normaliser.h"
#include "reading/voice_choice.h"
#include "sample_handout.h"
#include "speech/voices.h"
#include "tools.h"

using namespace handout;

namespace {

struct Phrase {
  std::string lang;
  std::string text;
  std::vector<std::string> hear;
  std::vector<std::string> not_hear;
  int line = 0;
};

std::vector<std::string> split(const std::string& text, const std::string& separator) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    if (end > start) out.push_back(text.substr(start, end - start));
    start = end + separator.size();
  }
  return out;
}

std::vector<Phrase> corpus() {
  std::ifstream in(std::string(HANDOUT_SOURCE_DIR) + "/tests/data/spoken_phrases.tsv");
  std::vector<Phrase> phrases;
  std::string row;
  for (int line = 1; std::getline(in, row); ++line) {
    if (row.empty() || row[0] == '#') continue;
    std::vector<std::string> columns;
    std::stringstream cells(row);
    for (std::string cell; std::getline(cells, cell, '\t');) columns.push_back(cell);
    columns.resize(4);
    phrases.push_back(
        {columns[0], columns[1], split(columns[2], " | "), split(columns[3], " | "), line});
  }
  return phrases;
}

// The voice a build speaks a handout in `lang` with (no clinic): "es-419" for es-US.
std::string voice_of(const std::string& lang) {
  return reading::voice_language(lang, {}, speech::voice_main_languages());
}

// eSpeak NG's phonemes without stress, length, pause and word-boundary marks.
std::string bare(const std::string& phonemes, const std::string& voice) {
  std::string bare;
  for (const char c : phonemes) {
    if (std::string_view("',_:;#- \n").find(c) == std::string_view::npos) bare += c;
  }
  if (!voice.starts_with("es")) return bare;
  std::string plain;
  for (std::size_t i = 0; i < bare.size(); ++i) {
    const char c = bare[i];
    if (c == 'R' && i + 1 < bare.size() && (bare[i + 1] == '2' || bare[i + 1] == 'R')) ++i;
    plain += c == 'D' ? 'd' : c == 'B' ? 'b' : c == 'Q' ? 'g' : c == 'E' ? 'e' : c == 'O' ? 'o' : c;
  }
  return plain;
}

// The bare phonemes of each text (SSML content, escaped), from one espeak-ng for them all:
// starting the program and its voice costs far more than speaking a phrase. Each text is a
// sentence of its own between sentences of a marker word, and `-x` prints each sentence's
// clauses on lines of their own, so the marker's line separates the texts' phonemes.
std::vector<std::string> bare_phonemes(const std::vector<std::string>& texts,
                                       const std::string& voice) {
  const std::string marker = "<s>zzz</s>";
  std::string ssml = "<speak>" + marker;
  for (const std::string& text : texts) ssml += "<s>" + text + "</s>" + marker;
  ssml += "</speak>";
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("handout-phrases-" + std::to_string(getpid()));
  std::ofstream(file, std::ios::binary) << ssml;
  const test::Output out =
      test::run("espeak-ng -q -m -x -v " + voice + " -f " + test::quoted(file));
  std::filesystem::remove(file);
  REQUIRE(out.status == 0);
  std::vector<std::string> lines;
  std::stringstream in(out.text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  REQUIRE_FALSE(lines.empty());
  const std::string marker_line = lines.front();  // the marker's phonemes
  std::vector<std::string> out_texts;
  std::string current;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (lines[i] != marker_line) {
      current += lines[i] + '\n';
      continue;
    }
    out_texts.push_back(bare(current, voice));
    current.clear();
  }
  REQUIRE(out_texts.size() == texts.size());
  return out_texts;
}

std::string escaped(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else
      out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("the phrase corpus is read the way a clinician would say it") {
  const std::vector<Phrase> phrases = corpus();
  REQUIRE(phrases.size() >= 400);
  // What each phrase's words sound like, and each word it must or must not contain, per voice.
  std::map<std::string, std::vector<std::string>> texts;  // voice: SSML texts
  std::vector<std::string> spoken;
  for (const Phrase& phrase : phrases) {
    // With the clinical lexicon the tool ships for the language, as a build reads it.
    const std::string language = model::LanguageTag{phrase.lang, {}}.primary();
    spoken.push_back(reading::normalise(phrase.text, reading::dialect_of(phrase.lang), nullptr,
                                        &testing::shipped_clinical_lexicon(language)));
    std::vector<std::string>& mine = texts[voice_of(phrase.lang)];
    mine.push_back(escaped(spoken.back()));
    for (const std::string& word : phrase.hear) mine.push_back(word);
    for (const std::string& word : phrase.not_hear) mine.push_back(word);
  }
  std::map<std::string, std::map<std::string, std::string>> heard_as;  // voice: text: phonemes
  for (const auto& [voice, list] : texts) {
    const std::vector<std::string> phonemes = bare_phonemes(list, voice);
    for (std::size_t i = 0; i < list.size(); ++i) heard_as[voice][list[i]] = phonemes[i];
  }
  for (std::size_t p = 0; p < phrases.size(); ++p) {
    const Phrase& phrase = phrases[p];
    CAPTURE(phrase.line);
    CAPTURE(phrase.text);
    CAPTURE(spoken[p]);
    const std::map<std::string, std::string>& voice = heard_as[voice_of(phrase.lang)];
    const std::string heard = voice.at(escaped(spoken[p]));
    CAPTURE(heard);
    for (const std::string& word : phrase.hear) {
      CAPTURE(word);
      CHECK(heard.find(voice.at(word)) != std::string::npos);
    }
    for (const std::string& word : phrase.not_hear) {
      CAPTURE(word);
      CHECK(heard.find(voice.at(word)) == std::string::npos);
    }
  }
}

TEST_CASE("handout say prints the spoken words and with --phonemes eSpeak NG's phonemes") {
  const std::string binary = test::quoted(HANDOUT_BINARY);
  test::Output out = test::run(binary + " say 'Take 1/2 tablet 3x/day'");
  CHECK(out.status == 0);
  // As a build says it in a paragraph: a sentence, with its full stop.
  CHECK(out.text == "Take half a tablet 3 times a day.\n");
  out = test::run(binary + " say --lang es 'Tome ½ tableta c/8 h'");
  CHECK(out.text == "Tome media tableta cada 8 horas.\n");
  out = test::run(binary + " say --phonemes 'INR > 3.0'");
  REQUIRE(out.status == 0);
  const std::size_t newline = out.text.find('\n');
  CHECK(out.text.substr(0, newline) == "INR greater than 3.0.");
  CHECK(out.text.find("gr'eIt", newline) != std::string::npos);
}
