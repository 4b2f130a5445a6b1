#pragma once
// Syllables from a word's phonemes: one per vowel nucleus. The phonemes are eSpeak NG's, in
// the International Phonetic Alphabet with a separator between phonemes (`espeak-ng --ipa
// --sep=_`), so a diphthong ("aɪ") or a vowel with its length mark ("uː") is one phoneme and
// one nucleus, and a glide ("j" in "hielo", "w" in "bueno") is none. Pure.
#include <cstddef>
#include <string_view>

namespace handout::plain {

// The separator between phonemes the count expects.
inline constexpr char phoneme_separator = '_';

// The vowel nuclei of `phonemes` (phonemes separated by phoneme_separator, words by spaces):
// phonemes whose first letter is a vowel of the IPA chart (or eSpeak NG's reduced vowels ᵻ
// and ᵿ, or a rhotic ɚ ɝ), and syllabic consonants (a combining vertical line below, "n̩").
// Stress and length marks are no phoneme of their own.
//
// With `glides` (Spanish), two vowels in a row are one syllable when one of them is an
// unstressed i or u, the rule of the Spanish diphthong: eSpeak NG writes "riesgos" r_i__ˈe…
// and "terapéutico" …p_ˈe_u_t…, each one syllable "ries", "péu", while a stressed i or u
// stays a syllable of its own, a hiatus ("país" p_a_ˈi_s, two).
std::size_t count_nuclei(std::string_view phonemes, bool glides = false);

}  // namespace handout::plain
