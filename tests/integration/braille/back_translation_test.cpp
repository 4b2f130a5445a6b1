// The samples' braille back-translated by liblouis gives back the handouts' words, in order:
// at least 99 % of them, in English grade 2 and grade 1 and in Spanish, and the output lists
// every word that did not come back.
#include <doctest/doctest.h>

#include "braille/braille_code.h"
#include "braille/louis.h"
#include "lang/utf8.h"
#include "sample_braille.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

// The tables that read braille back: the code's own, except that liblouis 3.24's es-g1.ctb
// reads dots 2-5 back as the digit 3 (es-chardefs.cti includes loweredDigits6Dots.uti before
// it defines the colon), so "7:30" would come back as "7330": a one-rule table put first
// makes dots 2-5 the colon again. Translation into braille never uses it.
std::string back_tables(const braille::Code& code) {
  if (code.table != "es-g1.ctb") return code.table_list;
  return "en-us-brf.dis," HANDOUT_SOURCE_DIR "/tests/integration/braille/es-colon-back.cti," +
         code.table;
}

// The BRF's text lines (page numbers left out) back to print.
std::string back_translated(const std::string& brf, const braille::Code& code) {
  std::u32string braille;
  for (const std::vector<std::string>& page : brf_pages(brf))
    for (std::size_t k = 0; k + 1 < page.size(); ++k) {
      for (const char c : page[k]) braille += static_cast<char32_t>(c);
      braille += U' ';
    }
  std::string out;
  for (const char32_t c : braille::louis::back_translate(back_tables(code), braille))
    lang::append_utf8(out, c);
  return out;
}

// The expected words found in order in `got` (each searched a little way ahead of the last).
std::vector<std::string> missing_words(const std::vector<std::string>& expected,
                                       const std::vector<std::string>& got) {
  std::vector<std::string> missing;
  std::size_t at = 0;
  for (const std::string& word : expected) {
    std::size_t k = at;
    while (k < got.size() && k < at + 40 && got[k] != word) ++k;
    if (k < got.size() && got[k] == word)
      at = k + 1;
    else
      missing.push_back(word);
  }
  return missing;
}

}  // namespace

TEST_CASE("back-translation gives back at least 99 percent of the words in order") {
  for (const std::vector<std::string>& options :
       {std::vector<std::string>{}, std::vector<std::string>{"--braille-grade", "1"}}) {
    const std::filesystem::path& out = built_samples(options);
    const int grade = options.empty() ? 2 : 1;
    for (const std::string& id : testing::sample_ids()) {
      const model::Handout handout = testing::read_sample(id);
      const braille::Code code = braille::braille_code(handout.lang, grade);
      const std::vector<std::string> expected = handout_words(handout);
      const std::vector<std::string> got =
          words_of(back_translated(read_file(out / (id + ".brf")), code));
      const std::vector<std::string> missing = missing_words(expected, got);
      std::string list;
      for (const std::string& word : missing) list += " " + word;
      const double found = 1.0 - static_cast<double>(missing.size()) / expected.size();
      MESSAGE(id << " (" << code.table << "): " << expected.size() - missing.size() << " of "
                 << expected.size() << " words back; not back:" << (list.empty() ? " none" : list));
      CHECK(found >= 0.99);
    }
  }
}

}  // namespace handout::test
