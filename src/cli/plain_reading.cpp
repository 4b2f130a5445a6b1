#include "cli/plain_reading.h"

#include <cmath>
#include <fstream>
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

plain::Reading measure_reading(const model::Handout& handout) {
  const std::vector<plain::PrintedSentence> sentences = plain::printed_sentences(handout);
  const plain::SyllableTable syllables =
      plain::espeak_syllables(plain::words_to_count(sentences), handout.lang);
  return plain::measure(handout.lang, sentences, syllables);
}

HandoutReading reading_with_advice(const model::Handout& handout) {
  const std::vector<plain::PrintedSentence> sentences = plain::printed_sentences(handout);
  const plain::SyllableTable syllables =
      plain::espeak_syllables(plain::words_to_count(sentences), handout.lang);
  HandoutReading out{plain::measure(handout.lang, sentences, syllables), {}};
  const plain::PlainWords words = plain_words_for(handout, out.advice);
  for (model::Diagnostic& warning : plain::reading_advice(handout, sentences, syllables,
                                                          out.reading, words, reading_target(handout)))
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

std::optional<model::ReadingLevel> level_of_record(const nlohmann::json& record) {
  if (!record.is_object()) return std::nullopt;
  for (const auto& [key, scale] : {std::pair{"grade", model::ReadingLevel::Scale::grade},
                                   std::pair{"inflesz", model::ReadingLevel::Scale::inflesz}})
    if (const auto found = record.find(key); found != record.end() && found->is_number())
      return model::ReadingLevel{scale, found->get<double>()};
  return std::nullopt;
}

}  // namespace handout::cli
