#include "reading/spoken_length.h"

#include <string>

#include "reading/script.h"

namespace handout::reading {

namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string minutes_at_150(std::size_t words) {
  const std::size_t minutes = words / 150;
  return minutes >= 60
             ? std::to_string(minutes / 60) + " h " + std::to_string(minutes % 60) + " min"
             : std::to_string(minutes) + " min";
}

}  // namespace

std::size_t spoken_words(std::string_view ssml) {
  std::size_t words = 0;
  bool in_tag = false;
  bool in_word = false;
  for (char c : ssml) {
    if (c == '<') {
      in_tag = true;
      in_word = false;
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      if (!is_blank(c) && !in_word) ++words;
      in_word = !is_blank(c);
    }
  }
  return words;
}

std::optional<model::Diagnostic> spoken_length_problem(const model::Handout& handout,
                                                       const model::Lexicon& lexicon,
                                                       const model::ClinicalLexicon* clinical) {
  const std::size_t words = spoken_words(build_script(handout, lexicon, clinical).ssml);
  if (words <= max_spoken_words) return std::nullopt;
  const std::size_t without_lexicon = spoken_words(build_script(handout, {}, clinical).ssml);
  std::string message = "the recording would speak " + std::to_string(words) + " words (about " +
                        minutes_at_150(words) + " at 150 words a minute); at most " +
                        std::to_string(max_spoken_words) + " are allowed";
  if (words > without_lexicon)
    message +=
        "; the lexicon's aliases add " + std::to_string(words - without_lexicon) + " of them";
  message +=
      ": split the handout, or shorten what is spoken besides its text (aliases, the "
      "clinic's details)";
  return model::Diagnostic{handout.file, handout.at, std::move(message)};
}

}  // namespace handout::reading
