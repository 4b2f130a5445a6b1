#include "qr_text.h"

#include <doctest/doctest.h>

#include "lang/read_along.h"
#include "lang/terms.h"

namespace handout::test {

namespace {

bool is_pdftotext_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

// Where `compact` (no spaces) starts in `text` if spaces in `text` are ignored, and where it
// ends; npos when it is not there.
std::pair<std::size_t, std::size_t> find_ignoring_spaces(const std::string& text,
                                                         const std::string& compact) {
  for (std::size_t start = 0; start < text.size(); ++start) {
    if (text[start] != compact.front()) continue;
    std::size_t t = start, c = 0;
    while (t < text.size() && c < compact.size()) {
      if (is_pdftotext_space(text[t])) {
        ++t;
      } else if (text[t] == compact[c]) {
        ++t;
        ++c;
      } else {
        break;
      }
    }
    if (c == compact.size()) return {start, t};
  }
  return {std::string::npos, std::string::npos};
}

}  // namespace

std::string qr_words(const model::Handout& handout) {
  const std::optional<std::string> url = lang::read_along_url(handout);
  if (!url) return {};
  std::string words =
      std::string(lang::Terms(handout.lang).listen()) + std::string(lang::short_address(*url));
  std::erase_if(words, is_pdftotext_space);
  return words;
}

std::string without_qr_text(const std::string& text, const model::Handout& handout) {
  const std::string words = qr_words(handout);
  if (words.empty()) return text;
  const auto [start, end] = find_ignoring_spaces(text, words);
  REQUIRE_MESSAGE(start != std::string::npos, "no \"" << words << "\" in the PDF's text");
  CHECK_MESSAGE(find_ignoring_spaces(text.substr(end), words).first == std::string::npos,
                "\"" << words << "\" is printed twice");
  return text.substr(0, start) + " " + text.substr(end);
}

}  // namespace handout::test
