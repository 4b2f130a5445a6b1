// Rules for amounts: fractions and mixed numbers, numbers with units, money, number ranges
// and numbers around a slash ("120/80", "3/10", "24/7", "4/15").
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "reading/number_words.h"
#include "reading/reading_tables.h"
#include "reading/token_rules.h"
#include "reading/unit_reading.h"

namespace handout::reading::rules {

namespace {

#define NUMBER R"((?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?))"
#define DASH R"((?:-|\xE2\x80[\x91\x93\x94]))"

struct Amount {
  std::size_t length = 0;
  std::string number;  // as printed, "" when only a fraction
  int numerator = 0;
  int denominator = 0;  // 0 when no fraction
};

constexpr std::array<std::pair<std::string_view, std::pair<int, int>>, 10> vulgar_fractions{{
    {"½", {1, 2}},
    {"¼", {1, 4}},
    {"¾", {3, 4}},
    {"⅓", {1, 3}},
    {"⅔", {2, 3}},
    {"⅛", {1, 8}},
    {"⅜", {3, 8}},
    {"⅝", {5, 8}},
    {"⅞", {7, 8}},
    {"⅕", {1, 5}},
}};

// British clinical shorthand for a time: "2/52" two weeks, "3/12" three months, "5/7" five
// days. "/52" is never a date nor a fraction; the others are a time only in a handout that
// writes the day first (en-GB), after "in", "for", "within", "after" or "over". The period's
// name, or null.
const char* british_period(std::string_view text, std::size_t pos, int count, int per,
                           const Dialect& dialect) {
  const std::string_view before = word_before_pos(text, pos);
  const bool duration =
      dialect.day_first && (before == "in" || before == "for" || before == "within" ||
                            before == "after" || before == "over");
  if (per == 52 && count > 0 && count < 52) return "week";
  if (duration && per == 12 && count > 0) return "month";
  if (duration && per == 7 && count > 0) return "day";
  return nullptr;
}

// The forms a dose comes in, which a dose before them describes: "500 mg tablets".
bool dose_form(std::string_view word) {
  static constexpr std::array<std::string_view, 20> forms{
      "tablet", "tablets", "capsule", "capsules", "pill",    "pills",  "tab",
      "tabs",   "cap",     "caps",    "patch",    "patches", "vial",   "vials",
      "pen",    "pens",    "syringe", "syringes", "bottle",  "bottles"};
  return std::ranges::find(forms, word) != forms.end();
}

bool is_fraction(int numerator, int denominator) {
  return numerator > 0 && numerator < denominator &&
         (denominator <= 8 || denominator == 12 || denominator == 16);
}

std::optional<Amount> vulgar_at(std::string_view text, std::size_t pos) {
  static const std::regex whole(R"((\d+) ?)");
  std::cmatch m;
  std::size_t length = match_at(whole, text, pos, &m);
  for (const auto& [printed, value] : vulgar_fractions) {
    if (text.substr(pos + length).starts_with(printed)) {
      return Amount{length + printed.size(), length ? group(m, 1) : "", value.first, value.second};
    }
  }
  return std::nullopt;
}

std::optional<Amount> amount_at(std::string_view text, std::size_t pos) {
  if (auto vulgar = vulgar_at(text, pos)) return vulgar;
  if (!is_digit(text[pos])) return std::nullopt;
  static const std::regex mixed(R"((\d+) (\d{1,2})/(\d{1,2})(?![0-9/]))");
  static const std::regex fraction(R"((\d{1,2})/(\d{1,2})(?![0-9/]))");
  static const std::regex number(NUMBER R"((?![0-9]))");
  std::cmatch m;
  if (std::size_t length = match_at(mixed, text, pos, &m)) {
    const int numerator = number_of(group(m, 2));
    const int denominator = number_of(group(m, 3));
    if (is_fraction(numerator, denominator)) {
      return Amount{length, group(m, 1), numerator, denominator};
    }
  }
  if (std::size_t length = match_at(fraction, text, pos, &m)) {
    const int numerator = number_of(group(m, 1));
    const int denominator = number_of(group(m, 2));
    if (is_fraction(numerator, denominator)) return Amount{length, "", numerator, denominator};
  }
  if (std::size_t length = match_at(number, text, pos, &m)) return Amount{length, m.str(0), 0, 0};
  return std::nullopt;
}

bool starts_with_vowel(std::string_view word) {
  return !word.empty() && std::string_view("aeiouAEIOU").find(word[0]) != std::string_view::npos;
}

std::string article(std::string_view word) {
  return starts_with_vowel(word) && !word.starts_with("uni") && !word.starts_with("one") ? "an"
                                                                                         : "a";
}

// Spanish before a noun: "un", "una", "veintiún".
std::string spanish_count(std::int64_t number, Gender gender) {
  std::string words = cardinal_words(number, Language::spanish, gender);
  if (gender == Gender::masculine && words.ends_with("veintiuno")) {
    words.replace(words.size() - 9, 9, "veintiún");
  } else if (gender == Gender::masculine && words.ends_with("uno")) {
    words.resize(words.size() - 1);
  }
  return words;
}

// The number as eSpeak NG should read it before a noun.
std::string count_words(const std::string& printed, const ReadingContext& context, Gender gender) {
  const bool integer = printed.find_first_not_of("0123456789") == std::string::npos;
  if (!spanish(context) || !integer || printed.size() > 9) return printed;
  return spanish_count(number_of(printed), gender);
}

Gender gender_of_word(std::string_view word) {
  return word.ends_with("a") || word.ends_with("as") ? Gender::feminine : Gender::masculine;
}

bool is_one(const std::string& printed) {
  return printed == "1";
}

// Words whose number is a name, so that "a/b" after them names two of a kind, never a
// fraction: "type 1/2 diabetes", "grade 1/2 sprains", "estadio 3/4".
bool names_by_number(std::string_view word) {
  static constexpr std::array<std::string_view, 17> namers{
      "type", "grade", "stage",   "class", "phase", "level", "step",  "tier", "zone",
      "tipo", "grado", "estadio", "etapa", "fase",  "nivel", "clase", "paso"};
  std::string lower(word);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return std::ranges::find(namers, lower) != namers.end();
}

// The bare fraction: "a half", "three quarters", "medio", "tres cuartos".
std::string bare_fraction(int numerator, int denominator, const ReadingContext& context,
                          Gender gender) {
  if (spanish(context)) {
    if (denominator == 2) return gender == Gender::feminine ? "media" : "medio";
    std::string part = denominator == 3   ? "tercio"
                       : denominator == 4 ? "cuarto"
                                          : ordinal_words(denominator, Language::spanish);
    if (numerator == 1) return "un " + part;
    return cardinal_words(numerator, Language::spanish) + ' ' + part + 's';
  }
  std::string part = denominator == 2   ? "half"
                     : denominator == 4 ? "quarter"
                                        : ordinal_words(denominator, Language::english);
  if (numerator == 1) return article(part) + ' ' + part;
  if (denominator == 2) part = "halve";
  return cardinal_words(numerator, Language::english) + ' ' + part + 's';
}

bool ends_noun_phrase(std::string_view word) {
  for (std::string_view stop : {"", "of", "the", "a", "an", "to", "or", "and", "your", "each", "de",
                                "del", "la", "el", "o", "y", "a", "su", "cada"}) {
    if (word == stop) return true;
  }
  return !word.empty() && is_digit(word[0]);
}

// "1 1/2" -> "one and a half", "uno y medio"; `gender` for Spanish.
std::string mixed_words(const Amount& a, const ReadingContext& context, Gender gender) {
  const std::string fraction = bare_fraction(a.numerator, a.denominator, context, gender);
  if (spanish(context)) {
    return cardinal_words(number_of(a.number), Language::spanish, gender) + " y " + fraction;
  }
  return cardinal_words(number_of(a.number), Language::english) + " and " + fraction;
}

std::string read_amount_with_unit(const Amount& a, const SpokenUnit& unit,
                                  const ReadingContext& context) {
  const Gender gender = spanish(context) ? unit.gender : Gender::masculine;
  if (a.denominator == 0) return count_words(a.number, context, gender) + ' ' + unit.for_number;
  if (!a.number.empty()) {
    if (spanish(context)) {
      return spanish_count(number_of(a.number), gender) + ' ' +
             (is_one(a.number) ? unit.one : unit.many) + " y " +
             bare_fraction(a.numerator, a.denominator, context, gender);
    }
    return mixed_words(a, context, gender) + ' ' + unit.many;
  }
  const std::string& one = unit.one;
  if (spanish(context)) {
    if (a.denominator == 2) return bare_fraction(1, 2, context, gender) + ' ' + one;
    return bare_fraction(a.numerator, a.denominator, context, gender) + " de " + one;
  }
  if (a.numerator == 1 && a.denominator == 2) return "half " + article(one) + ' ' + one;
  return bare_fraction(a.numerator, a.denominator, context, gender) + " of " + article(one) + ' ' +
         one;
}

std::string read_fraction_before(const Amount& a, std::string_view next,
                                 const ReadingContext& context) {
  const Gender gender = gender_of_word(next);
  if (!a.number.empty()) return mixed_words(a, context, gender);
  const bool noun_follows = !ends_noun_phrase(next);
  if (spanish(context)) {
    const std::string words = bare_fraction(a.numerator, a.denominator, context, gender);
    return noun_follows && a.denominator != 2 ? words + " de" : words;
  }
  if (!noun_follows) return bare_fraction(a.numerator, a.denominator, context, gender);
  if (a.numerator == 1 && a.denominator == 2) return "half " + article(next);
  return bare_fraction(a.numerator, a.denominator, context, gender) + " of " + article(next);
}

const std::regex& dollars() {
  static const std::regex money(R"(\$ ?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![0-9]))");
  return money;
}
const std::regex& euros_before() {
  static const std::regex money(R"(€ ?(\d+)(?:[.,](\d{2}))?(?![0-9]))");
  return money;
}
const std::regex& pounds() {
  static const std::regex money(R"(£ ?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{2}))?(?![0-9]))");
  return money;
}
// "10–20 €", "5-10 euros": a range before the sign says it once, after its last number.
const std::regex& euro_range_after() {
  static const std::regex money(R"((\d+) ?(?:-|\xE2\x80\x93) ?(\d+) ?(?:€|euros?\b))");
  return money;
}
const std::regex& euros_after() {
  static const std::regex money(R"((\d+)(?:[.,](\d{2}))? ?(?:€|euros?\b))");
  return money;
}

}  // namespace

std::size_t match_quantity(std::string_view text, std::size_t pos, const ReadingContext& context) {
  const std::optional<Amount> amount = amount_at(text, pos);
  if (!amount) return 0;
  const std::size_t unit = unit_length_at(text, pos + amount->length, context.dialect.language);
  if (unit == 0 && amount->denominator == 0) return 0;
  // "in 3/12": three months, read with the slash rule.
  if (unit == 0 && amount->number.empty() && !spanish(context) &&
      british_period(text, pos, amount->numerator, amount->denominator, context.dialect))
    return 0;
  // "Monday 3/4", "el jueves 3/4": a date, not three quarters.
  if (unit == 0 && amount->number.empty() &&
      text.substr(pos, amount->length).find('/') != std::string_view::npos &&
      date_by_context(text, pos, pos + amount->length, context.dialect.language))
    return 0;
  // "the 1990s" is a decade, not seconds.
  if (unit == 1 && text[pos + amount->length] == 's' && amount->number.size() == 4) return 0;
  // "5 min. after each walk": the unit's full stop ends no sentence.
  const std::size_t end = pos + amount->length + unit;
  if (unit > 0 && abbreviation_stop_at(text, end)) return end + 1 - pos;
  return amount->length + unit;
}

std::string read_quantity(std::string_view text, const Token& token,
                          const ReadingContext& context) {
  const std::string_view printed = text.substr(0, token.end);
  const std::optional<Amount> amount = amount_at(printed, token.begin);
  if (!amount) return std::string(printed.substr(token.begin));
  const Language language = context.dialect.language;
  const UnitAt unit = unit_to_read_at(printed, token.begin + amount->length, language);
  if (unit.length == 0 && amount->denominator == 0) {
    return std::string(printed.substr(token.begin));
  }
  // "type 1/2", "grado 1/2": two names, "1 or 2", never a fraction or a date.
  if (unit.length == 0 && amount->number.empty() &&
      printed.substr(token.begin).find('/') != std::string_view::npos &&
      names_by_number(word_before_pos(text, token.begin)))
    return std::to_string(amount->numerator) + (spanish(context) ? " o " : " or ") +
           std::to_string(amount->denominator);
  SpokenUnit words = unit.length ? spoken_unit(unit, amount->number, language) : SpokenUnit{};
  // "two 500 mg tablets": an English dose before the form it is in names it, in the singular.
  if (unit.length && language == Language::english && amount->denominator == 0 &&
      printed.back() != '.' && dose_form(word_after_pos(text, token.end)))
    words.for_number = words.one;
  std::string out = unit.length
                        ? read_amount_with_unit(*amount, words, context)
                        : read_fraction_before(*amount, word_after_pos(text, token.end), context);
  if (printed.back() == '.' && full_stop_ends_sentence(text, token.end)) out += '.';
  return out;
}

std::size_t fraction_length_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  const std::optional<Amount> amount = amount_at(text, pos);
  return amount && amount->denominator != 0 ? amount->length : 0;
}

std::string fraction_with_noun(std::string_view fraction, std::string_view one,
                               std::string_view many, bool feminine,
                               const ReadingContext& context) {
  const std::optional<Amount> amount = amount_at(fraction, 0);
  if (!amount || amount->denominator == 0) return std::string(fraction);
  SpokenUnit noun{std::string(many), std::string(one), std::string(many),
                  feminine ? Gender::feminine : Gender::masculine};
  return read_amount_with_unit(*amount, noun, context);
}

std::size_t match_money(std::string_view text, std::size_t pos, const ReadingContext&) {
  for (const std::regex* pattern :
       {&dollars(), &euros_before(), &pounds(), &euro_range_after(), &euros_after()}) {
    if (const std::size_t length = match_at(*pattern, text, pos)) return length;
  }
  return 0;
}

namespace {

// A currency as printed and said: its pattern (the sign before or after the number), its names
// whole and hundredths in English and Spanish, and whether English says the hundredths bare
// after the whole ("£9.90": "9 pounds 90", as the British say it) or as cents.
struct Currency {
  const std::regex* pattern;
  std::string_view one, many, cent, cents, uno, varios, centimo;
  Gender gender;
  bool bare_hundredths;
};

Currency currency_of(std::string_view printed) {
  if (printed.starts_with("$"))
    return {&dollars(), "dollar",   "dollars",         "cent", "cents", "dólar",
            "dólares",  "centavos", Gender::masculine, false};
  if (printed.starts_with("£"))
    return {&pounds(), "pound",  "pounds",   "penny",          "pence",
            "libra",   "libras", "peniques", Gender::feminine, true};
  const std::regex* euros = printed.starts_with("€") ? &euros_before() : &euros_after();
  return {euros,   "euro",     "euros",           "cent", "cents", "euro",
          "euros", "céntimos", Gender::masculine, false};
}

}  // namespace

std::string read_money(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  if (std::cmatch r = groups(euro_range_after(), printed); !r.empty()) {
    const bool es = spanish(context);
    // "entre 5-10 €": "entre 5 y 10 euros".
    const std::string_view before = word_before_pos(text, token.begin);
    const bool between = before == "entre" || before == "Entre" || before == "between";
    const std::string low = es ? count_words(group(r, 1), context, Gender::masculine) : group(r, 1);
    const std::string high =
        es ? count_words(group(r, 2), context, Gender::masculine) : group(r, 2);
    return low + (between ? (es ? " y " : " and ") : (es ? " a " : " to ")) + high + " euros";
  }
  const Currency names = currency_of(printed);
  const std::cmatch m = groups(*names.pattern, printed);
  std::string whole = group(m, 1);
  std::erase(whole, ',');
  const std::string cents = group(m, 2);
  const bool one = whole == "1";
  const bool has_cents = !cents.empty() && cents != "00";
  const std::string cent_number = has_cents ? std::to_string(number_of(cents)) : "";
  if (spanish(context)) {
    if (whole == "0" && has_cents) return cent_number + ' ' + std::string(names.centimo);
    std::string out = count_words(whole, context, names.gender) + ' ' +
                      std::string(one ? names.uno : names.varios);
    if (has_cents) out += " con " + cent_number + ' ' + std::string(names.centimo);
    return out;
  }
  // "$0.50" is "50 cents", with no "0 dollars".
  if (whole == "0" && has_cents)
    return cent_number + ' ' + std::string(number_of(cents) == 1 ? names.cent : names.cents);
  std::string out = whole + ' ' + std::string(one ? names.one : names.many);
  if (has_cents)
    out += names.bare_hundredths ? ' ' + cent_number
                                 : " and " + cent_number + ' ' + std::string(names.cents);
  return out;
}

std::size_t match_number_slash(std::string_view text, std::size_t pos,
                               const ReadingContext& context) {
  static const std::regex pair(R"(\d{1,3}/\d{1,3}(?![0-9/]))");
  const std::size_t length = is_digit(text[pos]) ? match_at(pair, text, pos) : 0;
  return length == 0 ? 0 : length + unit_length_at(text, pos + length, context.dialect.language);
}

std::string read_number_slash(std::string_view text, const Token& token,
                              const ReadingContext& context) {
  std::string_view printed = text.substr(token.begin, token.end - token.begin);
  const std::size_t slash = printed.find('/');
  std::size_t digits_end = slash + 1;
  while (digits_end < printed.size() && is_digit(printed[digits_end])) ++digits_end;
  std::string unit;
  if (digits_end < printed.size()) {
    const UnitAt name = unit_to_read_at(printed, digits_end, context.dialect.language);
    if (name.length) unit = ' ' + spoken_unit(name, "", context.dialect.language).many;
    printed = printed.substr(0, digits_end);
  }
  const int first = number_of(printed.substr(0, slash));
  const int second = number_of(printed.substr(slash + 1));
  const std::string a(printed.substr(0, slash));
  const std::string b(printed.substr(slash + 1));
  const bool es = spanish(context);
  if (const char* period = es || !unit.empty()
                               ? nullptr
                               : british_period(text, token.begin, first, second, context.dialect))
    return a + ' ' + period + (first == 1 ? "" : "s");
  const int month = context.dialect.day_first ? second : first;
  const int day = context.dialect.day_first ? first : second;
  if (valid_date(month, day) && unit.empty() &&
      date_by_context(text, token.begin, token.end, context.dialect.language))
    return spoken_date(0, month, day, context.dialect);
  if (first == 24 && second == 7) return es ? "24 horas, 7 días a la semana" : "24 7";
  if (first >= 60 && first > second && second >= 30) {
    return a + (es ? " sobre " : " over ") + b + unit;
  }
  if (second == 10 && first <= 10) return a + (es ? " de " : " out of ") + b;
  if (valid_date(month, day)) return spoken_date(0, month, day, context.dialect);
  return a + (es ? " sobre " : " over ") + b + unit;
}

std::size_t match_range(std::string_view text, std::size_t pos, const ReadingContext& context) {
  static const std::regex range(NUMBER R"( ?)" DASH R"( ?)" NUMBER R"((?![0-9]))");
  if (!is_digit(text[pos])) return 0;
  const std::size_t length = match_at(range, text, pos);
  if (length == 0) return 0;
  const std::size_t end = pos + length;
  const bool chained = (pos >= 2 && text[pos - 1] == '-' && is_digit(text[pos - 2])) ||
                       (end + 1 < text.size() && text[end] == '-' && is_digit(text[end + 1]));
  if (chained) return 0;
  return length + unit_length_at(text, end, context.dialect.language);
}

std::string read_range(std::string_view text, const Token& token, const ReadingContext& context) {
  static const std::regex range("(" NUMBER R"() ?)" DASH R"( ?()" NUMBER R"())");
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  std::cmatch m = groups(range, printed);
  if (m.empty()) return std::string(printed);
  const std::size_t rest = static_cast<std::size_t>(m.length(0));
  const std::string to = ' ' + range_word(text, token.begin, context) + ' ';
  const UnitAt unit = unit_to_read_at(printed, rest, context.dialect.language);
  if (unit.length == 0) return group(m, 1) + to + group(m, 2);
  const SpokenUnit words = spoken_unit(unit, group(m, 2), context.dialect.language);
  const Gender gender = spanish(context) ? words.gender : Gender::masculine;
  // Both numbers agree with the unit: "de una a dos horas".
  return count_words(group(m, 1), context, gender) + to +
         read_amount_with_unit(Amount{0, group(m, 2), 0, 0}, words, context);
}

}  // namespace handout::reading::rules
