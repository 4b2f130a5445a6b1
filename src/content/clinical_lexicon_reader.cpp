#include "content/clinical_lexicon_reader.h"

#include <array>
#include <utility>
#include <vector>

namespace handout::content {

namespace {

using model::ClinicalContext;

constexpr std::array<std::pair<std::string_view, ClinicalContext>, 7> context_names{{
    {"after-number", ClinicalContext::after_number},
    {"before-number", ClinicalContext::before_number},
    {"in-dose", ClinicalContext::in_dose},
    {"after-name", ClinicalContext::after_name},
    {"before-word", ClinicalContext::before_word},
    {"in-capitals", ClinicalContext::in_capitals},
    {"in-capital-sentence", ClinicalContext::in_capital_sentence},
}};

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    out.push_back(text.substr(start, end - start));
    if (end == std::string_view::npos) return out;
    start = end + 1;
  }
}

std::vector<std::string_view> words(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::string_view word : split(text, ' '))
    if (!word.empty()) out.push_back(word);
  return out;
}

std::uint32_t column_of(std::string_view line, std::string_view part) {
  std::uint32_t column = 1;
  for (const char c : line.substr(0, static_cast<std::size_t>(part.data() - line.data())))
    column += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return column;
}

// One word of the "where" column into `entry`, or what is wrong with it.
std::string add_condition(std::string_view word, model::ClinicalEntry& entry) {
  if (word == "anywhere") return "";
  if (word == "feminine") {
    entry.feminine = true;
    return "";
  }
  if (word.starts_with("region=")) {
    entry.region = std::string(word.substr(7));
    return entry.region.size() == 2 ? "" : "a region is two capital letters: region=GB";
  }
  const bool negated = word.starts_with("not-");
  if (negated) word.remove_prefix(4);
  for (const auto& [name, context] : context_names) {
    if (name != word) continue;
    entry.where.push_back({context, negated});
    return "";
  }
  return "unknown context '" + std::string(word) +
         "': use anywhere, after-number, before-number, in-dose, after-name, before-word (each "
         "may start with not-), region=XX or feminine";
}

// The entry of one line, or the problem and the part of the line it is about.
std::pair<std::string, std::string_view> read_entry(std::string_view line,
                                                    model::ClinicalEntry& entry) {
  const std::vector<std::string_view> columns = split(line, '\t');
  if (columns.size() < 3 || columns.size() > 5)
    return {"write five columns between tabs: printed, where, spoken, lists, advice", line};
  if (columns[0].empty()) return {"no printed form", line};
  entry.printed = std::string(columns[0]);
  for (std::string_view word : words(columns[1]))
    if (std::string problem = add_condition(word, entry); !problem.empty()) return {problem, word};
  entry.spoken = std::string(columns[2]);
  if (columns.size() > 3)
    for (std::string_view list : words(columns[3])) {
      if (model::clinical_list_title(list).empty())
        return {"unknown list '" + std::string(list) + "': use TJC, ISMP, ISMP-ES or ambiguous",
                list};
      entry.lists.emplace_back(list);
    }
  if (columns.size() > 4) entry.advice = std::string(columns[4]);
  if (!entry.lists.empty() && entry.advice.empty())
    return {"an entry on a list needs advice: what it is mistaken for, what to write instead",
            columns[3]};
  if (entry.lists.empty() && entry.spoken.empty())
    return {"an entry needs words to say or a list to warn with", columns[0]};
  return {"", {}};
}

}  // namespace

model::ClinicalLexicon read_clinical_lexicon(std::string_view text, const std::string& file,
                                             const std::string& language, model::Diagnostics& out) {
  model::ClinicalLexicon lexicon{file, language, {}};
  std::uint32_t number = 0;
  for (std::string_view line : split(text, '\n')) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    model::ClinicalEntry entry;
    entry.at = {number, 1};
    const auto [problem, part] = read_entry(line, entry);
    if (!problem.empty()) {
      out.push_back({file, {number, column_of(line, part)}, problem});
      continue;
    }
    lexicon.entries.push_back(std::move(entry));
  }
  return lexicon;
}

}  // namespace handout::content
