#pragma once
// Each word's syllables as eSpeak NG says it: its phonemes in IPA (espeak_TextToPhonemes),
// counted by count_nuclei (with Spanish diphthongs for Spanish). eSpeak NG keeps global state that
// a synthesis in the same process would inherit (and a process may synthesize once,
// speech/isolated_synthesis.h), so it always runs in a child process of its own, forked for the
// call, whatever process asks: a build's worker, which synthesizes after, or `check`.
#include <span>
#include <string>

#include "model/language_tag.h"
#include "plain/measure.h"

namespace handout::plain {

// The syllables of each of `words` (as printed: "Bilateral", "12") in `lang`. Throws
// std::runtime_error when eSpeak NG cannot start or its process fails.
SyllableTable espeak_syllables(std::span<const std::string> words, const model::LanguageTag& lang);

}  // namespace handout::plain
