#include "lang/words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <string>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

// One word break iterator per language tag and thread.
icu::BreakIterator& word_iterator(const model::LanguageTag& lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  std::unique_ptr<icu::BreakIterator>& found = cache[lang.tag];
  if (!found) {
    UErrorCode status = U_ZERO_ERROR;
    found.reset(icu::BreakIterator::createWordInstance(locale_of(lang), status));
    require(status, "a word break iterator");
  }
  return *found;
}

// A hyphen that joins two parts of one word: ASCII's, and Unicode's hyphen and non-breaking
// hyphen.
std::size_t joining_hyphen_at(std::string_view text, std::size_t at) {
  if (at < text.size() && text[at] == '-') return 1;
  for (const std::string_view hyphen : {"\u2010", "\u2011"})
    if (text.substr(at).starts_with(hyphen)) return hyphen.size();
  return 0;
}

}  // namespace

std::vector<WordSpan> words_of(std::string_view text, const model::LanguageTag& lang) {
  UErrorCode status = U_ZERO_ERROR;
  icu::LocalUTextPointer utext(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status));
  require(status, "opening a text");
  icu::BreakIterator& iterator = word_iterator(lang);
  iterator.setText(utext.getAlias(), status);
  require(status, "setting a text to cut into words");
  std::vector<WordSpan> out;
  std::size_t start = 0;
  for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE; end = iterator.next()) {
    const int32_t rule = iterator.getRuleStatus();
    const auto to = static_cast<std::size_t>(end);
    if (rule >= UBRK_WORD_LETTER || (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)) {
      const WordKind kind = rule >= UBRK_WORD_LETTER ? WordKind::letters : WordKind::number;
      const bool joined =
          !out.empty() && out.back().kind == WordKind::letters && kind == WordKind::letters && [&] {
            const std::size_t after = out.back().offset + out.back().length;
            const std::size_t hyphen = joining_hyphen_at(text, after);
            return hyphen != 0 && after + hyphen == start;
          }();
      if (joined)
        out.back().length = to - out.back().offset;
      else
        out.push_back({start, to - start, kind});
    }
    start = to;
  }
  iterator.setText(icu::UnicodeString());  // drop the pointer into `text`
  return out;
}

}  // namespace handout::lang
