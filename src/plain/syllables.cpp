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

// What a phoneme is, for counting: a vowel (stressed or not, and whether it is i or u), or not.
struct PhonemeKind {
  bool nucleus = false;
  bool stressed = false;
  bool high = false;  // i or u, which glide next to another vowel when unstressed
};

PhonemeKind kind_of(std::string_view phoneme) {
  std::optional<char32_t> first;
  PhonemeKind kind;
  bool syllabic = false;
  for (std::size_t at = 0; at < phoneme.size();) {
    const std::optional<char32_t> c = lang::decode_one(phoneme, at);
    if (!c) return {};
    if (*c == syllabic_mark || *c == syllabic_mark_above) syllabic = true;
    if (*c == U'ˈ' || *c == U'ˌ') kind.stressed = true;
    if (!first && !is_mark(*c)) first = *c;
  }
  kind.nucleus = syllabic || (first && ipa_vowels.find(*first) != std::u32string_view::npos);
  kind.high = first && (*first == U'i' || *first == U'u');
  return kind;
}

}  // namespace

std::size_t count_nuclei(std::string_view phonemes, bool glides) {
  std::size_t count = 0;
  std::size_t start = 0;
  PhonemeKind previous;  // the phoneme before, in the same word
  for (std::size_t at = 0; at <= phonemes.size(); ++at) {
    const bool word_end = at == phonemes.size() || phonemes[at] == ' ' || phonemes[at] == '\n';
    if (!word_end && phonemes[at] != phoneme_separator) continue;
    if (at > start) {  // an empty phoneme (two separators) changes nothing
      const PhonemeKind kind = kind_of(phonemes.substr(start, at - start));
      const bool diphthong =
          glides && kind.nucleus && previous.nucleus &&
          ((kind.high && !kind.stressed) || (previous.high && !previous.stressed));
      if (kind.nucleus && !diphthong) ++count;
      // A vowel that made a diphthong with the one before ends it: a third vowel is a syllable
      // of its own unless it glides too.
      previous = diphthong ? PhonemeKind{true, true, false} : kind;
    }
    if (word_end) previous = {};
    start = at + 1;
  }
  return count;
}

}  // namespace handout::plain
