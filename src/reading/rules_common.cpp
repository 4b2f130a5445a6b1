// Helpers shared by the tokenizer's rules.
#include <algorithm>
#include <charconv>

#include "reading/reading_tables.h"
#include "reading/token_rules.h"
#include "reading/unit_reading.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_upper(char c) {
  return c >= 'A' && c <= 'Z';
}

bool spanish(const ReadingContext& context) {
  return context.dialect.language == Language::spanish;
}

std::size_t match_at(const std::regex& pattern, std::string_view text, std::size_t pos,
                     std::cmatch* match) {
  std::cmatch local;
  std::cmatch& m = match ? *match : local;
  auto flags = std::regex_constants::match_continuous;
  if (pos > 0) flags |= std::regex_constants::match_prev_avail;
  if (!std::regex_search(text.data() + pos, text.data() + text.size(), m, pattern, flags)) {
    return 0;
  }
  return static_cast<std::size_t>(m.length(0));
}

std::cmatch groups(const std::regex& pattern, std::string_view token) {
  std::cmatch m;
  std::regex_search(token.data(), token.data() + token.size(), m, pattern,
                    std::regex_constants::match_continuous);
  return m;
}

std::string group(const std::cmatch& match, std::size_t index) {
  return index < match.size() && match[index].matched ? match[index].str() : std::string();
}

int number_of(std::string_view digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::string spaced_digits(std::string_view digits) {
  std::string out;
  for (const char c : digits) {
    if (!is_digit(c)) continue;
    if (!out.empty()) out += ' ';
    out += c;
  }
  return out;
}

std::string_view word_before_pos(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  start = word_start(text, start);
  return text.substr(start, end - start);
}

std::string_view word_after_pos(std::string_view text, std::size_t pos) {
  std::size_t start = pos;
  while (start < text.size() && text[start] == ' ') ++start;
  std::size_t end = start;
  end = word_end(text, end);
  return text.substr(start, end - start);
}

bool at_sentence_end(std::string_view text, std::size_t pos) {
  for (std::size_t i = pos; i < text.size(); ++i) {
    if (std::string_view(" )]\"'").find(text[i]) == std::string_view::npos) return false;
  }
  return true;
}

bool full_stop_ends_sentence(std::string_view text, std::size_t pos) {
  if (at_sentence_end(text, pos)) return true;
  if (pos >= text.size() || text[pos] != ' ') return false;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  const std::string_view rest = text.substr(pos);
  if (rest.starts_with("\u00BF") || rest.starts_with("\u00A1")) return true;
  // A word of capitals ("b.i.d. PO") is another abbreviation, no sentence's first word.
  const std::string_view next = word_after_pos(text, pos);
  if (next.empty() || !is_upper(next.front())) return false;
  return next.size() == 1 ? next == "A" || next == "I" || next == "Y" : !is_upper(next[1]);
}

bool abbreviation_stop_at(std::string_view text, std::size_t pos) {
  if (pos + 2 >= text.size() || text[pos] != '.' || text[pos + 1] != ' ') return false;
  const std::string_view next = word_after_pos(text, pos + 1);
  return !next.empty() && next.front() >= 'a' && next.front() <= 'z';
}

std::string range_word(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const std::string_view before = word_before_pos(text, pos);
  const bool between =
      before == "between" || before == "Between" || before == "entre" || before == "Entre";
  if (spanish(context)) return between ? "y" : "a";
  return between ? "and" : "to";
}

std::size_t unit_length_at(std::string_view text, std::size_t pos, Language language) {
  return unit_to_read_at(text, pos, language).length;
}

std::size_t unit_length_at(std::string_view text, std::size_t pos) {
  return std::max(unit_at(text, pos, Language::english).length,
                  unit_at(text, pos, Language::spanish).length);
}

}  // namespace handout::reading::rules
