// Rules for what is read symbol by symbol or digit by digit: lexicon words, web and e-mail
// addresses, phone numbers (libphonenumber, lang/phone_numbers.h), service numbers (911) and codes
// with a leading zero (04000).
#include <algorithm>

#include "lang/phone_numbers.h"
#include "lang/top_level_domains.h"
#include "reading/reading_tables.h"
#include "reading/spoken_forms.h"
#include "reading/token_rules.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

namespace {

std::string_view token_text(std::string_view text, const Token& token) {
  return text.substr(token.begin, token.end - token.begin);
}

const model::Lexeme* lexeme_at(std::string_view text, std::size_t pos, std::size_t& length,
                               const ReadingContext& context) {
  if (!context.lexicon || word_before(text, pos)) return nullptr;
  const model::Lexeme* best = nullptr;
  length = 0;
  for (const model::Lexeme& lexeme : context.lexicon->lexemes) {
    for (const std::string& grapheme : lexeme.graphemes) {
      if (grapheme.size() > length && text.substr(pos).starts_with(grapheme) &&
          is_whole_word(text, pos, grapheme.size())) {
        best = &lexeme;
        length = grapheme.size();
      }
    }
  }
  return best;
}

// Sentence punctuation that ends a matched address belongs to the sentence.
std::size_t trimmed(std::string_view address) {
  std::size_t length = address.size();
  while (length > 0 &&
         std::string_view(".,;:!?)").find(address[length - 1]) != std::string_view::npos) {
    --length;
  }
  return length;
}

// The run of non-space characters from `pos`.
std::string_view run_at(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n') ++end;
  return text.substr(pos, end - pos);
}

bool starts_web(std::string_view run) {
  std::string lower(run.substr(0, 8));
  std::ranges::transform(lower, lower.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.");
}

bool host_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

// The length of a web address written without "www." or a scheme at the start of `run`
// ("cdc.gov/flu", "example-clinic.org"), else 0: a host of two names or more whose last is a
// top-level domain written in small letters ("Dr.Smith" is no address), whose first has two
// characters or more (abbreviations such as "e.g." and "a.m." have one letter a name), and
// its path.
std::size_t bare_address_length(std::string_view run) {
  std::size_t end = 0;
  std::size_t labels = 0;
  std::size_t first_label = 0;
  std::string_view last;
  while (true) {
    const std::size_t start = end;
    while (end < run.size() && host_character(run[end])) ++end;
    if (end == start || run[start] == '-' || run[end - 1] == '-') return 0;
    if (labels++ == 0) first_label = end - start;
    last = run.substr(start, end - start);
    if (end + 1 >= run.size() || run[end] != '.' || !host_character(run[end + 1])) break;
    ++end;
  }
  if (labels < 2 || first_label < 2 || !lang::is_top_level_domain(last)) return 0;
  if (end < run.size() && run[end] == '/') return trimmed(run);  // its path, to the next space
  // Sentence punctuation may follow; anything else ("cdc.gov's", "a.gov_b") makes no address.
  if (end < run.size() && std::string_view(".,;:!?)").find(run[end]) == std::string_view::npos)
    return 0;
  return end;
}

// A range at `pos` whose second number is the larger ("2025-2026", not "555-0100").
bool rising_range_at(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const std::size_t length = match_range(text, pos, context);
  if (length == 0) return false;
  const std::string_view range = text.substr(pos, length);
  const std::size_t first_end = range.find_first_not_of("0123456789");
  const std::size_t second = range.find_first_of("0123456789", first_end);
  if (second == std::string_view::npos) return false;
  const std::size_t second_end =
      std::min(range.find_first_not_of("0123456789", second), range.size());
  return number_of(range.substr(0, first_end)) <
         number_of(range.substr(second, second_end - second));
}

// Words that say to dial the number after them, within five words of the same clause: "call 111",
// "ring 999 or 111", "llame al 061", "marque el 15", "TTY 711".
bool after_dialling_word(std::string_view text, std::size_t pos) {
  static constexpr std::string_view dialling[] = {
      "call",      "dial",        "ring",     "phone",     "text",     "tty",     "contact",
      "calling",   "dialing",     "dialling", "telephone", "number",   "hotline", "line",
      "llame",     "llamar",      "marque",   "marcar",    "teléfono", "número",  "línea",
      "llámenos",  "llama",       "marca",    "contacte",  "tel",      "tfno",    "emergencias",
      "emergency", "emergencies", "helpline", "urgencias", "services"};
  std::size_t at = pos;
  for (int words = 0; words < 5; ++words) {
    const std::string_view word = word_before_pos(text, at);
    if (word.empty()) return false;
    std::string lower(word);
    std::ranges::transform(lower, lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (std::ranges::find(dialling, std::string_view(lower)) != std::end(dialling)) return true;
    at = static_cast<std::size_t>(word.data() - text.data());
    while (at > 0 && std::string_view(" ,:").find(text[at - 1]) != std::string_view::npos) --at;
  }
  return false;
}

// Words after a number that name it a line to call: "the 988 line", "711 relay".
bool line_word_after(std::string_view text, std::size_t end) {
  static constexpr std::string_view lines[] = {"line",     "lifeline", "relay",  "helpline",
                                               "hotline",  "service",  "online", "línea",
                                               "servicio", "number",   "número"};
  const std::string_view next = word_after_pos(text, end);
  return std::ranges::find(lines, next) != std::end(lines);
}

// A lower-case word after a number counts it: "111 metres", "123 patients".
bool count_noun_after(std::string_view text, std::size_t end) {
  if (line_word_after(text, end)) return false;
  const std::string_view next = word_after_pos(text, end);
  return !next.empty() && !is_upper(next[0]) && !is_digit(next[0]) && next != "or" &&
         next != "and" && next != "o" && next != "y";
}

// A vanity number's letters: the word, or letter by letter when it has no vowel ("RX").
std::string spelled_word(const std::string& group) {
  if (group.size() < 2 || !is_upper(group[0])) return group;  // "A" is the letter
  std::string lower = group;
  std::ranges::transform(lower, lower.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (lower.find_first_of("aeiouy") != std::string::npos) return lower;
  std::string spaced;
  for (const char c : group) {
    if (!spaced.empty()) spaced += ' ';
    spaced += c;
  }
  return spaced;
}

}  // namespace

std::size_t match_lexicon(std::string_view text, std::size_t pos, const ReadingContext& context) {
  std::size_t length = 0;
  return lexeme_at(text, pos, length, context) ? length : 0;
}

std::string read_lexicon(std::string_view text, const Token& token, const ReadingContext& context) {
  std::size_t length = 0;
  const model::Lexeme* lexeme = lexeme_at(text, token.begin, length, context);
  return lexeme ? lexeme->alias : std::string(token_text(text, token));
}

std::size_t match_web(std::string_view text, std::size_t pos, const ReadingContext&) {
  if (word_before(text, pos) ||
      (pos > 0 && std::string_view("@/.").find(text[pos - 1]) != std::string_view::npos))
    return 0;
  const std::string_view run = run_at(text, pos);
  return starts_web(run) ? trimmed(run) : bare_address_length(run);
}

std::string read_web(std::string_view text, const Token& token, const ReadingContext& context) {
  return spoken_web_address(token_text(text, token), context.dialect.language);
}

std::size_t match_email(std::string_view text, std::size_t pos, const ReadingContext&) {
  const std::string_view run = run_at(text, pos);
  if (run.find('@') == std::string_view::npos || word_before(text, pos)) return 0;
  static const std::regex email(
      R"((?:mailto:)?[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)");
  const std::size_t length = match_at(email, text, pos);
  return trimmed(text.substr(pos, length));
}

std::string read_email(std::string_view text, const Token& token, const ReadingContext& context) {
  return spoken_email_address(token_text(text, token), context.dialect.language);
}

std::size_t match_phone(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const char c = text[pos];
  if (!is_digit(c) && c != '+' && c != '(') return 0;
  lang::PhoneNumberAt phone;
  for (const std::string& country : dialled_countries(context.dialect)) {
    // "1-800-FLOWERS": its letters are part of the number, never a range "1 to 800".
    if (const std::size_t vanity = lang::vanity_number_at(text.substr(pos), country)) return vanity;
    phone = lang::phone_number_at(text.substr(pos), country);
    if (phone.length > 0) break;
  }
  const std::size_t length = phone.length;
  if (length == 0) return 0;
  // A number that is only possible yields to a date, a time or a rising range of its shape
  // ("2026-11-27" and "2025-2026" could be 8-digit local numbers in Australia; "555-0100" does
  // not rise).
  if (!phone.valid && (match_date(text, pos, context) > 0 || match_time(text, pos, context) > 0 ||
                       rising_range_at(text, pos, context))) {
    return 0;
  }
  // "912 345 678 €", "1234567 mg": an amount, not a number to dial.
  const std::size_t end = pos + length;
  if (word_at(text, end) || unit_length_at(text, end) > 0) return 0;
  const std::string_view after =
      text.substr(end).starts_with(" ") ? text.substr(end + 1) : text.substr(end);
  if (after.starts_with("\xE2\x82\xAC") || after.starts_with("euro")) return 0;  // €
  return length;
}

std::string read_phone(std::string_view text, const Token& token, const ReadingContext& context) {
  // A vanity number's letters are said as the word they spell ("flowers"), or letter by letter
  // when they spell none ("R X").
  std::string out;
  for (const std::string& group : phone_groups(token_text(text, token), context.dialect.language)) {
    if (!out.empty()) out += ", ";
    out += spelled_word(group);
  }
  return out;
}

std::size_t match_service(std::string_view text, std::size_t pos, const ReadingContext& context) {
  static const std::regex short_number(R"(\d{2,6}(?![0-9A-Za-z]|[.,:/][0-9]|[%#'"]))");
  const std::size_t length = match_at(short_number, text, pos);
  if (length == 0 || unit_length_at(text, pos + length) > 0) return 0;
  // Not the thousands or decimals of a longer number ("1 112", "3.112"), nor an amount.
  if (pos >= 2 && std::string_view(" .,$€").find(text[pos - 1]) != std::string_view::npos &&
      (is_digit(text[pos - 2]) || text[pos - 1] == '$'))
    return 0;
  if (pos >= 1 && std::string_view("$€£-–+").find(text[pos - 1]) != std::string_view::npos)
    return 0;
  const std::string_view digits = text.substr(pos, length);
  const bool dialled = after_dialling_word(text, pos) || line_word_after(text, pos + length);
  for (const std::string& country : dialled_countries(context.dialect)) {
    // An emergency number of three digits or more is read as one wherever it stands ("999",
    // "112"); a shorter one ("15", "17") and round short numbers ("100", "120") only where the
    // text says to call them.
    if (lang::is_emergency_number(digits, country) && (length >= 3 || dialled)) return length;
    if (dialled && lang::is_short_number(digits, country)) return length;
    // A short number of three digits that is no round number ("988", "711", "111", "061") is
    // seldom a count, unless a noun follows ("111 metres"); "100", "150" are, unless the text
    // says to dial them.
    if (length == 3 && digits.back() != '0' && !count_noun_after(text, pos + length) &&
        lang::is_short_number(digits, country))
      return length;
  }
  // After "call", any country's emergency or short number of three digits or more is dialled
  // digit by digit ("llame al 911", "marque el 988" in a Spanish handout for no one country).
  return dialled && length >= 3 && lang::is_short_number_anywhere(digits) ? length : 0;
}

std::string read_service(std::string_view text, const Token& token, const ReadingContext&) {
  return spaced_digits(token_text(text, token));
}

std::size_t match_code(std::string_view text, std::size_t pos, const ReadingContext&) {
  static const std::regex code(R"(0\d+(?![0-9A-Za-z]|[., ][0-9]))");
  // Not the thousands of 10 000 or 10,000, nor the decimals of 1.05.
  const bool part_of_number =
      pos >= 2 && std::string_view(" .,").find(text[pos - 1]) != std::string_view::npos &&
      is_digit(text[pos - 2]);
  return part_of_number ? 0 : match_at(code, text, pos);
}

std::string read_code(std::string_view text, const Token& token, const ReadingContext&) {
  return spaced_digits(token_text(text, token));
}

}  // namespace handout::reading::rules
