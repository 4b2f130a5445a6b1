// Syllables counted in eSpeak NG's IPA (as `espeak-ng --ipa --sep=_` prints it; the lines
// here are its output for the words named).
#include <doctest/doctest.h>

#include "plain/syllables.h"

using handout::plain::count_nuclei;

TEST_CASE("An English word has a syllable per vowel phoneme") {
  CHECK(count_nuclei("l_ˈɪ_ɾ_əl") == 2);                // little
  CHECK(count_nuclei("j_ˈuː_ɾ_ɪ_l_ˌaɪ_z") == 3);        // utilize: a diphthong is one
  CHECK(count_nuclei("b_aɪ_l_ˈæ_ɾ_ɚ_ɹ_əl") == 4);       // bilateral: ɚ is a vowel
  CHECK(count_nuclei("æ_n_t_ˈiə_ɹ_ɪ__ɚ") == 4);         // anterior: an empty phoneme is none
  CHECK(count_nuclei("f_ˈaɪɚ") == 1);                   // fire: one phoneme
  CHECK(count_nuclei("ɹ_ˈɪ_ð_ə_m") == 2);               // rhythm
  CHECK(count_nuclei("w_ˈɑː_n_t_ᵻ_d") == 2);            // wanted: eSpeak's reduced vowel
  CHECK(count_nuclei("b_ˈʌ_ʔ_n̩") == 2);                 // button: a syllabic n
}

TEST_CASE("A Spanish glide is no syllable and a hiatus is two") {
  CHECK(count_nuclei("t_j_ˈe_r_a") == 2);                  // tierra
  CHECK(count_nuclei("b_w_ˈe_n_o") == 2);                  // bueno
  CHECK(count_nuclei("p_a_ˈi_s") == 2);                    // país
  CHECK(count_nuclei("f_ˌi_s_j_o_t_e_ɾ_ˈa_p_j_a") == 5);  // fisioterapia
}

TEST_CASE("A number read as several words counts every word's syllables") {
  // 150: "one hundred and fifty"
  CHECK(count_nuclei("w_ˈʌ_n h_ˈʌ_n_d_ɹ_ɪ_d_ə_n f_ˈɪ_f_t_i") == 6);
  CHECK(count_nuclei("") == 0);
}
