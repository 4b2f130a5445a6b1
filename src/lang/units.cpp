#include "lang/units.h"

#include <unicode/dcfmtsym.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <set>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

using icu::number::LocalizedNumberFormatter;
using icu::number::NumberFormatter;

// Full names ("milligrams", "cucharadita") come after every symbol.
constexpr int full_name_level = 100;

struct Candidate {
  int level = 0;  // lower wins: how the symbol was found
  std::string identifier;
  std::string name;  // the unit's full name in the language, to tell units apart
  bool ambiguous = false;
};

struct Catalog {
  std::map<std::string, Candidate, std::less<>> symbols;
  std::set<std::size_t, std::greater<>> lengths;
};

std::vector<const char*> locales_of(Language language) {
  if (language == Language::spanish) return {"es", "es-419", "es-US"};
  return {"en", "en-GB"};
}

const char* full_name_locale(Language language) {
  return language == Language::spanish ? "es" : "en";
}

// What every formatter of one locale shares, made once per catalog: the catalog makes a few
// thousand formatters, and each would load its locale's number symbols again.
class Locales {
 public:
  struct Data {
    icu::Locale locale;
    icu::DecimalFormatSymbols symbols;
  };
  const Data& of(const char* name) {
    auto it = data_.find(name);
    if (it == data_.end()) {
      UErrorCode status = U_ZERO_ERROR;
      const icu::Locale locale(name);
      it = data_.emplace(name, Data{locale, icu::DecimalFormatSymbols(locale, status)}).first;
      require(status, "loading number symbols");
    }
    return it->second;
  }

 private:
  std::map<std::string, Data, std::less<>> data_;
};

std::string formatted(const icu::MeasureUnit& unit, const Locales::Data& locale,
                      UNumberUnitWidth width, int value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString out = NumberFormatter::withLocale(locale.locale)
                                     .symbols(locale.symbols)
                                     .unit(unit)
                                     .unitWidth(width)
                                     .formatInt(value, status)
                                     .toString(status);
  return U_SUCCESS(status) ? to_utf8(out) : std::string();
}

// No spaces of any kind at either end.
std::string trimmed(std::string text) {
  for (const std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    while (text.starts_with(space)) text.erase(0, space.size());
    while (text.ends_with(space)) text.erase(text.size() - space.size());
  }
  return text;
}

// "2 fl oz" -> "fl oz", "2°C" -> "°C": the unit part of a formatted 1 or 2.
std::string without_number(std::string text, int value) {
  const std::size_t digit = text.find(static_cast<char>('0' + value));
  if (digit == std::string::npos) return {};
  text.erase(digit, 1);
  text = trimmed(std::move(text));
  // Inside a symbol ("fl oz") ICU may keep words together with a no-break space; texts write a
  // space.
  for (const std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF"})
    for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at + 1))
      text.replace(at, space.size(), " ");
  return text;
}

void add(Catalog& catalog, const std::string& symbol, const Candidate& candidate) {
  if (symbol.empty()) return;
  auto [it, inserted] = catalog.symbols.try_emplace(symbol, candidate);
  Candidate& known = it->second;
  const bool simpler = candidate.level == known.level && candidate.name == known.name &&
                       candidate.identifier.size() < known.identifier.size();
  if (inserted || candidate.level < known.level || simpler) {
    known = candidate;  // "day" rather than "day-person", which has no noun class in ICU
  } else if (candidate.level == known.level && candidate.name != known.name) {
    known.ambiguous = true;  // "c": cup and century, "pt": pint and point
  }
}

void add_unit(Catalog& catalog, Locales& data, const icu::MeasureUnit& unit, Language language) {
  const Locales::Data& own = data.of(full_name_locale(language));
  const std::string name = formatted(unit, own, UNUM_UNIT_WIDTH_FULL_NAME, 2);
  const std::string identifier = unit.getIdentifier();
  const std::set<std::string> full_names = {
      without_number(formatted(unit, own, UNUM_UNIT_WIDTH_FULL_NAME, 1), 1),
      without_number(name, 2)};
  std::vector<const char*> locales = locales_of(language);
  if (language != Language::english) {
    for (const char* locale : locales_of(Language::english)) locales.push_back(locale);
  }
  // The language's own short forms first, then its variants' ("fl oz" is the US fluid ounce
  // in en and the imperial one in en-GB), then English, then the narrow forms.
  int level = 0;
  for (const UNumberUnitWidth width : {UNUM_UNIT_WIDTH_SHORT, UNUM_UNIT_WIDTH_NARROW}) {
    for (const char* locale : locales) {
      for (const int value : {1, 2}) {
        const std::string symbol =
            without_number(formatted(unit, data.of(locale), width, value), value);
        // A short form that is the name itself ("días" in es-419) is a name.
        if (!full_names.contains(symbol)) add(catalog, symbol, {level, identifier, name});
      }
      ++level;
    }
  }
  for (const std::string& full_name : full_names) {
    add(catalog, full_name, {full_name_level, identifier, name});
  }
}

Catalog build_catalog(Language language) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t count = icu::MeasureUnit::getAvailable(nullptr, 0, status);
  std::vector<icu::MeasureUnit> units(static_cast<std::size_t>(count));
  status = U_ZERO_ERROR;
  icu::MeasureUnit::getAvailable(units.data(), count, status);
  require(status, "listing units");
  Catalog catalog;
  Locales data;
  for (const icu::MeasureUnit& unit : units) {
    const std::string_view type = unit.getType();
    if (type == "currency" || type == "none") continue;  // money has rules of its own
    // ICU 72 lists "generic" (the temperature "°") but cannot build it from its identifier;
    // "°" is then the angle's degree, with the same name.
    UErrorCode parsed = U_ZERO_ERROR;
    icu::MeasureUnit::forIdentifier(unit.getIdentifier(), parsed);
    if (U_FAILURE(parsed)) continue;
    add_unit(catalog, data, unit, language);
  }
  std::erase_if(catalog.symbols, [](const auto& entry) { return entry.second.ambiguous; });
  // ICU writes the Greek mu (U+03BC); keyboards and fonts give the micro sign (U+00B5).
  std::vector<std::pair<std::string, Candidate>> micro;
  for (const auto& [symbol, candidate] : catalog.symbols) {
    if (const std::size_t mu = symbol.find("\xCE\xBC"); mu != std::string::npos) {
      micro.emplace_back(std::string(symbol).replace(mu, 2, "\xC2\xB5"), candidate);
    }
  }
  catalog.symbols.insert(micro.begin(), micro.end());
  for (const auto& entry : catalog.symbols) catalog.lengths.insert(entry.first.size());
  return catalog;
}

const Catalog& catalog_of(Language language) {
  static std::array<std::once_flag, 2> once;
  static std::array<Catalog, 2> catalogs;
  const auto index = static_cast<std::size_t>(language == Language::spanish);
  std::call_once(once[index], [&] { catalogs[index] = build_catalog(language); });
  return catalogs[index];
}

// The span of the number's own fields in a formatted value.
std::pair<int32_t, int32_t> number_span(const icu::number::FormattedNumber& formatted) {
  UErrorCode status = U_ZERO_ERROR;
  icu::ConstrainedFieldPosition position;
  position.constrainCategory(UFIELD_CATEGORY_NUMBER);
  int32_t begin = -1;
  int32_t end = -1;
  while (formatted.nextPosition(position, status)) {
    if (position.getField() == UNUM_MEASURE_UNIT_FIELD) continue;
    if (begin < 0 || position.getStart() < begin) begin = position.getStart();
    end = std::max(end, position.getLimit());
  }
  return {begin, end};
}

NounClass noun_class_of(const icu::number::FormattedNumber& formatted) {
  UErrorCode status = U_ZERO_ERROR;
  const UDisplayOptionsNounClass noun_class = formatted.getNounClass(status);
  if (U_FAILURE(status)) return NounClass::unknown;
  if (noun_class == UDISPOPT_NOUN_CLASS_MASCULINE) return NounClass::masculine;
  if (noun_class == UDISPOPT_NOUN_CLASS_FEMININE) return NounClass::feminine;
  return NounClass::unknown;
}

}  // namespace

std::vector<UnitSymbol> unit_symbols_at(std::string_view text, Language language) {
  const Catalog& catalog = catalog_of(language);
  std::vector<UnitSymbol> found;
  for (const std::size_t length : catalog.lengths) {
    if (length > text.size()) continue;
    const auto it = catalog.symbols.find(text.substr(0, length));
    if (it != catalog.symbols.end()) {
      found.push_back({length, it->second.identifier, it->second.level == full_name_level});
    }
  }
  return found;
}

UnitWords unit_words(std::string_view identifier, std::string_view number, Language language) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::MeasureUnit unit = icu::MeasureUnit::forIdentifier(std::string(identifier), status);
  require(status, "naming a unit");
  const std::size_t point = number.find('.');
  const auto fraction =
      static_cast<int32_t>(point == std::string_view::npos ? 0 : number.size() - point - 1);
  const icu::number::FormattedNumber formatted =
      NumberFormatter::withLocale(icu::Locale(full_name_locale(language)))
          .unit(unit)
          .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME)
          .precision(icu::number::Precision::fixedFraction(fraction))
          .formatDecimal(icu::StringPiece(number.data(), static_cast<int32_t>(number.size())),
                         status);
  const icu::UnicodeString text = formatted.toString(status);
  require(status, "naming a unit");
  const auto [begin, end] = number_span(formatted);
  icu::UnicodeString words = text;
  if (begin >= 0) words.remove(begin, end - begin);
  return {trimmed(to_utf8(words)), noun_class_of(formatted)};
}

std::string per_unit(std::string_view numerator, std::string_view denominator) {
  if (numerator.find("-per-") != std::string_view::npos ||
      denominator.find("-per-") != std::string_view::npos) {
    return {};
  }
  const std::string identifier = std::string(numerator) + "-per-" + std::string(denominator);
  UErrorCode status = U_ZERO_ERROR;
  icu::MeasureUnit::forIdentifier(identifier, status);
  return U_SUCCESS(status) ? identifier : std::string();
}

}  // namespace handout::lang
