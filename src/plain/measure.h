#pragma once
// One handout's reading level from its printed sentences and their words' syllables, and
// what to simplify. Pure: the syllables come in as a table (plain/espeak_syllables.h makes it
// with eSpeak NG).
#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/plain_language.h"
#include "plain/formulas.h"
#include "plain/plain_words.h"
#include "plain/printed_text.h"

namespace handout::plain {

using SyllableTable = std::map<std::string, std::size_t, std::less<>>;

// A sentence longer than this many words is pointed at.
inline constexpr std::size_t long_sentence_words = 20;
// A word of this many syllables or more is hard (SMOG's polysyllables).
inline constexpr std::size_t hard_word_syllables = 3;

struct Reading {
  Counts counts;
  // English: the grades; Spanish: the ease scores. The others stay 0.
  double flesch_kincaid = 0;
  double smog = 0;
  double fernandez_huerta = 0;
  double szigriszt = 0;
  // English: the higher of the two grades; Spanish: the Flesch-Szigriszt score (INFLESZ).
  model::ReadingLevel level;
};

// Each word to ask the syllables of, once, in order of first appearance.
std::vector<std::string> words_to_count(std::span<const PrintedSentence> sentences);

// A word's syllables by the table (at least one: a word is said).
std::size_t syllables_of(const Word& word, const SyllableTable& syllables);

Reading measure(const model::LanguageTag& lang, std::span<const PrintedSentence> sentences,
                const SyllableTable& syllables);

// Whether the level is harder than the clinic's target.
bool above_target(const model::ReadingLevel& level, const model::PlainLanguageTarget& target);

// "reading grade 7.4 (Flesch-Kincaid 6.2, SMOG 7.4; target 8 or lower)", "INFLESZ 68.2,
// bastante fácil (Fernández-Huerta 73.0; target bastante fácil or easier)".
std::string describe(const Reading& reading, const model::PlainLanguageTarget& target);

// The headline figure alone, as the index shows it: "7.4", "68.2 (bastante fácil)".
std::string level_text(const model::ReadingLevel& level);

// Warnings, each at its place: the level above the target (at the handout's root), each
// sentence over long_sentence_words words, and each hard word that has plainer words.
model::Diagnostics reading_advice(const model::Handout& handout,
                                  std::span<const PrintedSentence> sentences,
                                  const SyllableTable& syllables, const Reading& reading,
                                  const PlainWords& plain_words,
                                  const model::PlainLanguageTarget& target);

}  // namespace handout::plain
