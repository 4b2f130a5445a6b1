#pragma once
// Words with a plainer alternative ("utilize → use"): the list the tool ships for each
// language (plain-words/<language>.txt, found beside the program like its fonts) and the
// clinic's own (clinic.xml <plain-language><instead …/>). Pure: the caller reads the files.
#include <map>
#include <string>
#include <string_view>

#include "model/diagnostic.h"

namespace handout::plain {

class PlainWords {
 public:
  // Adds each line "word → plain words" of a list (the file `file`, for messages): blank
  // lines and lines starting with '#' are skipped; a line with no arrow, or with more than one
  // word before it, is a warning at its place, and left out. A later entry for a word replaces an
  // earlier.
  void add_list(std::string_view text, const std::string& file, model::Diagnostics& out);
  void add(std::string_view word, std::string use);
  // The plain words for `word`, whatever its case; null when it has none.
  const std::string* instead_of(std::string_view word) const;
  std::size_t size() const { return by_word_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> by_word_;  // lower-cased word
};

// The arrow between a word and its plain words in a list.
inline constexpr std::string_view plain_words_arrow = "→";

}  // namespace handout::plain
