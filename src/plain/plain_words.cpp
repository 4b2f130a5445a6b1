#include "plain/plain_words.h"

#include "lang/case.h"

namespace handout::plain {

namespace {

std::string_view trimmed(std::string_view text) {
  const std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const std::size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

// What is wrong with one line of a list, or nothing.
std::string line_problem(std::string_view word, std::string_view use) {
  if (word.empty()) return "no word before '→'";
  if (word.find_first_of(" \t") != std::string_view::npos)
    return "give one word before '→' (\"" + std::string(word) + "\" is more)";
  if (use.empty()) return "no plain words after '→'";
  return "";
}

}  // namespace

void PlainWords::add_list(std::string_view text, const std::string& file, model::Diagnostics& out) {
  std::uint32_t line_number = 0;
  while (!text.empty()) {
    ++line_number;
    const std::size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    const std::string_view content = trimmed(line);
    if (content.empty() || content.front() == '#') continue;
    const std::size_t arrow = content.find(plain_words_arrow);
    const model::Location at{line_number, 1};
    if (arrow == std::string_view::npos) {
      out.push_back(
          {file, at, "write each entry as \"word → plain words\"", model::Severity::warning});
      continue;
    }
    const std::string_view word = trimmed(content.substr(0, arrow));
    const std::string_view use = trimmed(content.substr(arrow + plain_words_arrow.size()));
    if (const std::string problem = line_problem(word, use); !problem.empty()) {
      out.push_back({file, at, problem, model::Severity::warning});
      continue;
    }
    add(word, std::string(use));
  }
}

void PlainWords::add(std::string_view word, std::string use) {
  by_word_[lang::lower_case(word)] = std::move(use);
}

const std::string* PlainWords::instead_of(std::string_view word) const {
  const auto found = by_word_.find(lang::lower_case(word));
  return found == by_word_.end() ? nullptr : &found->second;
}

}  // namespace handout::plain
