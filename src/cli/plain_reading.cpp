#include "cli/plain_reading.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

#include "cli/fonts_location.h"
#include "lang/language.h"
#include "plain/espeak_syllables.h"
#include "plain/printed_text.h"

namespace handout::cli {

namespace {

double tenths(double value) {
  return std::round(value * 10) / 10;
}

// The tool's list for the handout's language, then the clinic's words for it.
plain::PlainWords plain_words_for(const model::Handout& handout, model::Diagnostics& out) {
  plain::PlainWords words;
  const std::string language = handout.lang.primary();
  try {
    const std::filesystem::path list = locate_plain_words() / (language + ".txt");
    std::ifstream file(list);
    if (file) {
      std::ostringstream text;
      text << file.rdbuf();
      words.add_list(text.str(), list.string(), out);
    }
  } catch (const std::runtime_error& error) {
    out.push_back({handout.file, {}, error.what(), model::Severity::warning});
  }
  if (const model::Clinic* clinic = model::clinic_of(handout))
    for (const model::PlainWord& word : clinic->plain.words)
      if (lang::same_language(word.lang.empty() ? clinic->lang : word.lang, handout.lang.tag))
        words.add(word.word, word.use);
  return words;
}

}  // namespace

const model::PlainLanguageTarget& reading_target(const model::Handout& handout) {
  static const model::PlainLanguageTarget defaults;
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->plain : defaults;
}

std::vector<plain::Reading> measure_readings(std::span<const model::Handout> handouts) {
  std::vector<std::vector<plain::PrintedSentence>> sentences;
  std::map<lang::Language, std::pair<model::LanguageTag, std::vector<std::string>>> words;
  for (const model::Handout& handout : handouts) {
    sentences.push_back(plain::printed_sentences(handout));
    auto& [tag, list] =
        words.try_emplace(lang::language_of(handout.lang), handout.lang, std::vector<std::string>{})
            .first->second;
    for (std::string& word : plain::words_to_count(sentences.back()))
      list.push_back(std::move(word));
  }
  std::map<lang::Language, plain::SyllableTable> syllables;
  for (auto& [language, tagged] : words) {
    std::ranges::sort(tagged.second);
    // std::unique: clang 14 cannot take std::ranges::unique's subrange apart (libstdc++ 12).
    tagged.second.erase(std::unique(tagged.second.begin(), tagged.second.end()),
                        tagged.second.end());
    syllables[language] = plain::espeak_syllables(tagged.second, tagged.first);
  }
  std::vector<plain::Reading> out;
  for (std::size_t i = 0; i < handouts.size(); ++i)
    out.push_back(plain::measure(handouts[i].lang, sentences[i],
                                 syllables.at(lang::language_of(handouts[i].lang))));
  return out;
}

HandoutReading reading_with_advice(const model::Handout& handout) {
  const std::vector<plain::PrintedSentence> sentences = plain::printed_sentences(handout);
  const plain::SyllableTable syllables =
      plain::espeak_syllables(plain::words_to_count(sentences), handout.lang);
  HandoutReading out{plain::measure(handout.lang, sentences, syllables), {}};
  const plain::PlainWords words = plain_words_for(handout, out.advice);
  for (model::Diagnostic& warning : plain::reading_advice(
           handout, sentences, syllables, out.reading, words, reading_target(handout)))
    out.advice.push_back(std::move(warning));
  return out;
}

nlohmann::json reading_record(const plain::Reading& reading) {
  nlohmann::json out = {{"sentences", reading.counts.sentences},
                        {"words", reading.counts.words},
                        {"syllables", reading.counts.syllables}};
  if (reading.level.scale == model::ReadingLevel::Scale::inflesz) {
    out["inflesz"] = reading.level.value;
    out["band"] = model::inflesz_name(model::inflesz_band(reading.level.value));
    out["fernandez_huerta"] = tenths(reading.fernandez_huerta);
  } else {
    out["grade"] = reading.level.value;
    out["flesch_kincaid"] = tenths(reading.flesch_kincaid);
    out["smog"] = tenths(reading.smog);
  }
  return out;
}

}  // namespace handout::cli
