#include "speech/normaliser.h"

#include <regex>

#include "speech/regex_replace.h"
#include "speech/spoken_forms.h"
#include "speech/utf8_words.h"

namespace handout::speech {

namespace {

bool spanish(Language language) {
  return language == Language::spanish;
}

std::string_view str(const std::csub_match& sub) {
  return {sub.first, static_cast<std::size_t>(sub.length())};
}

bool is_digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && text[pos] >= '0' && text[pos] <= '9';
}

bool is_separator(char c) {
  return c == '.' || c == ',' || c == ' ';
}

// Sentence punctuation that ends a matched address belongs to the sentence.
std::size_t trimmed_length(std::string_view address) {
  std::size_t length = address.size();
  while (length > 0 &&
         std::string_view(".,;:!?)").find(address[length - 1]) != std::string_view::npos) {
    --length;
  }
  return length;
}

// Whether the slash at `pos` is the one of a whole-word "and/or" (`conjunction`).
bool is_conjunction_slash(std::string_view text, std::size_t pos, std::string_view conjunction) {
  const std::size_t before = conjunction.find('/');
  if (pos < before) return false;
  const std::size_t start = pos - before;
  return text.substr(start, conjunction.size()) == conjunction &&
         is_whole_word(text, start, conjunction.size());
}

}  // namespace

std::string normalise_addresses(std::string_view text, Language language) {
  static const std::regex web(R"((?:https?://|www\.)[^\s<>"]+)", std::regex::icase);
  static const std::regex email(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)");
  auto with = [language](auto spell) {
    return [language, spell](const std::cmatch& m, std::string_view) -> std::optional<std::string> {
      const std::string_view address = str(m[0]);
      const std::size_t length = trimmed_length(address);
      return spell(address.substr(0, length), language) + std::string(address.substr(length));
    };
  };
  const std::string spoken = replace_matches(text, web, with(spoken_web_address));
  return replace_matches(spoken, email, with(spoken_email_address));
}

std::string normalise_phone_numbers(std::string_view text, Language language) {
  // North American numbers: (207) 555-0100, 207-555-0100, 207.555.0100, +1 207 555 0100.
  static const std::regex phone(R"((?:\+1[ .-]?)?(?:\(\d{3}\) ?|\b\d{3}[-. ])\d{3}[-. ]\d{4}\b)");
  return replace_matches(text, phone, [language](const std::cmatch& m, std::string_view) {
    return std::optional(spoken_phone(str(m[0]), language));
  });
}

std::string normalise_number_ranges(std::string_view text, Language language) {
  // "2-4" and "15–20", but not dates or codes such as 2026-11-26 or 1-2-3.
  static const std::regex range(R"(\b(\d{1,4}) ?(?:-|–|—) ?(\d{1,4})\b)");
  const std::string to = spanish(language) ? " a " : " to ";
  return replace_matches(text, range, [&](const std::cmatch& m, std::string_view all) {
    const auto start = static_cast<std::size_t>(m[0].first - all.data());
    const auto end = static_cast<std::size_t>(m[0].second - all.data());
    const bool chained = (start >= 2 && all[start - 1] == '-' && is_digit_at(all, start - 2)) ||
                         (end < all.size() && all[end] == '-' && is_digit_at(all, end + 1));
    if (chained) return std::optional<std::string>();
    return std::optional(std::string(str(m[1])) + to + std::string(str(m[2])));
  });
}

std::string normalise_slashes(std::string_view text, Language language) {
  // Only between letters: "24/7" and "1/2" are left to eSpeak NG.
  const std::string_view conjunction = spanish(language) ? "y/o" : "and/or";
  std::string out;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const bool between_letters = text[pos] == '/' && word_before(text, pos) &&
                                 word_at(text, pos + 1) && !is_digit_at(text, pos - 1) &&
                                 !is_digit_at(text, pos + 1);
    if (!between_letters) {
      out += text[pos];
    } else if (is_conjunction_slash(text, pos, conjunction)) {
      out += ' ';  // "and/or" -> "and or"
    } else {
      out += spanish(language) ? " o " : " or ";
    }
  }
  return out;
}

std::string normalise_leading_zeros(std::string_view text, Language) {
  // Codes such as ZIP codes.
  static const std::regex code(R"(\b0\d+\b)");
  return replace_matches(text, code, [](const std::cmatch& m, std::string_view all) {
    const auto start = static_cast<std::size_t>(m[0].first - all.data());
    const auto end = static_cast<std::size_t>(m[0].second - all.data());
    // Not the decimals of 1.05 or 0,5, nor the thousands of 10 000 or 10,000.
    const bool part_of_number =
        (start >= 2 && is_separator(all[start - 1]) && is_digit_at(all, start - 2)) ||
        (end + 1 < all.size() && is_separator(all[end]) && is_digit_at(all, end + 1));
    if (part_of_number) return std::optional<std::string>();
    std::string spaced;
    for (const char digit : str(m[0])) {
      if (!spaced.empty()) spaced += ' ';
      spaced += digit;
    }
    return std::optional(spaced);
  });
}

std::string normalise(std::string_view text, Language language) {
  std::string out = normalise_addresses(text, language);
  out = normalise_phone_numbers(out, language);
  out = normalise_times(out, language);
  out = normalise_number_ranges(out, language);
  out = normalise_weekdays(out, language);
  out = normalise_word_ranges(out, language);
  out = normalise_leading_zeros(out, language);
  return normalise_slashes(out, language);
}

}  // namespace handout::speech
