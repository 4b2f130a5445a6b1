#include "lang/units.h"

#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

#include <algorithm>
#include <array>
#include <map>
#include <mutex>
#include <set>

#include "lang/icu_text.h"
#include "lang/unit_catalog.h"

namespace handout::lang {

namespace {

using icu::number::NumberFormatter;

struct Entry {
  std::string identifier;
  bool full_name = false;
};

struct Catalog {
  std::map<std::string, Entry, std::less<>> symbols;
  std::set<std::size_t, std::greater<>> lengths;
};

// The build's catalog when this process runs with the ICU that made it, else ICU's own.
Catalog load_catalog(Language language) {
  Catalog catalog;
  const CompiledCatalog compiled = compiled_unit_catalog(language);
  if (icu_identity() == compiled.icu_identity) {
    for (const CompiledSymbol& symbol : compiled.symbols)
      catalog.symbols.emplace(symbol.symbol, Entry{symbol.identifier, symbol.full_name});
  } else {
    for (CatalogSymbol& symbol : build_unit_catalog(language))
      catalog.symbols.emplace(std::move(symbol.symbol),
                              Entry{std::move(symbol.identifier), symbol.full_name});
  }
  for (const auto& entry : catalog.symbols) catalog.lengths.insert(entry.first.size());
  return catalog;
}

const Catalog& catalog_of(Language language) {
  static std::array<std::once_flag, 2> once;
  static std::array<Catalog, 2> catalogs;
  const auto index = static_cast<std::size_t>(language == Language::spanish);
  std::call_once(once[index], [&] { catalogs[index] = load_catalog(language); });
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
      found.push_back({length, it->second.identifier, it->second.full_name});
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
      NumberFormatter::withLocale(icu::Locale(unit_names_locale(language)))
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
  return {without_spaces_around(to_utf8(words)), noun_class_of(formatted)};
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
