#include "language_model.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

namespace handout::test {

namespace {

constexpr double discount = 0.5;  // absolute discounting of seen bigrams

using Pronunciations = std::map<std::string, std::vector<std::string>>;

Pronunciations read_dictionary(const std::filesystem::path& path) {
  Pronunciations out;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    std::string word = line.substr(0, line.find(' '));
    word = word.substr(0, word.find('('));  // "a(2)" is a second pronunciation of "a"
    out[word].push_back(line);
  }
  return out;
}

std::string fixed(double value) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.4f", value);
  return buffer.data();
}

struct Counts {
  std::map<std::string, int> unigrams;
  std::map<std::pair<std::string, std::string>, int> bigrams;
  int words = 0;  // tokens other than <s>
};

Counts count(const std::vector<std::vector<std::string>>& sentences, const Pronunciations& known) {
  Counts c;
  for (const std::vector<std::string>& sentence : sentences) {
    std::vector<std::string> tokens{"<s>"};
    for (const std::string& word : sentence) {
      if (known.contains(word)) tokens.push_back(word);
    }
    tokens.emplace_back("</s>");
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      ++c.unigrams[tokens[i]];
      if (i > 0) ++c.bigrams[{tokens[i - 1], tokens[i]}];
    }
  }
  for (const auto& [word, n] : c.unigrams) c.words += word == "<s>" ? 0 : n;
  return c;
}

// log10 of the weight that leaves the discounted mass of `word`'s bigrams to the unigrams.
double backoff(const Counts& c, const std::string& word) {
  int followers = 0;
  double seen_mass = 0;
  for (const auto& [pair, n] : c.bigrams) {
    if (pair.first != word) continue;
    ++followers;
    seen_mass += double(c.unigrams.at(pair.second)) / c.words;
  }
  const double left = discount * followers / c.unigrams.at(word);
  return seen_mass < 1 ? std::log10(left / (1 - seen_mass)) : 0.0;
}

}  // namespace

std::vector<std::vector<std::string>> spoken_sentences(const std::string& ssml) {
  static const std::array<const char*, 10> digits{"zero", "one", "two",   "three", "four",
                                                  "five", "six", "seven", "eight", "nine"};
  const std::string text = std::regex_replace(ssml, std::regex("<[^>]*>"), " ");
  std::vector<std::vector<std::string>> out(1);
  static const std::regex token("[A-Za-z']+|[0-9]+|[.?!:;]");
  for (std::sregex_iterator it(text.begin(), text.end(), token), end; it != end; ++it) {
    std::string word = it->str();
    if (std::string_view(".?!:;").find(word[0]) != std::string_view::npos) {
      if (!out.back().empty()) out.emplace_back();
    } else if (std::isdigit(static_cast<unsigned char>(word[0]))) {
      if (word.size() == 1)
        out.back().emplace_back(digits[static_cast<std::size_t>(word[0] - '0')]);
    } else {
      for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      out.back().push_back(word);
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

void write_language_model(const std::vector<std::vector<std::string>>& sentences,
                          const std::filesystem::path& cmu_dictionary,
                          const std::filesystem::path& arpa, const std::filesystem::path& dict) {
  const Pronunciations known = read_dictionary(cmu_dictionary);
  const Counts c = count(sentences, known);
  std::ofstream lm(arpa);
  lm << "\\data\\\nngram 1=" << c.unigrams.size() << "\nngram 2=" << c.bigrams.size()
     << "\n\n\\1-grams:\n";
  for (const auto& [word, n] : c.unigrams) {
    const double p = word == "<s>" ? -99.0 : std::log10(double(n) / c.words);
    lm << fixed(p) << ' ' << word;
    if (word != "</s>") lm << ' ' << fixed(backoff(c, word));
    lm << '\n';
  }
  lm << "\n\\2-grams:\n";
  for (const auto& [pair, n] : c.bigrams) {
    lm << fixed(std::log10((n - discount) / c.unigrams.at(pair.first))) << ' ' << pair.first << ' '
       << pair.second << '\n';
  }
  lm << "\n\\end\\\n";
  std::ofstream out(dict);
  for (const auto& [word, n] : c.unigrams) {
    if (auto found = known.find(word); found != known.end()) {
      for (const std::string& line : found->second) out << line << '\n';
    }
  }
}

}  // namespace handout::test
