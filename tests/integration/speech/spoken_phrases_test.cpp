// The phrase corpus (tests/data/spoken_phrases.tsv): for each printed phrase, the normaliser's
// words spoken by eSpeak NG 1.51 must contain the phonemes of each "must hear" word and none
// of each "must not hear" word (`espeak-ng -x` prints the phonemes it would speak). Stress
// and length marks are ignored: a word sounds the same stressed or not; so are the Spanish
// voice's softened consonants (d/D, b/B, g/Q, r/R) and open or closed e and o, which depend only on
// the sound before.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "reading/normaliser.h"
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

std::string voice_of(const std::string& lang) {
  return reading::language_of(lang) == reading::Language::spanish ? "es" : "en-us";
}

// eSpeak NG's phonemes without stress, length, pause and word-boundary marks.
std::string bare_phonemes(const std::string& text, const std::string& voice) {
  const test::Output out = test::run("espeak-ng -q -m -x -v " + voice + " -- " +
                                     test::quoted("<speak><s>" + text + "</s></speak>"));
  REQUIRE(out.status == 0);
  std::string bare;
  for (const char c : out.text) {
    if (std::string_view("',_:;#- \n").find(c) == std::string_view::npos) bare += c;
  }
  if (voice != "es") return bare;
  std::string plain;
  for (std::size_t i = 0; i < bare.size(); ++i) {
    const char c = bare[i];
    if (c == 'R' && i + 1 < bare.size() && (bare[i + 1] == '2' || bare[i + 1] == 'R')) ++i;
    plain += c == 'D' ? 'd' : c == 'B' ? 'b' : c == 'Q' ? 'g' : c == 'E' ? 'e' : c == 'O' ? 'o' : c;
  }
  return plain;
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
  std::map<std::string, std::string> word_phonemes;
  const auto phonemes_of_word = [&](const std::string& word, const std::string& voice) {
    const std::string key = voice + '\t' + word;
    auto it = word_phonemes.find(key);
    if (it == word_phonemes.end())
      it = word_phonemes.emplace(key, bare_phonemes(word, voice)).first;
    return it->second;
  };
  for (const Phrase& phrase : phrases) {
    CAPTURE(phrase.line);
    CAPTURE(phrase.text);
    const std::string spoken = reading::normalise(phrase.text, reading::dialect_of(phrase.lang));
    CAPTURE(spoken);
    const std::string voice = voice_of(phrase.lang);
    const std::string heard = bare_phonemes(escaped(spoken), voice);
    CAPTURE(heard);
    for (const std::string& word : phrase.hear) {
      CAPTURE(word);
      CHECK(heard.find(phonemes_of_word(word, voice)) != std::string::npos);
    }
    for (const std::string& word : phrase.not_hear) {
      CAPTURE(word);
      CHECK(heard.find(phonemes_of_word(word, voice)) == std::string::npos);
    }
  }
}

TEST_CASE("handout say prints the spoken words and with --phonemes eSpeak NG's phonemes") {
  const std::string binary = test::quoted(HANDOUT_BINARY);
  test::Output out = test::run(binary + " say 'Take 1/2 tablet 3x/day'");
  CHECK(out.status == 0);
  CHECK(out.text == "Take half a tablet 3 times a day\n");
  out = test::run(binary + " say --lang es 'Tome ½ tableta c/8 h'");
  CHECK(out.text == "Tome media tableta cada 8 horas\n");
  out = test::run(binary + " say --phonemes 'INR > 3.0'");
  REQUIRE(out.status == 0);
  const std::size_t newline = out.text.find('\n');
  CHECK(out.text.substr(0, newline) == "INR greater than 3.0");
  CHECK(out.text.find("gr'eIt", newline) != std::string::npos);
}
