#include "plain/measure.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <set>

#include "lang/language.h"

namespace handout::plain {

namespace {

// One decimal, as the figures are shown and recorded: "7.4".
std::string one_decimal(double value) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.1f", std::round(value * 10) / 10);
  return text.data();
}

std::string grade_text(double grade) {
  const double whole = std::round(grade);
  return std::abs(grade - whole) < 1e-9 ? std::to_string(static_cast<long>(whole))
                                        : one_decimal(grade);
}

// "1 sentence", "12 words".
std::string counted(std::size_t n, const std::string& what) {
  return std::to_string(n) + ' ' + what + (n == 1 ? "" : "s");
}

Counts counts_of(std::span<const PrintedSentence> sentences, const SyllableTable& syllables) {
  Counts out;
  for (const PrintedSentence& sentence : sentences) {
    ++out.sentences;
    for (const Word& word : sentence.words) {
      const std::size_t n = syllables_of(word, syllables);
      ++out.words;
      out.syllables += n;
      if (n >= hard_word_syllables) ++out.polysyllables;
    }
  }
  return out;
}

std::string target_text(bool spanish, const model::PlainLanguageTarget& target) {
  return spanish ? "target " + model::inflesz_name(target.inflesz) + " or easier"
                 : "target " + grade_text(target.grade) + " or lower";
}

model::Diagnostic located_warning(const model::Handout& handout, model::Location at,
                                  std::string message) {
  return {handout.file, at, std::move(message), model::Severity::warning};
}

std::string level_warning(const Reading& reading, const model::PlainLanguageTarget& target) {
  if (reading.level.scale == model::ReadingLevel::Scale::inflesz)
    return "INFLESZ " + level_text(reading.level) + " is harder than the clinic's target (" +
           model::inflesz_name(target.inflesz) +
           "); shorten the long sentences and use shorter words (see below)";
  return "reading grade " + level_text(reading.level) + " is above the clinic's target (grade " +
         grade_text(target.grade) +
         "); shorten the long sentences and use shorter words (see below)";
}

}  // namespace

std::vector<std::string> words_to_count(std::span<const PrintedSentence> sentences) {
  std::vector<std::string> out;
  std::set<std::string, std::less<>> seen;
  for (const PrintedSentence& sentence : sentences)
    for (const Word& word : sentence.words)
      if (seen.insert(word.text).second) out.push_back(word.text);
  return out;
}

std::size_t syllables_of(const Word& word, const SyllableTable& syllables) {
  const auto found = syllables.find(word.text);
  return found == syllables.end() ? 1 : std::max<std::size_t>(1, found->second);
}

Reading measure(const model::LanguageTag& lang, std::span<const PrintedSentence> sentences,
                const SyllableTable& syllables) {
  Reading out;
  out.counts = counts_of(sentences, syllables);
  if (lang::language_of(lang) == lang::Language::spanish) {
    out.fernandez_huerta = fernandez_huerta(out.counts);
    out.szigriszt = szigriszt(out.counts);
    out.level = {model::ReadingLevel::Scale::inflesz, std::round(out.szigriszt * 10) / 10};
  } else {
    out.flesch_kincaid = flesch_kincaid_grade(out.counts);
    out.smog = smog_grade(out.counts);
    out.level = {model::ReadingLevel::Scale::grade,
                 std::round(std::max(out.flesch_kincaid, out.smog) * 10) / 10};
  }
  return out;
}

bool above_target(const model::ReadingLevel& level, const model::PlainLanguageTarget& target) {
  if (level.scale == model::ReadingLevel::Scale::inflesz)
    return model::inflesz_band(level.value) < target.inflesz;
  return level.value > target.grade;
}

std::string level_text(const model::ReadingLevel& level) {
  if (level.scale == model::ReadingLevel::Scale::inflesz)
    return one_decimal(level.value) + " (" + model::inflesz_name(model::inflesz_band(level.value)) +
           ")";
  return one_decimal(level.value);
}

std::string describe(const Reading& reading, const model::PlainLanguageTarget& target) {
  const bool spanish = reading.level.scale == model::ReadingLevel::Scale::inflesz;
  const std::string counts =
      counted(reading.counts.sentences, "sentence") + ", " + counted(reading.counts.words, "word");
  if (spanish)
    return "INFLESZ " + level_text(reading.level) + " (Fernández-Huerta " +
           one_decimal(reading.fernandez_huerta) + "; " + counts + "; " +
           target_text(true, target) + ")";
  return "reading grade " + level_text(reading.level) + " (Flesch-Kincaid " +
         one_decimal(reading.flesch_kincaid) + ", SMOG " + one_decimal(reading.smog) + "; " +
         counts + "; " + target_text(false, target) + ")";
}

model::Diagnostics reading_advice(const model::Handout& handout,
                                  std::span<const PrintedSentence> sentences,
                                  const SyllableTable& syllables, const Reading& reading,
                                  const PlainWords& plain_words,
                                  const model::PlainLanguageTarget& target) {
  model::Diagnostics out;
  if (reading.counts.words > 0 && above_target(reading.level, target))
    out.push_back(located_warning(handout, handout.at, level_warning(reading, target)));
  for (const PrintedSentence& sentence : sentences) {
    if (sentence.words.size() > long_sentence_words)
      out.push_back(located_warning(handout, sentence.at,
                                    "a sentence of " + std::to_string(sentence.words.size()) +
                                        " words; split it into sentences of " +
                                        std::to_string(long_sentence_words) + " words or fewer"));
    for (const Word& word : sentence.words) {
      const std::size_t n = syllables_of(word, syllables);
      if (n < hard_word_syllables) continue;
      if (const std::string* use = plain_words.instead_of(word.text))
        out.push_back(located_warning(handout, word.at,
                                      "\"" + word.text + "\" (" + std::to_string(n) +
                                          " syllables) has plainer words: \"" + *use + "\""));
    }
  }
  return out;
}

}  // namespace handout::plain
