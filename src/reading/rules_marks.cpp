// Rules for numbers with marks and joining signs, each read by its context: decades ("in your
// 60s", "the 1990s"), ratios and dilutions ("1:4", "1:10 bleach"), sizes ("2x2 gauze",
// "10 x 10 cm"), the pound, foot and inch or minute and second marks ("5#", "5'", "30\""), and a
// dash between decorated values ("$20–$40", "3rd–5th", "38 °C–39 °C").
#include <algorithm>
#include <array>

#include "reading/number_words.h"
#include "reading/token_rules.h"
#include "reading/unit_reading.h"
#include "reading/utf8_words.h"

namespace handout::reading::rules {

namespace {

std::string lower_ascii(std::string_view word) {
  std::string out(word);
  std::ranges::transform(out, out.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

template <std::size_t N>
bool one_of(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::ranges::find(words, lower_ascii(word)) != words.end();
}

// The word before `pos`, across a hyphen ("mid-60s") and an opening apostrophe ("the '90s").
std::string_view word_before_number(std::string_view text, std::size_t pos) {
  while (pos > 0 && std::string_view("-'").find(text[pos - 1]) != std::string_view::npos) --pos;
  if (text.substr(0, pos).ends_with("’")) pos -= std::string_view("’").size();
  return word_before_pos(text, pos);
}

// Whether one of `words` is among the `count` words before `pos` in the same clause.
template <std::size_t N>
bool said_before(std::string_view text, std::size_t pos,
                 const std::array<std::string_view, N>& words, int count) {
  for (int i = 0; i < count; ++i) {
    const std::string_view word = word_before_pos(text, pos);
    if (word.empty()) return false;
    if (one_of(word, words)) return true;
    pos = static_cast<std::size_t>(word.data() - text.data());
  }
  return false;
}

constexpr std::array<std::string_view, 4> dashes{"-", "–", "—", "‑"};

// Decades ---------------------------------------------------------------------------------

// "60s", "60's", "'60s", "1990s", "1990's": a multiple of ten and an "s".
const std::regex& decade_pattern() {
  static const std::regex pattern(
      R"((?:'|\xE2\x80\x99)?(\d{2}|1\d{3}|20\d{2})(?:'|\xE2\x80\x99)?s(?![A-Za-z0-9]))");
  return pattern;
}

// Words after which "60s" is an age or an era, not sixty seconds: "in your 60s", "the 60s",
// "early 70s", "los 60s". Without one ("rest 60s", "hold 30s") it stays a count of seconds.
constexpr std::array<std::string_view, 22> decade_words{
    "your", "his", "her", "their", "my",   "our",    "the", "early", "mid",    "late",  "in",
    "los",  "sus", "mis", "tus",   "años", "década", "de",  "entre", "during", "one's", "its"};

// The second decade of "in their 40s and 50s", "your 40s–50s", "los 60s o 70s".
bool after_decade(std::string_view text, std::size_t pos) {
  static constexpr std::array<std::string_view, 7> joining{"and", "or", "to",     "y",
                                                           "o",   "a",  "through"};
  std::size_t at = pos;
  for (const std::string_view dash : dashes)
    if (text.substr(0, at).ends_with(dash)) at -= dash.size();
  if (at == pos) {
    const std::string_view word = word_before_pos(text, pos);
    if (!one_of(word, joining)) return false;
    at = static_cast<std::size_t>(word.data() - text.data());
  }
  while (at > 0 && text[at - 1] == ' ') --at;
  std::size_t start = at;
  while (start > 0 && text[start - 1] != ' ') --start;
  std::cmatch m;
  return start < at && match_at(decade_pattern(), text.substr(0, at), start, &m) == at - start &&
         match_decade(text, start, ReadingContext{}) > 0;
}

bool is_decade_number(const std::string& digits) {
  return digits.back() == '0' && digits != "00";
}

std::string plural_tens(std::string words) {
  if (words.ends_with('y')) return words.substr(0, words.size() - 1) + "ies";
  return words + 's';
}

std::string english_decade(int value) {
  if (value < 100) return plural_tens(cardinal_words(value, Language::english));
  if (value % 1000 == 0) return cardinal_words(value / 1000, Language::english) + " thousands";
  if (value % 100 == 0) return cardinal_words(value / 100, Language::english) + " hundreds";
  return cardinal_words(value / 100, Language::english) + ' ' +
         plural_tens(cardinal_words(value % 100, Language::english));
}

// Ratios --------------------------------------------------------------------------------------

const std::regex& ratio_pattern() {
  static const std::regex pattern(R"((\d{1,3}):(\d{1,4})(?![0-9:]|[.,][0-9]))");
  return pattern;
}

// Words around "1:10" that make it a ratio or a dilution, not ten past one.
constexpr std::array<std::string_view, 30> dilution_words{
    "bleach",     "water",    "solution", "dilution", "diluted",  "dilute",   "ratio",  "mix",
    "mixture",    "parts",    "part",     "vinegar",  "strength", "lejía",    "agua",   "cloro",
    "solución",   "dilución", "diluida",  "diluido",  "diluya",   "diluir",   "mezcle", "mezcla",
    "proporción", "relación", "partes",   "vinagre",  "ratios",   "dilutions"};

// Clock times: "1:10" after these is a time ("at 1:10", "a las 1:10").
constexpr std::array<std::string_view, 12> clock_words{
    "at", "by", "until", "till", "from", "before", "after", "las", "hasta", "desde", "antes", "la"};

bool ratio_context(std::string_view text, std::size_t pos, std::size_t end) {
  if (said_before(text, pos, clock_words, 1)) return false;
  if (said_before(text, pos, dilution_words, 3)) return true;
  std::size_t at = end;
  for (int i = 0; i < 3; ++i) {
    const std::string_view word = word_after_pos(text, at);
    if (word.empty()) return false;
    if (one_of(word, dilution_words)) return true;
    at = static_cast<std::size_t>(word.data() - text.data()) + word.size();
  }
  return false;
}

// Sizes ---------------------------------------------------------------------------------------

#define SIZE_NUMBER R"((\d+(?:[.,]\d+)?))"
#define SIZE_MARK R"((?: ?(?:"|\xE2\x80\xB3|cm|mm|in\b\.?))?)"
#define SIZE_TIMES R"( ?(?:x|X|\xC3\x97) ?)"

const std::regex& size_pattern() {
  static const std::regex pattern(SIZE_NUMBER SIZE_MARK SIZE_TIMES SIZE_NUMBER SIZE_MARK
                                  R"((?:)" SIZE_TIMES SIZE_NUMBER SIZE_MARK
                                  R"()?(s)?(?![0-9A-Za-z]))");
  return pattern;
}

// What a size measures: "2x2 gauze", "4 × 4 dressing", "gasas de 10 x 10".
constexpr std::array<std::string_view, 24> sized_things{
    "gauze",    "gauzes",   "dressing",  "dressings", "pad",    "pads",        "sponge", "sponges",
    "bandage",  "bandages", "patch",     "foam",      "tape",   "gasa",        "gasas",  "apósito",
    "apósitos", "compresa", "compresas", "vendaje",   "parche", "esparadrapo", "film",   "square"};

// Counts of sets and repetitions: "3x10 reps", "2 x 15 each side".
constexpr std::array<std::string_view, 14> exercise_words{
    "reps", "rep",  "repetitions", "times", "repeticiones", "veces", "each",
    "cada", "sets", "series",      "per",   "por",          "daily", "a"};

// Marks ---------------------------------------------------------------------------------------

// "5#", "30\"", "30″", "5'", "5′", "5'10\"": a number and a mark right after it.
const std::regex& mark_pattern() {
  static const std::regex pattern(
      R"((\d+(?:[.,]\d+)?)(#|"|\xE2\x80\xB3|\xE2\x80\x9D|''|'|\xE2\x80\xB2|\xE2\x80\x99)(?:(\d{1,2})("|\xE2\x80\xB3|\xE2\x80\x9D))?(?![0-9A-Za-z]))");
  return pattern;
}

// Words before a mark that make it a time held or rested ("hold 30\"", "rest 2'") rather than a
// length ("a 4\" bandage", "5' 6\" tall").
constexpr std::array<std::string_view, 22> duration_words{
    "hold",   "holding", "holds",    "rest",     "resting",  "wait",     "pause",    "relax",
    "for",    "stretch", "sostenga", "mantenga", "mantener", "sostener", "descanse", "descansar",
    "espere", "durante", "x",        "during",   "breathe",  "every"};

// Words after a length that keep its unit plural: "5 feet tall", "4 inches of tape".
constexpr std::array<std::string_view, 16> measure_followers{
    "tall", "long", "wide", "high", "deep", "thick", "away",   "apart",
    "of",   "and",  "or",   "to",   "from", "in",    "across", "around"};

// Words after a measure that are no noun it describes: "lift 5# with each arm", "5# twice".
constexpr std::array<std::string_view, 24> non_nouns{
    "with", "for",   "each", "on",  "at",    "per", "daily", "twice", "once", "a",    "an",   "the",
    "then", "until", "only", "max", "total", "x",   "this",  "by",    "over", "more", "less", "is"};

// Whether an English measure before `next` is said in the singular, as a noun's modifier: "a
// 5 pound plate", "a 3 inch roll".
bool before_noun(std::string_view next, Language language) {
  return language == Language::english && !next.empty() && next.front() >= 'a' &&
         next.front() <= 'z' && !one_of(next, measure_followers) && !one_of(next, non_nouns);
}

// "2x2s" are gauze squares, "two by twos": the last number's word in the plural.
std::string plural_number(const std::string& digits, const ReadingContext& context) {
  if (spanish(context) || digits.empty() ||
      digits.find_first_not_of("0123456789") != std::string::npos || digits.size() > 4)
    return digits + 's';
  std::string words = cardinal_words(number_of(digits), Language::english);
  if (words.ends_with('y')) return words.substr(0, words.size() - 1) + "ies";
  if (words.ends_with('x') || words.ends_with('s')) return words + "es";
  return words + 's';
}

bool is_inch_mark(std::string_view mark) {
  return mark == "\"" || mark == "″" || mark == "”";
}

// Whether a curly quotation opened before `pos` is still open: "“Take 5”" ends a quotation.
bool inside_quotation(std::string_view text, std::size_t pos, std::string_view open,
                      std::string_view close) {
  const std::string_view before = text.substr(0, pos);
  const std::size_t opened = before.rfind(open);
  if (opened == std::string_view::npos) return false;
  const std::size_t closed = before.rfind(close);
  return closed == std::string_view::npos || closed < opened;
}

std::string mark_unit_words(std::string_view unit, const std::string& number, Language language) {
  const UnitAt at{1, std::string(unit), {}, {}, false};
  return spoken_unit(at, number, language).for_number;
}

// Dashes between values -------------------------------------------------------------------

std::size_t dash_length(std::string_view text, std::size_t pos) {
  for (const std::string_view dash : dashes)
    if (text.substr(pos).starts_with(dash)) return dash.size();
  return 0;
}

// Whether `run` (no spaces) is a decorated value: "$20", "10%", "3rd", "3.º", "38°C", "5th".
bool has_digit(std::string_view run) {
  return std::ranges::any_of(run, [](char c) { return is_digit(c); });
}

std::string_view run_before(std::string_view text, std::size_t end) {
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ') --start;
  return text.substr(start, end - start);
}

// The value before a dash ends with a number and its decoration: the run before the dash has a
// digit, or is a short sign or unit ("°C", "%", "mg", "€") after a number.
bool value_ends_at(std::string_view text, std::size_t end) {
  if (end > 0 && text[end - 1] == ' ') --end;
  const std::string_view run = run_before(text, end);
  if (run.empty()) return false;
  if (has_digit(run)) {
    return run.size() <= 10 && (is_digit(run.front()) || run.starts_with("$") ||
                                run.starts_with("€") || run.starts_with("£"));
  }
  if (run.size() > 4 || run.size() == end) return false;
  const std::string_view before = run_before(text, end - run.size() - 1);
  return !before.empty() && is_digit(before.back());
}

bool value_starts_at(std::string_view text, std::size_t pos) {
  if (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && is_digit(text[pos])) return true;
  for (const std::string_view currency : {"$", "€", "£"})
    if (text.substr(pos).starts_with(currency))
      return pos + currency.size() < text.size() && is_digit(text[pos + currency.size()]);
  return false;
}

}  // namespace

std::size_t match_decade(std::string_view text, std::size_t pos, const ReadingContext&) {
  std::cmatch m;
  const std::size_t length = match_at(decade_pattern(), text, pos, &m);
  if (length == 0 || !is_decade_number(group(m, 1))) return 0;
  const bool marked = text[pos] == '\'' || text.substr(pos).starts_with("’") ||
                      m.str(0).find_first_of("'\xE2") != std::string::npos;
  if (group(m, 1).size() == 4 || marked) return length;
  if (one_of(word_before_number(text, pos), decade_words)) return length;
  // "the over-60s", "under-30s": people of those ages.
  for (const std::string_view age : {"over-", "under-", "Over-", "Under-"})
    if (text.substr(0, pos).ends_with(age)) return length;
  return after_decade(text, pos) ? length : 0;
}

std::string read_decade(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::cmatch m = groups(decade_pattern(), text.substr(token.begin, token.end - token.begin));
  const int value = number_of(group(m, 1));
  // Spanish names a decade by its number: "los sesenta", "los años noventa".
  if (spanish(context)) return cardinal_words(value, Language::spanish);
  return english_decade(value);
}

std::size_t match_ratio(std::string_view text, std::size_t pos, const ReadingContext&) {
  if (!is_digit(text[pos])) return 0;
  std::cmatch m;
  const std::size_t length = match_at(ratio_pattern(), text, pos, &m);
  if (length == 0) return 0;
  // "1:4", "1:100" are never times; "1:10" is one only beside a word of mixing.
  if (group(m, 2).size() != 2) return length;
  return ratio_context(text, pos, pos + length) ? length : 0;
}

// English "one to four"; Spanish "uno a cuatro", as a proportion is said ("una proporción de
// uno a cuatro").
std::string read_ratio(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::cmatch m = groups(ratio_pattern(), text.substr(token.begin, token.end - token.begin));
  return group(m, 1) + (spanish(context) ? " a " : " to ") + group(m, 2);
}

std::size_t match_size(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (!is_digit(text[pos])) return 0;
  std::cmatch m;
  const std::size_t length = match_at(size_pattern(), text, pos, &m);
  if (length == 0) return 0;
  const std::string printed = m.str(0);
  // Only the marks of the pattern have these letters: '"', "cm", "mm", "in", "″".
  const bool marked =
      printed.find_first_of("\"cmi") != std::string::npos || printed.find("″") != std::string::npos;
  const UnitAt unit_after = unit_at(text, pos + length, context.dialect.language);
  const std::size_t unit = unit_length_at(text, pos + length, context.dialect.language);
  // A size is of lengths: "2 x 500 mg" is two doses of 500 milligrams.
  static constexpr std::array<std::string_view, 6> lengths{"centimeter", "millimeter", "meter",
                                                           "inch",       "foot",       "yard"};
  if (unit > 0 && !unit_after.unit.empty() && !one_of(unit_after.unit, lengths)) return 0;
  if (unit > 0) return length + unit;
  if (marked || !group(m, 4).empty()) return length;  // "4x4s": pads of that size
  const std::string_view next = word_after_pos(text, pos + length);
  if (one_of(next, sized_things)) return length;
  // "un apósito 4 × 4", "gauze 3x3", "gasas de 5 x 5".
  std::string_view before = word_before_pos(text, pos);
  if (before == "de" || before == "of")
    before = word_before_pos(text, static_cast<std::size_t>(before.data() - text.data()));
  if (one_of(before, sized_things)) return length;
  // "2x2", "4 × 4": a square, unless counts of exercise follow ("5 x 5 reps").
  const bool square = group(m, 1) == group(m, 2) && group(m, 3).empty();
  return square && !next.empty() && !one_of(next, exercise_words) && !is_digit(next[0]) ? length
                                                                                        : 0;
}

std::string read_size(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  std::cmatch m;
  const std::size_t length = match_at(size_pattern(), printed, 0, &m);
  const std::string by = spanish(context) ? " por " : " by ";
  std::string out = group(m, 1) + by;
  // "4x4s": pads of that size, "4 by fours".
  if (!group(m, 4).empty()) {
    if (!group(m, 3).empty()) out += group(m, 2) + by;
    return out + plural_number(!group(m, 3).empty() ? group(m, 3) : group(m, 2), context);
  }
  out += group(m, 2);
  if (!group(m, 3).empty()) out += by + group(m, 3);
  const std::string last = !group(m, 3).empty() ? group(m, 3) : group(m, 2);
  const Language language = context.dialect.language;
  UnitAt unit = length < printed.size() ? unit_to_read_at(printed, length, language) : UnitAt{};
  if (unit.length == 0) {
    const bool inch = printed.find('"') != std::string_view::npos ||
                      printed.find("″") != std::string_view::npos ||
                      printed.find("in") != std::string_view::npos;
    unit.unit = inch                                           ? "inch"
                : printed.find("cm") != std::string_view::npos ? "centimeter"
                : printed.find("mm") != std::string_view::npos ? "millimeter"
                                                               : "";
  }
  if (unit.unit.empty() && unit.numerator.empty()) return out;
  unit.length = std::max<std::size_t>(unit.length, 1);
  const SpokenUnit words = spoken_unit(unit, last, language);
  // English sizes before a noun take the singular: "a 6 by 6 centimeter piece".
  const std::string_view next = word_after_pos(text, token.end);
  const bool before_noun =
      !spanish(context) && !next.empty() && !is_digit(next[0]) && !one_of(next, measure_followers);
  return out + ' ' + (before_noun ? words.one : words.for_number);
}

std::size_t match_mark(std::string_view text, std::size_t pos, const ReadingContext&) {
  if (!is_digit(text[pos])) return 0;
  std::cmatch m;
  const std::size_t length = match_at(mark_pattern(), text, pos, &m);
  if (length == 0) return 0;
  // A quoted number ("\"5\"", "'5'") is no measure.
  if (pos > 0 && (text[pos - 1] == '"' || text[pos - 1] == '\'')) return 0;
  if (text.substr(0, pos).ends_with("‘") || text.substr(0, pos).ends_with("“")) return 0;
  if (group(m, 2) == "”" && inside_quotation(text, pos, "“", "”")) return 0;
  if (group(m, 2) == "’" && inside_quotation(text, pos, "‘", "’")) return 0;
  // "5’" is a foot only where no word follows (a closing quotation mark otherwise).
  return length;
}

std::string read_mark(std::string_view text, const Token& token, const ReadingContext& context) {
  const std::cmatch m = groups(mark_pattern(), text.substr(token.begin, token.end - token.begin));
  const Language language = context.dialect.language;
  const std::string number = group(m, 1);
  const std::string mark = group(m, 2);
  if (mark == "#")
    return number + ' ' +
           (before_noun(word_after_pos(text, token.end), language)
                ? std::string("pound")
                : mark_unit_words("pound", number, language));
  const bool held = said_before(text, token.begin, duration_words, 3);
  if (is_inch_mark(mark) || mark == "''") {
    const std::string_view next = word_after_pos(text, token.end);
    // "a 4\" bandage": a size before a noun, said "4 inch".
    if (!held && language == Language::english && !next.empty() && !is_digit(next[0]) &&
        !one_of(next, measure_followers))
      return number + " inch";
    return number + ' ' + mark_unit_words(held ? "second" : "inch", number, language);
  }
  std::string out = number + ' ' + mark_unit_words(held ? "minute" : "foot", number, language);
  if (!group(m, 3).empty()) {
    out +=
        ' ' + group(m, 3) + ' ' + mark_unit_words(held ? "second" : "inch", group(m, 3), language);
  }
  return out;
}

std::size_t match_value_dash(std::string_view text, std::size_t pos, const ReadingContext&) {
  const std::size_t dash = dash_length(text, pos);
  if (dash == 0 || !value_ends_at(text, pos) || !value_starts_at(text, pos + dash)) return 0;
  // "1-2-3" counts, not a range: no dash in the value before.
  const std::string_view before = run_before(text, pos);
  if (std::ranges::any_of(
          dashes, [&](std::string_view d) { return before.find(d) != std::string_view::npos; }))
    return 0;
  // "1-2-3" counts, not a range.
  if (pos + dash < text.size() && is_digit(text[pos + dash])) {
    std::size_t end = pos + dash;
    while (end < text.size() && (is_digit(text[end]) || text[end] == '.')) ++end;
    if (dash_length(text, end) > 0) return 0;
  }
  return dash;
}

// Spanish "del 3.º al 5.º", "de 20 a 40".
std::string read_value_dash(std::string_view text, const Token& token,
                            const ReadingContext& context) {
  // The word before the first value: "between", "entre", "del".
  std::size_t end = token.begin;
  for (int runs = 0; runs < 3 && end > 0; ++runs) {
    if (text[end - 1] == ' ') --end;
    const std::string_view run = run_before(text, end);
    if (spanish(context) && lower_ascii(run) == "del") return "al";
    const std::string word = lower_ascii(run);
    if (word == "between" || word == "entre") return spanish(context) ? "y" : "and";
    end -= run.size();
  }
  return spanish(context) ? "a" : "to";
}

}  // namespace handout::reading::rules
