// Our figures against independent implementations (js/reference.mjs) on the same sentences
// and words: the samples, and texts hard and plain in each language (tests/data/plain). The
// reference counts syllables its own way (the `syllable` package's rules for English,
// silabea's rules of Spanish syllabification), so this compares our syllable source, eSpeak
// NG's phonemes, and our formulas. English grades agree within 0.5; Spanish scores within
// 2.6 points, the change a difference of 0.5 Flesch-Kincaid grade in syllables per word
// (0.5 / 11.8) makes in the Flesch-Szigriszt score (× 62.3) and a little more than it makes
// in Fernández-Huerta's (× 60).
#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "lang/format.h"
#include "lang/language.h"
#include "plain/espeak_syllables.h"
#include "process.h"
#include "read_sample.h"
#include "sample_handout.h"

using namespace handout;

namespace {

const std::filesystem::path reference_source_dir = HANDOUT_SOURCE_DIR;
const std::filesystem::path script =
    reference_source_dir / "tests/integration/plain/js/reference.mjs";

// An abbreviation in capitals as the voice says it, letter by letter ("PTs": "P T").
std::string spelled(const std::string& word) {
  std::string letters;
  for (char c : word) {
    if (c < 'A' || c > 'Z') return word;  // a lower-case letter other than a plural's s
    letters += letters.empty() ? std::string(1, c) : std::string(" ") + c;
  }
  return letters;
}

// A word as the reference can count it: a number in words ("3,000": "three thousand"), an
// abbreviation letter by letter; the reference counts "TDN" as one syllable, the voice
// says three, and SMOG's rules count an abbreviation as it is read.
std::string for_reference(const plain::Word& word, const model::LanguageTag& lang) {
  if (!word.number) {
    const std::string& text = word.text;
    const bool capitals =
        text.size() >= 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= 'A' && text[1] <= 'Z';
    if (!capitals) return text;
    return spelled(text.ends_with('s') ? text.substr(0, text.size() - 1) : text);
  }
  std::string digits;
  for (char c : word.text)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.empty() || digits.size() > 15) return word.text;
  return lang::spell_out(std::stoll(digits), lang);
}

nlohmann::json reference_input(const model::Handout& handout,
                               const std::vector<plain::PrintedSentence>& sentences) {
  nlohmann::json out = {{"lang", handout.lang.primary()}, {"sentences", nlohmann::json::array()}};
  for (const plain::PrintedSentence& sentence : sentences) {
    nlohmann::json words = nlohmann::json::array();
    for (const plain::Word& word : sentence.words)
      words.push_back(for_reference(word, handout.lang));
    out["sentences"].push_back(words);
  }
  return out;
}

nlohmann::json reference_figures(const nlohmann::json& input) {
  testing::TempDir dir;
  const std::filesystem::path file = dir.path() / "input.json";
  testing::write_file(file, input.dump());
  const testing::ProcessResult result =
      testing::run_process({"node", script.string(), file.string()});
  INFO(result.err);
  REQUIRE_MESSAGE(result.exit_code == 0,
                  "the reference did not run; install its packages with scripts/install-deps.sh");
  return nlohmann::json::parse(result.out);
}

std::vector<model::Handout> texts() {
  std::vector<model::Handout> out;
  for (const std::string& id : testing::sample_ids()) out.push_back(testing::read_sample(id));
  for (const char* id : {"consent", "walking", "consentimiento", "caminar"}) {
    const testing::ReadResult read = testing::read_text(
        testing::read_all(reference_source_dir / "tests/data/plain" / (std::string(id) + ".xml")),
        id);
    REQUIRE_MESSAGE(read.handout, read.report());
    out.push_back(*read.handout);
  }
  return out;
}

std::string fixed(double value) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(2) << value;
  return text.str();
}

}  // namespace

TEST_CASE("the figures agree with independent implementations" * doctest::test_suite("validator")) {
  std::string table = "text | ours | reference\n";
  for (const model::Handout& handout : texts()) {
    CAPTURE(handout.id);
    const std::vector<plain::PrintedSentence> sentences = plain::printed_sentences(handout);
    const plain::SyllableTable syllables =
        plain::espeak_syllables(plain::words_to_count(sentences), handout.lang);
    const plain::Reading ours = plain::measure(handout.lang, sentences, syllables);
    const nlohmann::json theirs = reference_figures(reference_input(handout, sentences));
    CHECK(theirs.at("sentences") == ours.counts.sentences);
    CHECK(theirs.at("words") == ours.counts.words);
    const std::string counts = " (" + std::to_string(ours.counts.syllables) + " and " +
                               theirs.at("syllables").dump() + " syllables)";
    if (lang::language_of(handout.lang) == lang::Language::spanish) {
      const double szigriszt = theirs.at("szigriszt").get<double>();
      const double huerta = theirs.at("fernandez_huerta").get<double>();
      CHECK(std::abs(ours.szigriszt - szigriszt) <= 2.6);
      CHECK(std::abs(ours.fernandez_huerta - huerta) <= 2.6);
      table += handout.id + " | Szigriszt " + fixed(ours.szigriszt) + ", Fernández-Huerta " +
               fixed(ours.fernandez_huerta) + " | " + fixed(szigriszt) + ", " + fixed(huerta) +
               counts + "\n";
    } else {
      const double grade = theirs.at("flesch_kincaid").get<double>();
      const double smog = theirs.at("smog").get<double>();
      CHECK(std::abs(ours.flesch_kincaid - grade) <= 0.5);
      CHECK(std::abs(ours.smog - smog) <= 0.5);
      table += handout.id + " | FK " + fixed(ours.flesch_kincaid) + ", SMOG " + fixed(ours.smog) +
               " | " + fixed(grade) + ", " + fixed(smog) + counts + "\n";
    }
  }
  MESSAGE(table);
}
