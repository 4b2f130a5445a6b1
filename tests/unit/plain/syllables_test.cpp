// Syllables counted in eSpeak NG's IPA (as `espeak-ng --ipa --sep=_` prints it; the lines
// here are its output for the words named).
#include "plain/syllables.h"

#include <doctest/doctest.h>

using handout::plain::count_nuclei;

TEST_CASE("An English word has a syllable per vowel phoneme") {
  CHECK(count_nuclei("l_ˈɪ_ɾ_əl") == 2);           // little
  CHECK(count_nuclei("j_ˈuː_ɾ_ɪ_l_ˌaɪ_z") == 3);   // utilize: a diphthong is one
  CHECK(count_nuclei("b_aɪ_l_ˈæ_ɾ_ɚ_ɹ_əl") == 4);  // bilateral: ɚ is a vowel
  CHECK(count_nuclei("æ_n_t_ˈiə_ɹ_ɪ__ɚ") == 4);    // anterior: an empty phoneme is none
  CHECK(count_nuclei("f_ˈaɪɚ") == 1);              // fire: one phoneme
  CHECK(count_nuclei("ɹ_ˈɪ_ð_ə_m") == 2);          // rhythm
  CHECK(count_nuclei("w_ˈɑː_n_t_ᵻ_d") == 2);       // wanted: eSpeak's reduced vowel
  CHECK(count_nuclei("b_ˈʌ_ʔ_n̩") == 2);            // button: a syllabic n
}

TEST_CASE("A Spanish glide is no syllable and a hiatus is two") {
  CHECK(count_nuclei("t_j_ˈe_r_a", true) == 2);                 // tierra
  CHECK(count_nuclei("b_w_ˈe_n_o", true) == 2);                 // bueno
  CHECK(count_nuclei("p_a_ˈi_s", true) == 2);                   // país: a stressed i
  CHECK(count_nuclei("a_ˈi", true) == 2);                       // ahí
  CHECK(count_nuclei("f_ˌi_s_j_o_t_e_ɾ_ˈa_p_j_a", true) == 5);  // fisioterapia
}

TEST_CASE("An unstressed i or u beside a Spanish vowel is a diphthong") {
  CHECK(count_nuclei("r_i__ˈe_s_ɣ_o_s", true) == 2);           // riesgos: ries-gos
  CHECK(count_nuclei("t_ˌe_ɾ_a_p_ˈe_u_t_ˌi_k_o", true) == 5);  // terapéutico: te-ra-péu-ti-co
  CHECK(count_nuclei("ˌe_β_a_l_u_a_θ_j_ˈo_n", true) == 4);     // evaluación: e-va-lua-ción
  CHECK(count_nuclei("ˌi_n_k_l_u_ˈi_ɾ", true) == 2);           // incluir: in-cluir
  CHECK(count_nuclei("ˈa_i", true) == 1);                      // hay
  CHECK(count_nuclei("l_e_ˈe_ɾ", true) == 2);                  // leer: no i or u, a hiatus
  // English vowels side by side are two: "create" is cre-ate.
  CHECK(count_nuclei("k_ɹ_i_ˈeɪ_t") == 2);
}

TEST_CASE("A number read as several words counts every word's syllables") {
  // 150: "one hundred and fifty"
  CHECK(count_nuclei("w_ˈʌ_n h_ˈʌ_n_d_ɹ_ɪ_d_ə_n f_ˈɪ_f_t_i") == 6);
  CHECK(count_nuclei("") == 0);
}
