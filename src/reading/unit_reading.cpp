#include "reading/unit_reading.h"

#include <algorithm>
#include <optional>

#include "lang/units.h"
#include "reading/utf8_words.h"

namespace handout::reading {

namespace {

struct Single {
  std::size_t length = 0;
  UnitPart part;
  bool full_name = false;
};

// Whether a symbol ending at `end` ends there: not inside a word ("2 mgs"), and a full stop
// not followed by a letter ("2 in.x").
bool ends_cleanly(std::string_view text, std::size_t end) {
  if (word_before(text, end) && word_at(text, end)) return false;
  return !(text[end - 1] == '.' && word_at(text, end));
}

bool is_icu_symbol(std::string_view symbol, Language language) {
  for (const lang::UnitSymbol& found : lang::unit_symbols_at(symbol, language)) {
    if (found.length == symbol.size()) return !is_unit_lookalike(symbol);
  }
  return false;
}

// ICU's "m." (Spanish months) ends a sentence after "m" (meters): a symbol with a full stop is
// not read when the same without it is a symbol too.
bool stop_ends_sentence(std::string_view symbol, Language language) {
  return symbol.size() > 1 && symbol.back() == '.' &&
         is_icu_symbol(symbol.substr(0, symbol.size() - 1), language);
}

std::optional<Single> single_at(std::string_view text, std::size_t start, Language language) {
  std::optional<Single> best;
  const std::string_view rest = text.substr(start);
  for (const UnitAlias& alias : unit_aliases()) {
    if (!rest.starts_with(alias.printed) || !ends_cleanly(text, start + alias.printed.size()))
      continue;
    if (!best || alias.printed.size() > best->length) {
      best = Single{alias.printed.size(),
                    {std::string(alias.unit), alias.unit.empty() ? &alias : nullptr}};
    }
  }
  for (const lang::UnitSymbol& found : lang::unit_symbols_at(rest, language)) {
    const std::string_view symbol = rest.substr(0, found.length);
    if (!ends_cleanly(text, start + found.length) || is_unit_lookalike(symbol) ||
        stop_ends_sentence(symbol, language))
      continue;
    if (!best || found.length > best->length) {
      best = Single{found.length, {found.identifier}, found.full_name};
    }
    break;
  }
  return best;
}

// Where a denominator starts after a unit ending at `end`: "/kg", " per kg", " por kg".
std::size_t denominator_start(std::string_view text, std::size_t end, Language language) {
  const std::string_view rest = text.substr(end);
  if (rest.starts_with('/')) return end + 1;
  const std::string_view per = language == Language::spanish ? " por " : " per ";
  if (rest.starts_with(per)) return end + per.size();
  return std::string_view::npos;
}

// "2,5" -> "2.5", "1,000" -> "1000": the number as ICU's decimal parser takes it.
std::string decimal(std::string_view printed) {
  std::string out(printed);
  const bool grouped =
      out.size() > 4 && out[out.size() - 4] == ',' && out.find('.') == std::string::npos;
  if (grouped || out.find('.') != std::string::npos) {
    std::erase(out, ',');
  } else {
    std::ranges::replace(out, ',', '.');
  }
  return out.empty() ? "2" : out;
}

Gender gender_of(lang::NounClass noun_class, std::string_view words) {
  if (noun_class == lang::NounClass::feminine) return Gender::feminine;
  if (noun_class == lang::NounClass::masculine) return Gender::masculine;
  // ICU gives none for some ("milímetros de mercurio"): the first word's ending says it.
  const std::string_view first = words.substr(0, words.find(' '));
  return first.ends_with('a') || first.ends_with("as") ? Gender::feminine : Gender::masculine;
}

std::string part_words(const UnitPart& part, bool one, Language language) {
  if (!part.unit.empty()) return lang::unit_words(part.unit, one ? "1" : "2", language).after;
  if (language == Language::spanish)
    return std::string(one ? part.own->spanish_one : part.own->spanish_many);
  return std::string(one ? part.own->english_one : part.own->english_many);
}

std::string own_words(const UnitAt& unit, bool one, Language language) {
  std::string words = part_words(unit.numerator, one, language);
  if (unit.denominator.empty()) return words;
  return words + (language == Language::spanish ? " por " : " per ") +
         part_words(unit.denominator, true, language);
}

}  // namespace

UnitAt unit_at(std::string_view text, std::size_t pos, Language language) {
  std::size_t start = pos;
  if (text.substr(start).starts_with(' ')) {
    start += 1;
  } else if (text.substr(start).starts_with("\xC2\xA0")) {
    start += 2;
  }
  const std::optional<Single> first = single_at(text, start, language);
  if (!first) return {};
  const std::size_t end = start + first->length;
  UnitAt out{end - pos, first->part.unit, first->part, {}, first->full_name};
  const std::size_t d = denominator_start(text, end, language);
  if (d == std::string_view::npos) return out;
  const std::optional<Single> second = single_at(text, d, language);
  if (!second || find_period(text.substr(d, second->length))) return out;
  if (!first->part.unit.empty() && !second->part.unit.empty()) {
    out.unit = lang::per_unit(first->part.unit, second->part.unit);
    if (out.unit.empty()) return {end - pos, first->part.unit, first->part, {}, first->full_name};
  } else {
    out.unit.clear();
  }
  out.denominator = second->part;
  out.full_name = false;
  out.length = d + second->length - pos;
  return out;
}

UnitAt unit_to_read_at(std::string_view text, std::size_t pos, Language language) {
  UnitAt unit = unit_at(text, pos, language);
  if (!unit.full_name) return unit;
  if (language == Language::spanish && spoken_unit(unit, "2", language).gender == Gender::feminine)
    return unit;
  return {};
}

SpokenUnit spoken_unit(const UnitAt& unit, std::string_view number, Language language) {
  SpokenUnit out;
  if (!unit.unit.empty()) {
    const lang::UnitWords exact = lang::unit_words(unit.unit, decimal(number), language);
    out.for_number = exact.after;
    out.one = lang::unit_words(unit.unit, "1", language).after;
    out.many = lang::unit_words(unit.unit, "2", language).after;
    out.gender = gender_of(exact.noun_class, out.many);
    return out;
  }
  out.one = own_words(unit, true, language);
  out.many = own_words(unit, false, language);
  out.for_number = number == "1" ? out.one : out.many;
  if (unit.numerator.own) {
    out.gender = unit.numerator.own->spanish_gender;
  } else {
    out.gender =
        gender_of(lang::unit_words(unit.numerator.unit, "2", language).noun_class, out.many);
  }
  return out;
}

}  // namespace handout::reading
