// The samples' braille back-translated by liblouis gives back the handouts' words, in order:
// at least 99 % of them, in English grade 2 and grade 1 and in Spanish, and the output lists
// every word that did not come back.
#include <doctest/doctest.h>

#include "braille/braille_code.h"
#include "sample_braille.h"
#include "sample_handout.h"

namespace handout::test {

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
          words_of(back_translated(brf_text(read_file(out / (id + ".brf"))), back_tables(code)));
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
