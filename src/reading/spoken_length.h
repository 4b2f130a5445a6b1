#pragma once
// How long the recording of a handout would be, in words, counted on the script itself: the
// printed words and everything spoken besides them (aliases of <say> and of the lexicon, the
// clinic's details, the spoken contents and closing). A limit on printed words alone let a
// seven-word handout with a long alias make most of an hour of audio.
#include <cstddef>
#include <optional>
#include <string_view>

#include "model/clinical_lexicon.h"
#include "model/diagnostic.h"
#include "model/handout.h"
#include "model/lexicon.h"

namespace handout::reading {

// About two hours and forty minutes at 150 words a minute: the reader's 20,000 printed words
// and what the recording adds to them.
inline constexpr std::size_t max_spoken_words = 24000;

// The words an SSML script speaks: the text between its tags.
std::size_t spoken_words(std::string_view ssml);

// An error at the handout when its recording would speak more than max_spoken_words.
std::optional<model::Diagnostic> spoken_length_problem(
    const model::Handout& handout, const model::Lexicon& lexicon,
    const model::ClinicalLexicon* clinical = nullptr);

}  // namespace handout::reading
