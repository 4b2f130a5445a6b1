#include "reading/unsure_words.h"

#include <algorithm>

#include "lang/case.h"
#include "lang/utf8.h"

namespace handout::reading {

namespace {

// The text between the first pair of single quotes of a trace line: "Found: 'w' [..]" -> "w".
std::string_view quoted(std::string_view line) {
  const std::size_t open = line.find('\'');
  if (open == std::string_view::npos) return {};
  const std::size_t close = line.find('\'', open + 1);
  if (close == std::string_view::npos) return {};
  return line.substr(open + 1, close - open - 1);
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t code_point_count(std::string_view text) {
  return static_cast<std::size_t>(std::ranges::count_if(
      text, [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// A dictionary key that names one letter ("w", "_s"; eSpeak NG marks some with "_").
bool letter_key(std::string_view key) {
  if (key.starts_with('_')) key.remove_prefix(1);
  return code_point_count(key) == 1 && !all_digits(key);
}

std::string upper_letter(std::string_view key) {
  if (key.starts_with('_')) key.remove_prefix(1);
  std::string out(key);
  if (out.size() == 1 && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 32);
  return out;
}

struct TraceReader {
  std::string lower_word;
  WordKnowledge known;
  std::string translating;  // the word being said by the rules, whose stems are found after it

  void line(std::string_view text) {
    // "Unpronouncable?" alone proves nothing: eSpeak NG often says the word by its rules after
    // all ("pta", "llame"); only the letters it finds one by one are spelled.
    if (text.starts_with("Translate '")) {
      translating = std::string(quoted(text));
      if (code_point_count(translating) == 1 && code_point_count(lower_word) > 1) {
        letter(translating);  // "a" of "A1c"
      } else if (!translating.empty()) {
        known.heard.push_back(translating);
      }
    } else if (text.starts_with("Found: '")) {
      found(quoted(text));
    }
  }

  void letter(std::string_view key) {
    known.spelled = true;
    known.heard.push_back(upper_letter(key));
    translating.clear();
  }

  void found(std::string_view key) {
    const std::string_view bare = key.starts_with('_') ? key.substr(1) : key;
    if (bare == lower_word && !known.spelled) known.in_dictionary = true;
    if (letter_key(key) && code_point_count(lower_word) > 1) {
      letter(key);
    } else if (all_digits(bare)) {
      known.heard.emplace_back(bare);
    } else if (!key.starts_with('_') && translating.find(bare) == std::string::npos) {
      // A word of the dictionary, unless it is the stem of the word being translated ("ten"
      // of "tens").
      known.heard.emplace_back(bare);
    }
  }
};

bool upper_at(std::string_view word, std::size_t pos, std::size_t length) {
  const std::string_view letter = word.substr(pos, length);
  return lang::lower_case(letter) != letter;
}

// Written like an abbreviation or a code: two capitals or more, letters and digits, or a full
// stop of its own ("bilat.").
bool code_like(std::string_view word) {
  std::size_t capitals = 0;
  bool letters = false;
  bool digits = false;
  for (std::size_t pos = 0; pos < word.size();) {
    const std::size_t length = lang::character_end(word, pos) - pos;
    const char c = word[pos];
    if (c >= '0' && c <= '9') {
      digits = true;
    } else {
      letters = true;
      capitals += upper_at(word, pos, length) ? 1 : 0;
    }
    pos += length;
  }
  return capitals >= 2 || (letters && digits) || word.ends_with('.');
}

std::string joined(const std::vector<std::string>& pieces) {
  std::string out;
  for (const std::string& piece : pieces) out += (out.empty() ? "" : " ") + piece;
  return out;
}

std::string heard_as(const WordKnowledge& known) {
  const bool letters_only = std::ranges::all_of(known.heard, [](const std::string& piece) {
    return code_point_count(piece) == 1 || all_digits(piece);
  });
  if (known.spelled && letters_only && !known.heard.empty())
    return "its letters one by one, \"" + joined(known.heard) + "\"";
  if (known.spelled)
    return "\"" + joined(known.heard) + "\" (eSpeak NG spells out the letters it cannot pronounce)";
  return "a word eSpeak NG does not know, said by its spelling rules as /" + known.ipa + "/";
}

// eSpeak NG looks the first letter of "s.c." or "e.g." up twice: more letters than the word
// has are lookups, not speech.
void drop_repeated_lookups(std::vector<std::string>& heard, std::string_view word) {
  const std::size_t letters = static_cast<std::size_t>(std::ranges::count_if(
      word, [](char c) { return c != '.' && (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  for (std::size_t i = 1; i < heard.size() && heard.size() > letters;) {
    if (heard[i] == heard[i - 1])
      heard.erase(heard.begin() + static_cast<std::ptrdiff_t>(i));
    else
      ++i;
  }
}

}  // namespace

WordKnowledge knowledge_from_trace(std::string_view word, std::string_view trace, bool plain,
                                   std::string ipa) {
  TraceReader reader{lang::lower_case(word), {}, {}};
  reader.known.plain = plain;
  reader.known.ipa = std::move(ipa);
  std::size_t at = 0;
  while (at < trace.size()) {
    std::size_t end = trace.find('\n', at);
    if (end == std::string_view::npos) end = trace.size();
    std::string_view line = trace.substr(at, end - at);
    while (line.starts_with(' ')) line.remove_prefix(1);
    reader.line(line);
    at = end + 1;
  }
  drop_repeated_lookups(reader.known.heard, word);
  return std::move(reader.known);
}

// A capital and a number of one or two digits ("B12", "D3", "L4", "T4"): a vitamin, a
// vertebra, a hormone, said as people say them, the letter and then the number.
bool letter_and_number(std::string_view word) {
  return word.size() >= 2 && word.size() <= 3 && word[0] >= 'A' && word[0] <= 'Z' &&
         std::ranges::all_of(word.substr(1), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<std::string> unsure_message(std::string_view word, const WordKnowledge& known,
                                          bool shouted) {
  if (known.plain || known.in_dictionary || letter_and_number(word)) return std::nullopt;
  if (!known.spelled && (shouted || !code_like(word))) return std::nullopt;
  const std::string printed(word);
  return "\"" + printed + "\" will be heard as " + heard_as(known) +
         "; to fix it, write <say alias=\"…\">" + printed + "</say> or add \"" + printed +
         "\" to the lexicon";
}

}  // namespace handout::reading
