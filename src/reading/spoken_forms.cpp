#include "reading/spoken_forms.h"

#include <cctype>

namespace handout::reading {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}

bool non_ascii(char c) {
  return (static_cast<unsigned char>(c) & 0x80) != 0;
}

bool spanish(Language language) {
  return language == Language::spanish;
}

// The word said for a punctuation character inside an address, or empty to keep it.
std::string_view symbol_word(char c, Language language) {
  switch (c) {
    case '.':
      return spanish(language) ? "punto" : "dot";
    case '/':
      return spanish(language) ? "barra" : "slash";
    case '-':
      return spanish(language) ? "guion" : "dash";
    case '_':
      return spanish(language) ? "guion bajo" : "underscore";
    case '@':
      return spanish(language) ? "arroba" : "at";
    case '~':
      return spanish(language) ? "tilde" : "tilde";
    case '#':
      return spanish(language) ? "almohadilla" : "hash";
    case '?':
      return spanish(language) ? "signo de interrogación" : "question mark";
    case '=':
      return spanish(language) ? "igual" : "equals";
    case '&':
      return spanish(language) ? "y" : "and";
    case ':':
      return spanish(language) ? "dos puntos" : "colon";
    default:
      return {};
  }
}

// Each symbol becomes its word, surrounded by single spaces.
std::string spell_symbols(std::string_view text, Language language) {
  std::string out;
  for (char c : text) {
    const std::string_view word = symbol_word(c, language);
    if (word.empty()) {
      out += c;
      continue;
    }
    if (!out.empty() && out.back() != ' ') out += ' ';
    out += word;
    out += ' ';
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> phone_groups(std::string_view printed, Language language) {
  std::vector<std::string> groups;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) groups.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < printed.size(); ++i) {
    const char c = printed[i];
    if (is_digit(c)) {
      if (!current.empty() && !is_digit(current.back())) flush();
      if (!current.empty()) current += ' ';
      current += c;
    } else if (is_alpha(c) || (non_ascii(c) && !current.empty() && !is_digit(current.back()))) {
      // A word ("ext", "extensión"); a non-ASCII character after digits is a separator (a
      // no-break space, a dash).
      if (!current.empty() && is_digit(current.back())) flush();
      current += c;
    } else {
      flush();
      if (c == '+') groups.emplace_back(spanish(language) ? "más" : "plus");
    }
  }
  flush();
  for (std::size_t i = 0; i < groups.size(); ++i) {
    std::string& group = groups[i];
    // "X" after a vanity number's letters is one of them ("1-844-POISON-X"), after digits the
    // extension.
    const bool after_letters = i > 0 && !groups[i - 1].empty() && !is_digit(groups[i - 1].back());
    if (group == "ext" || group == "Ext" || group == "extension" ||
        ((group == "x" || group == "X") && !after_letters)) {
      group = spanish(language) ? "extensión" : "extension";
    }
  }
  return groups;
}

std::string spoken_phone(std::string_view printed, Language language) {
  std::string out;
  for (const std::string& group : phone_groups(printed, language)) {
    if (!out.empty()) out += ", ";
    out += group;
  }
  return out;
}

std::string spoken_web_address(std::string_view printed, Language language) {
  std::string_view address = printed;
  for (std::string_view scheme : {"https://", "http://"}) {
    if (starts_with_ignoring_case(address, scheme)) address.remove_prefix(scheme.size());
  }
  while (address.size() > 1 && address.back() == '/') address.remove_suffix(1);
  return spell_symbols(address, language);
}

std::string spoken_email_address(std::string_view printed, Language language) {
  std::string_view address = printed;
  if (starts_with_ignoring_case(address, "mailto:")) address.remove_prefix(7);
  return spell_symbols(address, language);
}

}  // namespace handout::reading
