// The shipped clinical lexicon as a rule of the tokenizer: "WBAT", "b.i.d.", "f/u", "2 gtt",
// "Sam Lee, PTA", each by its context (clinical-lexicon/<language>.txt), and a dose's number
// written unsafely (".5 mg", "5.0 mg") read as it is meant ("0.5", "5").
#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

#include "lang/case.h"
#include "lang/language.h"
#include "reading/clinical_lexicon.h"
#include "reading/number_words.h"
#include "reading/token_rules.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

using model::ClinicalContext;

bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}

bool ends_in_digit(std::string_view word) {
  return !word.empty() && rules::is_digit(word.back());
}

bool sentence_break(char c) {
  return c == '!' || c == '?' || c == ';' || c == ':' || c == '\n';
}

// Words that make the number after them a place or a label, never a dose: "room 4", "sala 2".
bool labels_number(std::string_view word) {
  static constexpr std::array<std::string_view, 24> labels{
      "room", "Room", "suite",  "Suite", "floor",  "Floor",      "bed",         "Bed",
      "door", "Door", "gate",   "Gate",  "level",  "Level",      "building",    "Building",
      "sala", "Sala", "planta", "piso",  "puerta", "habitación", "consultorio", "cama"};
  return std::ranges::find(labels, word) != labels.end();
}

bool dose_number_word(std::string_view text, std::size_t start) {
  return rules::is_digit(text[start]) && !labels_number(rules::word_before_pos(text, start));
}

// Whether a word starting with a digit, no label's ("room 4"), is among the `count` words
// before `pos` (or after it, `forward`, within its clause), in the same sentence: "2 drops in
// AU", "MS 10 mg"; not "the PM clinic, room 4".
bool number_near(std::string_view text, std::size_t pos, int count, bool forward) {
  std::size_t at = pos;
  for (int i = 0; i < count; ++i) {
    if (forward) {
      while (at < text.size() && !word_at(text, at)) {
        if (sentence_break(text[at]) || text.substr(at).starts_with(". ") ||
            text.substr(at).starts_with(", "))
          return false;
        ++at;
      }
      if (at >= text.size()) return false;
      if (dose_number_word(text, at)) return true;
      at = word_end(text, at);
    } else {
      while (at > 0 && !word_before(text, at)) {
        if (sentence_break(text[at - 1]) || text.substr(at - 1).starts_with(". ")) return false;
        --at;
      }
      if (at == 0) return false;
      const std::size_t start = word_start(text, at);
      if (dose_number_word(text, start)) return true;
      at = start;
    }
  }
  return false;
}

// "Sam Lee, PTA", "Sam Lee, PT, DPT": a comma, and before it a capitalised word.
bool after_name(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0 || text[end - 1] != ',') return false;
  // "Tom Hart, BSc (Hons), MCSP": a degree's class in brackets is part of it.
  std::size_t comma = end - 1;
  while (comma > 0 && text[comma - 1] == ')') --comma;
  const std::string_view name = rules::word_before_pos(text, comma);
  return !name.empty() && rules::is_upper(name.front());
}

// Whether a vulgar fraction ("½", "¼", "⅓" …: U+00BC to U+00BE, U+2150 to U+215E) ends just
// before `pos`, spaces skipped: "½ comp." is counted as "1/2 comp." is.
bool after_fraction_sign(std::string_view text, std::size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos >= 2 && text[pos - 2] == '\xC2')
    return text[pos - 1] >= '\xBC' && text[pos - 1] <= '\xBE';
  return pos >= 3 && text[pos - 3] == '\xE2' && text[pos - 2] == '\x85' &&
         text[pos - 1] >= '\x90' && text[pos - 1] <= '\x9E';
}

// The nearest word with a letter before `pos` (or from it, `forward`) in its sentence, numbers
// and signs skipped: "TABLETS" and "HOURS" around "IN" in "8 TABLETS IN 24 HOURS".
std::string_view lettered_word_near(std::string_view text, std::size_t pos, bool forward) {
  std::size_t at = pos;
  while (forward ? at < text.size() : at > 0) {
    const char c = forward ? text[at] : text[at - 1];
    if (sentence_break(c) || text.substr(forward ? at : at - 1).starts_with(". ")) return {};
    if (!forward && word_before(text, at)) {
      const std::size_t start = word_start(text, at);
      const std::string_view word = text.substr(start, at - start);
      if (!std::ranges::all_of(word, [](char d) { return rules::is_digit(d); })) return word;
      at = start;
    } else if (forward && word_at(text, at)) {
      const std::size_t end = word_end(text, at);
      const std::string_view word = text.substr(at, end - at);
      if (!std::ranges::all_of(word, [](char d) { return rules::is_digit(d); })) return word;
      at = end;
    } else {
      at += forward ? 1 : std::size_t(-1);
    }
  }
  return {};
}

bool written_in_capitals(std::string_view word) {
  return !word.empty() && std::ranges::none_of(word, [](char c) { return is_ascii_lower(c); }) &&
         std::ranges::any_of(word, [](char c) { return rules::is_upper(c); });
}

// A sentence written in capitals ("DO NOT TAKE MORE THAN 8 TABLETS IN 24 HOURS", "USE AS
// DIRECTED"): the words of letters on both sides are in capitals, one of four letters or more,
// so they are shouted words, not a row of abbreviations ("1 GTT AS BID").
bool in_capitals(std::string_view text, std::size_t pos, std::size_t end) {
  const std::string_view before = lettered_word_near(text, pos, false);
  const std::string_view after = lettered_word_near(text, end, true);
  return written_in_capitals(before) && written_in_capitals(after) &&
         std::max(before.size(), after.size()) >= 4;
}

// "NO MOJE LA HERIDA": no small letter in the sentence around [pos, end) (between sentence
// breaks and full stops that end one), as eSpeak NG reads a sentence of capitals as words.
bool in_capital_sentence(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t from = pos;
  while (from > 0 && !sentence_break(text[from - 1]) && !text.substr(from - 1).starts_with(". "))
    --from;
  std::size_t to = end;
  while (to < text.size() && !sentence_break(text[to]) && !text.substr(to).starts_with(". ")) ++to;
  const std::string_view sentence = text.substr(from, to - from);
  return lang::lower_case(sentence) != sentence &&
         std::ranges::none_of(sentence, [](char c) { return is_ascii_lower(c); });
}

bool holds(ClinicalContext context, std::string_view text, std::size_t pos, std::size_t end) {
  switch (context) {
    case ClinicalContext::after_number:
      return ends_in_digit(rules::word_before_pos(text, pos)) || after_fraction_sign(text, pos);
    case ClinicalContext::before_number: {
      std::size_t next = end;
      while (next < text.size() && text[next] == ' ') ++next;
      return next < text.size() &&
             (rules::is_digit(text[next]) ||
              (text[next] == '.' && next + 1 < text.size() && rules::is_digit(text[next + 1])));
    }
    case ClinicalContext::in_dose:
      return number_near(text, pos, 4, false) || number_near(text, end, 3, true);
    case ClinicalContext::after_name:
      return after_name(text, pos);
    case ClinicalContext::before_word: {
      const std::string_view next = rules::word_after_pos(text, end);
      return !next.empty() && is_ascii_lower(next.front()) && end < text.size() && text[end] == ' ';
    }
    case ClinicalContext::in_capitals:
      return in_capitals(text, pos, end);
    case ClinicalContext::in_capital_sentence:
      return in_capital_sentence(text, pos, end);
  }
  return false;
}

bool whole_word_at(std::string_view text, std::size_t pos, std::string_view printed) {
  if (!text.substr(pos).starts_with(printed) || word_before(text, pos)) return false;
  const std::size_t end = pos + printed.size();
  // "w/walker"; not a letter of a chain ("M/W/F").
  if (printed.back() == '/') return pos == 0 || text[pos - 1] != '/';
  return !word_at(text, end);
}

bool in_region(const model::ClinicalEntry& entry, const Dialect& dialect) {
  if (entry.region.empty()) return true;
  const std::vector<std::string> countries = dialled_countries(dialect);
  return !countries.empty() && countries.front() == entry.region;
}

}  // namespace

const model::ClinicalEntry* clinical_entry_at(std::string_view text, std::size_t pos,
                                              const model::ClinicalLexicon& lexicon,
                                              const Dialect& dialect, bool spoken_only) {
  // The longest printed form that holds ("w/c" before "w/"); among equals, the first.
  const model::ClinicalEntry* found = nullptr;
  for (const model::ClinicalEntry& entry : lexicon.entries) {
    if (spoken_only && entry.spoken.empty()) continue;
    if (found && entry.printed.size() <= found->printed.size()) continue;
    if (!whole_word_at(text, pos, entry.printed)) continue;
    const std::size_t end = pos + entry.printed.size();
    bool fits = in_region(entry, dialect);
    for (const model::ClinicalCondition& condition : entry.where)
      fits = fits && holds(condition.context, text, pos, end) != condition.negated;
    if (fits) found = &entry;
  }
  return found;
}

const model::ClinicalLexicon* clinical_lexicon_for(std::span<const model::ClinicalLexicon> lexicons,
                                                   const model::LanguageTag& language) {
  for (const model::ClinicalLexicon& lexicon : lexicons)
    if (lang::same_language(lexicon.language, language.tag)) return &lexicon;
  return nullptr;
}

namespace {

// Units a dose is measured in, where a trailing zero is never precision (The Joint
// Commission's exception is for lab results, sizes and tube sizes: "INR 2.0", "7.0 %" stay).
constexpr std::array<std::string_view, 22> dose_units{
    "mg",  "mcg",  "g",     "mL",    "ml",          "cc",        "units",  "unit",
    "U",   "IU",   "UI",    "mEq",   "unidades",    "unidad",    "tablet", "tablets",
    "tab", "tabs", "drops", "gotas", "comprimidos", "comprimido"};

bool dose_unit_after(std::string_view text, std::size_t end) {
  std::size_t at = end;
  if (at < text.size() && text[at] == ' ') ++at;
  if (at >= text.size() || !word_at(text, at)) return false;
  const std::string_view word = text.substr(at, word_end(text, at) - at);
  for (std::string_view unit : dose_units)
    if (word == unit) return true;
  return text.substr(at).starts_with("µg") || text.substr(at).starts_with("μg");
}

}  // namespace

DoseNumberAt dose_number_at(std::string_view text, std::size_t pos, const Dialect& dialect) {
  static const std::regex leading(R"([.,](\d+))");
  static const std::regex trailing(R"((\d+)([.,])(\d*?)(0+)(?![0-9]))");
  if (pos > 0 && (rules::is_digit(text[pos - 1]) || text[pos - 1] == '.' || text[pos - 1] == ',' ||
                  word_before(text, pos)))
    return {};
  std::cmatch m;
  // Spanish writes the decimal point as a comma: ",5 mg" is "0,5".
  const bool spanish = dialect.language == Language::spanish;
  if (text[pos] == '.' || (spanish && text[pos] == ',')) {
    const std::size_t length = rules::match_at(leading, text, pos, &m);
    if (length && dose_unit_after(text, pos + length))
      return {DoseNumber::missing_leading_zero, length,
              std::string(text[pos] == ',' ? "0," : "0.") + rules::group(m, 1)};
    return {};
  }
  const std::size_t length = rules::match_at(trailing, text, pos, &m);
  if (!length || !dose_unit_after(text, pos + length)) return {};
  const std::string separator = rules::group(m, 2);
  // "5,000 mg" is five thousand in English, "5.000 mg" in Spanish: three digits after the
  // separator group thousands.
  if (rules::group(m, 3).size() + rules::group(m, 4).size() == 3) return {};
  if (separator == "," && dialect.language != Language::spanish) return {};
  const std::string decimals = rules::group(m, 3);
  return {DoseNumber::trailing_zero, length,
          rules::group(m, 1) + (decimals.empty() ? "" : separator + decimals)};
}

namespace rules {

namespace {

// A number and an entry said after it, as one token, so a Spanish number agrees with its
// noun: "1 comp." -> "un comprimido", "2 gtt." -> "dos gotas".
struct CountedAt {
  std::size_t length = 0;
  std::string number;  // as printed: "2", or a fraction ("1/2", "½", "1 1/2")
  const model::ClinicalEntry* entry = nullptr;
  bool fraction = false;
};

// A whole number, or a fraction ("1/2 tab", "½ comp."), and one space.
std::size_t count_length_at(std::string_view text, std::size_t pos, std::string& number,
                            bool& fraction) {
  static const std::regex digits(R"((\d+) ?)");
  std::size_t length = fraction_length_at(text, pos);
  fraction = length != 0;
  if (fraction) {
    number = text.substr(pos, length);
    return length + (pos + length < text.size() && text[pos + length] == ' ' ? 1 : 0);
  }
  std::cmatch m;
  length = is_digit(text[pos]) ? match_at(digits, text, pos, &m) : 0;
  if (!length || (pos + length < text.size() && text[pos + length] == '.')) return 0;
  number = group(m, 1);
  return length;
}

CountedAt counted_at(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (!context.clinical) return {};
  CountedAt out;
  const std::size_t length = count_length_at(text, pos, out.number, out.fraction);
  if (!length) return {};
  const model::ClinicalEntry* entry =
      clinical_entry_at(text, pos + length, *context.clinical, context.dialect, true);
  if (!entry || entry->where.empty() ||
      entry->where.front().context != ClinicalContext::after_number)
    return {};
  out.length = length + entry->printed.size();
  out.entry = entry;
  return out;
}

std::string spoken_after(const model::ClinicalEntry& entry, std::string_view number) {
  const std::size_t bar = entry.spoken.find('|');
  if (bar == std::string::npos) return entry.spoken;
  return number == "1" ? entry.spoken.substr(0, bar) : entry.spoken.substr(bar + 1);
}

// "1/2 tab" -> "half a tablet", "1 1/2 tabs" -> "one and a half tablets", "½ cáps." ->
// "media cápsula".
std::string fraction_counted(const CountedAt& counted, const ReadingContext& context) {
  const std::string& spoken = counted.entry->spoken;
  const std::size_t bar = spoken.find('|');
  const std::string_view one = std::string_view(spoken).substr(0, bar);
  const std::string_view many =
      bar == std::string::npos ? one : std::string_view(spoken).substr(bar + 1);
  return fraction_with_noun(counted.number, one, many, counted.entry->feminine, context);
}

std::string count_of(const CountedAt& counted, const ReadingContext& context) {
  if (!spanish(context) || counted.number.size() > 9) return counted.number;
  const Gender gender = counted.entry->feminine ? Gender::feminine : Gender::masculine;
  const std::int64_t n = std::stoll(counted.number);
  // ICU spells 1 as "uno": before a noun it is "un" (masculine).
  if (n == 1) return gender == Gender::feminine ? "una" : "un";
  return cardinal_words(n, Language::spanish, gender);
}

// A title's full stop ("Lic. Ana Ruiz") ends no sentence; a dosing term's ("1 comp. Luego",
// "b.i.d. Then") ends one before a capital.
std::string with_full_stop(std::string out, std::string_view printed, std::string_view text,
                           std::size_t end) {
  const bool title = is_upper(printed.front());
  if (printed.back() == '.' &&
      (title ? at_sentence_end(text, end) : full_stop_ends_sentence(text, end)))
    out += '.';
  return out;
}

// ".5 mg" read as "0.5 mg", "5.0 mg" as "5 mg", by the rules for amounts.
std::string read_dose_number(std::string_view text, const Token& token, const DoseNumberAt& dose,
                             const ReadingContext& context) {
  const std::string rewritten =
      dose.safe +
      std::string(text.substr(token.begin + dose.length, token.end - token.begin - dose.length));
  const Token whole{TokenKind::quantity, 0, rewritten.size()};
  if (match_quantity(rewritten, 0, context) == rewritten.size())
    return read_quantity(rewritten, whole, context);
  std::size_t at = dose.safe.size();
  if (at < rewritten.size() && rewritten[at] == ' ') ++at;
  if (context.clinical)
    if (const model::ClinicalEntry* entry =
            clinical_entry_at(rewritten, at, *context.clinical, context.dialect, true))
      return dose.safe + ' ' + spoken_after(*entry, dose.safe);
  return rewritten;
}

std::size_t dose_length(std::string_view text, std::size_t pos, const DoseNumberAt& dose,
                        const ReadingContext& context) {
  const std::size_t end = pos + dose.length;
  if (const std::size_t unit = unit_length_at(text, end, context.dialect.language))
    return dose.length + unit;
  std::size_t at = end;
  if (at < text.size() && text[at] == ' ') ++at;
  if (dose_unit_after(text, end)) return word_end(text, at) - pos;  // "10.0 units"
  if (context.clinical)
    if (const model::ClinicalEntry* entry =
            clinical_entry_at(text, at, *context.clinical, context.dialect, true))
      return at - pos + entry->printed.size();
  return 0;
}

}  // namespace

namespace {

// A credential no lexicon lists in a signature's list ("Kim Lee, PT, DPT, FAAOMPT", "Jo Ng,
// FNP-BC", "MBChB"): two capitals or more, no word in small letters, after a name or another
// credential and before a comma or the end. Its length, 0 when none.
std::size_t credential_length(std::string_view text, std::size_t pos) {
  static const std::regex credential(R"([A-Z][A-Za-z]{1,9}(?:-[A-Z]{1,5})?(?![A-Za-z0-9/-]))");
  const std::size_t length = match_at(credential, text, pos);
  if (!length || !after_name(text, pos)) return 0;
  const std::string_view word = text.substr(pos, length);
  int capitals = 0;
  int small_run = 0;
  for (const char c : word) {
    capitals += is_upper(c);
    small_run = c >= 'a' && c <= 'z' ? small_run + 1 : 0;
    if (small_run >= 3) return 0;
  }
  std::size_t after = pos + length;
  while (after < text.size() && text[after] == ' ') ++after;
  const bool ends = after == text.size() ||
                    std::string_view(",;)\n").find(text[after]) != std::string_view::npos ||
                    (text[after] == '.' && full_stop_ends_sentence(text, after + 1));
  return capitals >= 2 && ends ? length : 0;
}

// Whether an English "as needed" before `next` needs its "for": "PRN pain", "prn severe
// itching" name what it is needed for; "PRN for pain", "PRN, max 3", "PRN up to 4 times" do not.
bool needs_for(std::string_view next) {
  static constexpr std::array<std::string_view, 32> joining{
      "for",   "if",    "when", "and",     "or",  "only", "up",   "to", "with",  "at",    "before",
      "after", "until", "max",  "maximum", "not", "but",  "as",   "in", "every", "each",  "daily",
      "twice", "once",  "per",  "the",     "a",   "an",   "then", "by", "while", "unless"};
  return !next.empty() && next.front() >= 'a' && next.front() <= 'z' &&
         std::ranges::find(joining, next) == joining.end();
}

// Its letters, one by one: "F N P B C", "M B C H B".
std::string credential_letters(std::string_view printed) {
  std::string out;
  for (const char c : printed) {
    if (c == '-') continue;
    if (!out.empty()) out += ' ';
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::size_t match_clinical(std::string_view text, std::size_t pos, const ReadingContext& context) {
  if (const DoseNumberAt dose = dose_number_at(text, pos, context.dialect);
      dose.kind != DoseNumber::none)
    if (const std::size_t length = dose_length(text, pos, dose, context)) return length;
  if (!context.clinical) return 0;
  if (const CountedAt counted = counted_at(text, pos, context); counted.entry)
    return counted.length;
  const model::ClinicalEntry* entry =
      clinical_entry_at(text, pos, *context.clinical, context.dialect, true);
  // A longer credential wins over the one it starts with: "FNP-BC" over "FNP".
  const std::size_t credential = credential_length(text, pos);
  if (entry && entry->printed.size() >= credential) return entry->printed.size();
  return credential;
}

std::string read_clinical(std::string_view text, const Token& token,
                          const ReadingContext& context) {
  const std::string_view printed = text.substr(token.begin, token.end - token.begin);
  if (const DoseNumberAt dose = dose_number_at(text, token.begin, context.dialect);
      dose.kind != DoseNumber::none)
    return read_dose_number(text, token, dose, context);
  if (const CountedAt counted = counted_at(text, token.begin, context); counted.entry)
    return with_full_stop(counted.fraction ? fraction_counted(counted, context)
                                           : count_of(counted, context) + ' ' +
                                                 spoken_after(*counted.entry, counted.number),
                          printed, text, token.end);
  const model::ClinicalEntry* entry =
      context.clinical
          ? clinical_entry_at(text, token.begin, *context.clinical, context.dialect, true)
          : nullptr;
  if (!entry || entry->printed.size() < printed.size())
    return credential_length(text, token.begin) == printed.size() ? credential_letters(printed)
                                                                  : std::string(printed);
  std::string out = spoken_after(*entry, word_before_pos(text, token.begin));
  // "at qhs" -> "at every night at bedtime": the printed "at" already says it.
  const std::string_view before = word_before_pos(text, token.begin);
  if ((out.starts_with("at ") && before == "at") || (out.starts_with("al ") && before == "al"))
    out.erase(0, 3);
  if (out == "as needed" && token.end < text.size() && text[token.end] == ' ' &&
      needs_for(word_after_pos(text, token.end)))
    out += " for";
  return with_full_stop(std::move(out), printed, text, token.end);
}

}  // namespace rules

}  // namespace handout::reading
