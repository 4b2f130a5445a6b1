#include "plain/syllables.h"

#include <optional>
#include <string_view>

#include "lang/utf8.h"

namespace handout::plain {

namespace {

// The vowel letters of the IPA chart (2020), with the rhotic vowels and the reduced vowels
// eSpeak NG writes.
constexpr std::u32string_view ipa_vowels = U"aeiouyæɑɒɐɔəɘɚɛɜɝɞɤɨɪɯɵøœɶʉʊʌʏᵻᵿ";

constexpr char32_t syllabic_mark = U'\u0329';
constexpr char32_t syllabic_mark_above = U'\u030D';

// Marks that stand before or after a phoneme's letters and are no phoneme: stress (ˈ ˌ),
// length (ː ˑ), and the tie bar.
bool is_mark(char32_t c) {
  return c == U'ˈ' || c == U'ˌ' || c == U'ː' || c == U'ˑ' || c == U'\u0361' || c == U'\u035C' ||
         c == U'\'' || c == U',';
}

bool is_nucleus(std::string_view phoneme) {
  std::optional<char32_t> first;
  bool syllabic = false;
  for (std::size_t at = 0; at < phoneme.size();) {
    const std::optional<char32_t> c = lang::decode_one(phoneme, at);
    if (!c) return false;
    if (*c == syllabic_mark || *c == syllabic_mark_above) syllabic = true;
    if (!first && !is_mark(*c)) first = *c;
  }
  return syllabic || (first && ipa_vowels.find(*first) != std::u32string_view::npos);
}

}  // namespace

std::size_t count_nuclei(std::string_view phonemes) {
  std::size_t count = 0;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= phonemes.size(); ++at) {
    if (at < phonemes.size() && phonemes[at] != phoneme_separator && phonemes[at] != ' ' &&
        phonemes[at] != '\n')
      continue;
    if (at > start && is_nucleus(phonemes.substr(start, at - start))) ++count;
    start = at + 1;
  }
  return count;
}

}  // namespace handout::plain
