// Rules for written abbreviations and symbols: Spanish ordinals ("1.ª", "3.er"), Roman
// numerals after Phase or Grade, abbreviations by their context ("Elm St.", "St. Louis",
// "No. 5", "Avda."), slashes by their context, and signs ("≥", "±", "~").
#include "reading/number_words.h"
#include "reading/reading_tables.h"
#include "reading/token_rules.h"
#include "reading/unit_reading.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

namespace {

const std::regex& spanish_ordinal() {
  static const std::regex pattern(
      R"((\d{1,3})\.?(\xC2\xAA|\xC2\xBA|er|era|ero|ra|ro|da|do|ta|to|va|vo|na|no|ma|mo)(?![A-Za-z0-9]))");
  return pattern;
}

const std::regex& roman_after_word() {
  static const std::regex pattern(
      R"((Phase|Grade|Stage|Type|Class|Level|Fase|Grado|Etapa|Estadio|Tipo|Clase|Nivel|phase|grade|stage|type|fase|grado|etapa|tipo) (I|II|III|IV|V|VI|VII|VIII|IX|X)(?![A-Za-z0-9]))");
  return pattern;
}

int roman_value(std::string_view roman) {
  constexpr std::string_view numerals[] = {"I",  "II",  "III",  "IV", "V",
                                           "VI", "VII", "VIII", "IX", "X"};
  for (int i = 0; i < 10; ++i) {
    if (numerals[i] == roman) return i + 1;
  }
  return 0;
}

bool capitalised(std::string_view word) {
  return !word.empty() && (is_upper(word[0]) || is_digit(word[0]));
}

// Whether a number comes before the name that ends at `pos`: "123 Elm" St.
bool starts_with_number_before(std::string_view text, std::size_t pos, std::size_t name_size) {
  std::size_t name_start = pos;
  while (name_start > 0 && text[name_start - 1] == ' ') --name_start;
  if (name_start < name_size) return false;
  const std::string_view number = word_before_pos(text, name_start - name_size);
  return !number.empty() && is_digit(number[0]);
}

bool context_fits(const Abbreviation& a, std::string_view text, std::size_t pos, std::size_t end) {
  switch (a.where) {
    case Where::anywhere:
      return true;
    case Where::after_name: {
      // "Elm St." but not "Visit St. Mary's": before a capitalised word, only after a number
      // and a name ("123 Elm St. Suite 4").
      const std::string_view name = word_before_pos(text, pos);
      if (!capitalised(name)) return false;
      const std::string_view next = word_after_pos(text, end);
      if (next.empty() || !is_upper(next[0])) return true;
      return starts_with_number_before(text, pos, name.size());
    }
    case Where::before_name: {
      const std::string_view next = word_after_pos(text, end);
      return !next.empty() && is_upper(next[0]);
    }
    case Where::before_number: {
      const std::string_view next = word_after_pos(text, end);
      return (!next.empty() && is_digit(next[0])) || next == "of";
    }
  }
  return false;
}

const Abbreviation* abbreviation_at(std::string_view text, std::size_t pos,
                                    const ReadingContext& context) {
  if (word_before(text, pos)) return nullptr;
  for (const Abbreviation& a : abbreviations(context.dialect.language)) {
    if (!text.substr(pos).starts_with(a.printed)) continue;
    const std::size_t end = pos + a.printed.size();
    const auto last = static_cast<unsigned char>(a.printed.back());
    if (is_word_code_point(last) && word_at(text, end)) continue;
    if (last == '.' && word_at(text, end)) continue;
    if (context_fits(a, text, pos, end)) return &a;
  }
  return nullptr;
}

const SignName* sign_at(std::string_view text, std::size_t pos) {
  for (const SignName& sign : sign_names()) {
    if (text.substr(pos).starts_with(sign.printed)) return &sign;
  }
  return nullptr;
}

bool is_and_or(std::string_view before, std::string_view after, const ReadingContext& context) {
  return spanish(context) ? before == "y" && after == "o" : before == "and" && after == "or";
}

}  // namespace

std::size_t match_ordinal(std::string_view text, std::size_t pos, const ReadingContext& context) {
  return spanish(context) && is_digit(text[pos]) ? match_at(spanish_ordinal(), text, pos) : 0;
}

std::string read_ordinal(std::string_view text, const Token& token, const ReadingContext&) {
  const std::cmatch m =
      groups(spanish_ordinal(), text.substr(token.begin, token.end - token.begin));
  const std::string suffix = group(m, 2);
  const bool feminine = suffix == "\xC2\xAA" || suffix == "era" || suffix.ends_with('a');
  const std::string_view next = word_after_pos(text, token.end);
  const bool before_noun = suffix == "er" || (!feminine && !next.empty() && next != "de" &&
                                              next != "del" && !is_digit(next[0]));
  return ordinal_words(number_of(group(m, 1)), Language::spanish,
                       feminine ? Gender::feminine : Gender::masculine, before_noun);
}

std::size_t match_roman(std::string_view text, std::size_t pos, const ReadingContext&) {
  return match_at(roman_after_word(), text, pos);
}

std::string read_roman(std::string_view text, const Token& token, const ReadingContext&) {
  const std::cmatch m =
      groups(roman_after_word(), text.substr(token.begin, token.end - token.begin));
  return group(m, 1) + ' ' + std::to_string(roman_value(group(m, 2)));
}

std::size_t match_abbreviation(std::string_view text, std::size_t pos,
                               const ReadingContext& context) {
  const Abbreviation* a = abbreviation_at(text, pos, context);
  return a ? a->printed.size() : 0;
}

std::string read_abbreviation(std::string_view text, const Token& token,
                              const ReadingContext& context) {
  const Abbreviation* a = abbreviation_at(text, token.begin, context);
  if (!a) return std::string(text.substr(token.begin, token.end - token.begin));
  std::string out(a->spoken);
  if (a->printed.back() == '.' && at_sentence_end(text, token.end)) out += '.';
  return out;
}

namespace {

// Whether `word` is one letter: one code point ("n", "ñ", "é"), not one byte.
bool one_letter(std::string_view word) {
  if (word.empty()) return false;
  const auto lead = static_cast<unsigned char>(word.front());
  const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return word.size() == length;
}

// A unit after "/" that a count is per: "12 steps/min", "3 reps/leg", "20 pasos/min"; the word
// before the slash is a noun after a number (or the number itself).
const PeriodName* per_unit_at(std::string_view text, std::size_t slash, std::string_view next) {
  const PeriodName* unit = find_per_unit(next);
  if (!unit || slash == 0) return nullptr;
  if (is_digit(text[slash - 1])) return unit;
  const std::string_view noun = word_before_pos(text, slash);
  if (noun.empty() || noun.size() != slash - static_cast<std::size_t>(noun.data() - text.data()))
    return nullptr;
  const std::string_view count =
      word_before_pos(text, static_cast<std::size_t>(noun.data() - text.data()));
  if (!count.empty() && is_digit(count.back())) return unit;
  // "45 g carbs/meal": the count has its unit.
  const std::size_t count_start = static_cast<std::size_t>(count.data() - text.data());
  const std::string_view number = word_before_pos(text, count_start);
  return !count.empty() && !number.empty() && is_digit(number.back()) &&
                 unit_length_at(text, count_start - (text[count_start - 1] == ' ' ? 1 : 0)) ==
                     count.size() + (text[count_start - 1] == ' ' ? 1 : 0)
             ? unit
             : nullptr;
}

const PeriodName* period_after_slash(std::string_view text, std::size_t slash,
                                     std::string_view next) {
  if (const PeriodName* period = find_period(next)) return period;
  return per_unit_at(text, slash, next);
}

// A unit symbol after "/" that a counted noun is per: "12 units/kg", "2 puffs/nostril" has
// none. The unit's length, 0 when none.
std::size_t counted_per_symbol(std::string_view text, std::size_t slash, std::size_t start,
                               std::string_view next, Language language) {
  const UnitAt unit = unit_at(text, start, language);
  if (unit.length != next.size() || !unit.denominator.empty() || slash == 0) return 0;
  const std::string_view noun = word_before_pos(text, slash);
  const std::string_view count =
      word_before_pos(text, static_cast<std::size_t>(noun.data() - text.data()));
  return !noun.empty() && !is_digit(noun.front()) && !count.empty() && is_digit(count.back())
             ? unit.length
             : 0;
}

// Where the noun before a slash ends: "12 steps / min", "1 comp./día".
std::size_t noun_end_before(std::string_view text, std::size_t slash) {
  std::size_t end = slash;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end > 1 && text[end - 1] == '.' && word_before(text, end - 1)) --end;
  return end;
}

}  // namespace

std::size_t match_slash(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (text[pos] != '/') return 0;
  std::size_t end = pos + 1;
  while (end < text.size() && text[end] == ' ') ++end;
  const std::string_view next = word_after_pos(text, end);
  const std::size_t noun_end = noun_end_before(text, pos);
  if (next.empty() || !is_whole_word(text, end, next.size()) || !word_before(text, noun_end))
    return 1;
  if (period_after_slash(text, noun_end, next) ||
      counted_per_symbol(text, noun_end, end, next, context.dialect.language))
    return end - pos + next.size();
  return 1;
}

std::string read_slash(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::string_view next = word_after_pos(text, token.begin + 1);
  if (token.end - token.begin > 1) {
    const std::size_t noun_end = noun_end_before(text, token.begin);
    if (const PeriodName* period = period_after_slash(text, noun_end, next))
      return std::string(spanish(context) ? period->spanish : period->english);
    const Language language = context.dialect.language;
    const UnitAt unit = unit_at(text, token.end - next.size(), language);
    return (spanish(context) ? "por " : "per ") + spoken_unit(unit, "1", language).one;
  }
  const std::string_view before = word_before_pos(text, token.begin);
  const bool between_words = token.begin > 0 && word_before(text, token.begin) &&
                             word_at(text, token.end) && !is_digit(text[token.begin - 1]) &&
                             !is_digit(text[token.end]);
  // "15 min on/20 min off": a word, then the number of the next pair: a pause between them.
  if (token.begin > 0 && word_before(text, token.begin) && !is_digit(text[token.begin - 1]) &&
      token.end < text.size() && is_digit(text[token.end]))
    return ",";
  if (!between_words) return " ";
  const std::string_view after = word_after_pos(text, token.end);
  if (is_and_or(before, after, context)) return " ";
  // Between two single letters a slash is a clinician's shorthand ("n/t", "a/w"), never "or":
  // the letters are said; the clinical lexicon reads the ones it knows.
  if (one_letter(before) && one_letter(after)) return " ";
  return spanish(context) ? "o" : "or";
}

}  // namespace handout::reading::rules

namespace handout::reading {

bool slash_between_letters(std::string_view text, const Token& token,
                           const ReadingContext& context) {
  using namespace rules;
  if (token.kind != TokenKind::slash || token.end != token.begin + 1 || token.begin == 0 ||
      !word_before(text, token.begin) || !word_at(text, token.end))
    return false;
  const std::string_view before = word_before_pos(text, token.begin);
  const std::string_view after = word_after_pos(text, token.end);
  return one_letter(before) && one_letter(after) && !is_digit(before[0]) && !is_digit(after[0]) &&
         !is_and_or(before, after, context);
}

}  // namespace handout::reading

namespace handout::reading::rules {

std::size_t match_sign(std::string_view text, std::size_t pos, const ReadingContext&) {
  const SignName* sign = sign_at(text, pos);
  return sign ? sign->printed.size() : 0;
}

std::string read_sign(std::string_view text, const Token& token, const ReadingContext& context) {
  const SignName* sign = sign_at(text, token.begin);
  if (!sign) return std::string(text.substr(token.begin, token.end - token.begin));
  return std::string(spanish(context) ? sign->spanish : sign->english);
}

}  // namespace handout::reading::rules
