#include "reading/lexicon_rules.h"

#include <algorithm>
#include <vector>

#include "lang/language.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

struct Entry {
  std::string_view grapheme;
  std::string_view alias;
};

// Longest graphemes first, so "PT’s" is tried before "PT".
std::vector<Entry> entries_of(const model::Lexicon& lexicon) {
  std::vector<Entry> entries;
  for (const model::Lexeme& lexeme : lexicon.lexemes) {
    for (const std::string& grapheme : lexeme.graphemes) {
      if (!grapheme.empty()) entries.push_back({grapheme, lexeme.alias});
    }
  }
  std::ranges::stable_sort(entries, std::ranges::greater{},
                           [](const Entry& e) { return e.grapheme.size(); });
  return entries;
}

const Entry* match_at(std::string_view text, std::size_t pos, const std::vector<Entry>& entries) {
  for (const Entry& entry : entries) {
    if (text.substr(pos).starts_with(entry.grapheme) &&
        is_whole_word(text, pos, entry.grapheme.size())) {
      return &entry;
    }
  }
  return nullptr;
}

}  // namespace

std::string apply_lexicon(std::string_view text, const model::Lexicon& lexicon) {
  const std::vector<Entry> entries = entries_of(lexicon);
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const Entry* entry = word_before(text, pos) ? nullptr : match_at(text, pos, entries);
    if (entry) {
      out += entry->alias;
      pos += entry->grapheme.size();
    } else {
      out += text[pos++];
    }
  }
  return out;
}

bool lexicon_applies(const model::Lexicon& lexicon, std::string_view handout_lang) {
  return lexicon.lang.empty() || lang::same_language(lexicon.lang.tag, handout_lang);
}

const model::Lexicon* lexicon_for(std::span<const model::Lexicon> lexicons,
                                  const model::LanguageTag& language) {
  for (const model::Lexicon& lexicon : lexicons)
    if (lang::same_language(lexicon.lang.tag, language.tag)) return &lexicon;
  return nullptr;
}

}  // namespace handout::reading
