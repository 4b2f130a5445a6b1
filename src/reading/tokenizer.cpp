#include "reading/tokenizer.h"

#include <array>

#include "reading/token_rules.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

struct Rule {
  TokenKind kind;
  rules::Match match;
  rules::Read read;
};

#define HANDOUT_RULE(name)                                   \
  Rule {                                                     \
    TokenKind::name, rules::match_##name, rules::read_##name \
  }

// In priority order: at each position the first rule that matches makes the token.
constexpr std::array<Rule, 28> all_rules{
    HANDOUT_RULE(lexicon),      HANDOUT_RULE(web),          HANDOUT_RULE(email),
    HANDOUT_RULE(phone),        HANDOUT_RULE(date),         HANDOUT_RULE(ratio),
    HANDOUT_RULE(time),         HANDOUT_RULE(money),        HANDOUT_RULE(decade),
    HANDOUT_RULE(size),         HANDOUT_RULE(mark),         HANDOUT_RULE(frequency),
    HANDOUT_RULE(clinical),     HANDOUT_RULE(dosing),       HANDOUT_RULE(quantity),
    HANDOUT_RULE(number_slash), HANDOUT_RULE(range),        HANDOUT_RULE(service),
    HANDOUT_RULE(ordinal),      HANDOUT_RULE(roman),        HANDOUT_RULE(weekday),
    HANDOUT_RULE(month),        HANDOUT_RULE(abbreviation), HANDOUT_RULE(word_range),
    HANDOUT_RULE(slash),        HANDOUT_RULE(value_dash),   HANDOUT_RULE(sign),
    HANDOUT_RULE(code),
};

#undef HANDOUT_RULE

const Rule* rule_of(TokenKind kind) {
  for (const Rule& rule : all_rules) {
    if (rule.kind == kind) return &rule;
  }
  return nullptr;
}

// Tokens start at the start of a word or at a symbol, never inside a word or a number
// ("3.5" is one number: no token starts at its "5").
bool may_start_token(std::string_view text, std::size_t pos) {
  if (text[pos] == ' ') return false;
  if (!word_at(text, pos)) return true;
  if (word_before(text, pos)) return false;
  const bool decimal_part = rules::is_digit(text[pos]) && pos >= 2 &&
                            (text[pos - 1] == '.' || text[pos - 1] == ',') &&
                            rules::is_digit(text[pos - 2]);
  return !decimal_part;
}

std::size_t next_position(std::string_view text, std::size_t pos) {
  if (word_at(text, pos)) {
    return word_end(text, pos);
  }
  ++pos;
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

std::string plain(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i).starts_with("\xC2\xA0")) {  // no-break space
      out += ' ';
      ++i;
    } else if (text.substr(i).starts_with("\xE2\x80\xAF")) {  // narrow no-break space
      out += ' ';
      i += 2;
    } else if (text.substr(i).starts_with("\xE2\x80\x91")) {  // non-breaking hyphen
      out += '-';
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, const ReadingContext& context) {
  std::vector<Token> tokens;
  std::size_t plain_start = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t length = 0;
    const Rule* found = nullptr;
    if (may_start_token(text, pos)) {
      for (const Rule& rule : all_rules) {
        length = rule.match(text, pos, context);
        if (length > 0) {
          found = &rule;
          break;
        }
      }
    }
    if (!found) {
      pos = next_position(text, pos);
      continue;
    }
    if (plain_start < pos) tokens.push_back({TokenKind::text, plain_start, pos});
    tokens.push_back({found->kind, pos, pos + length});
    pos += length;
    plain_start = pos;
  }
  if (plain_start < text.size()) tokens.push_back({TokenKind::text, plain_start, text.size()});
  return tokens;
}

std::string read_token(std::string_view text, const Token& token, const ReadingContext& context) {
  const Rule* rule = rule_of(token.kind);
  if (!rule) return plain(text.substr(token.begin, token.end - token.begin));
  return rule->read(text, token, context);
}

}  // namespace handout::reading
