// Rules for what is read symbol by symbol or digit by digit: lexicon words, web and e-mail
// addresses, phone numbers, service numbers (911) and codes with a leading zero (04000).
#include <algorithm>

#include "speech/reading_tables.h"
#include "speech/spoken_forms.h"
#include "speech/token_rules.h"
#include "speech/utf8_words.h"

namespace handout::speech::rules {

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

// Separators inside phone numbers: - . space, no-break space, Unicode hyphens and dashes.
#define SEP R"((?:[-. ]|\xC2\xA0|\xE2\x80[\x90-\x93]|\xE2\x80\xAF))"
#define EXT R"((?:,? ?(?:ext\.?|Ext\.?|extension|extensión|x|X) ?\d{1,5})?)"

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
  const std::string_view run = run_at(text, pos);
  if (!starts_web(run) || word_before(text, pos)) return 0;
  return trimmed(run);
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

std::size_t match_phone(std::string_view text, std::size_t pos, const ReadingContext&) {
  const char c = text[pos];
  if (!is_digit(c) && c != '+' && c != '(') return 0;
  static const std::regex north_american(R"((?:\+ ?1 ?)" SEP R"(?|1)" SEP
                                         R"()?(?:\(\d{3}\) ?|\d{3})" SEP R"()\d{3})" SEP
                                         R"(\d{4})" EXT R"((?![0-9]))");
  static const std::regex international(R"(\+\d{1,3}(?:)" SEP R"(?\(?\d{1,4}\)?){2,5})" EXT
                                        R"((?![0-9]))");
  static const std::regex local(R"(\d{3}(?:[-.]|\xE2\x80[\x90-\x93])\d{4})" EXT R"((?![0-9]))");
  for (const std::regex* pattern : {&north_american, &international, &local}) {
    if (const std::size_t length = match_at(*pattern, text, pos)) return length;
  }
  return 0;
}

std::string read_phone(std::string_view text, const Token& token, const ReadingContext& context) {
  return spoken_phone(token_text(text, token), context.dialect.language);
}

std::size_t match_service(std::string_view text, std::size_t pos, const ReadingContext&) {
  static const std::regex service(R"((?:[2-9]11|988|112)(?![0-9A-Za-z]|[.,][0-9]))");
  const std::size_t length = match_at(service, text, pos);
  if (length == 0 || unit_length_at(text, pos + length) > 0) return 0;
  return length;
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

}  // namespace handout::speech::rules
