#include "lang/unit_catalog.h"

#include <unicode/dcfmtsym.h>
#include <unicode/icudataver.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>
#include <unicode/uversion.h>

#include <map>
#include <set>
#include <stdexcept>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

using icu::number::NumberFormatter;

// Full names ("milligrams", "cucharadita") come after every symbol.
constexpr int full_name_level = 100;

struct Candidate {
  int level = 0;  // lower wins: how the symbol was found
  std::string identifier;
  std::string name;  // the unit's full name in the language, to tell units apart
  bool ambiguous = false;
};

using Candidates = std::map<std::string, Candidate, std::less<>>;

std::vector<const char*> locales_of(Language language) {
  switch (language) {  // no default: a new language must say its locales
    case Language::english:
      return {"en", "en-GB"};
    case Language::spanish:
      return {"es", "es-419", "es-US"};
  }
  throw std::logic_error("unknown language");
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

// "2 fl oz" -> "fl oz", "2°C" -> "°C": the unit part of a formatted 1 or 2.
std::string without_number(std::string text, int value) {
  const std::size_t digit = text.find(static_cast<char>('0' + value));
  if (digit == std::string::npos) return {};
  text.erase(digit, 1);
  text = without_spaces_around(std::move(text));
  // Inside a symbol ("fl oz") ICU may keep words together with a no-break space; texts write a
  // space.
  for (const std::string_view space : {"\xC2\xA0", "\xE2\x80\xAF"})
    for (std::size_t at = text.find(space); at != std::string::npos; at = text.find(space, at + 1))
      text.replace(at, space.size(), " ");
  return text;
}

void add(Candidates& candidates, const std::string& symbol, const Candidate& candidate) {
  if (symbol.empty()) return;
  auto [it, inserted] = candidates.try_emplace(symbol, candidate);
  Candidate& known = it->second;
  const bool simpler = candidate.level == known.level && candidate.name == known.name &&
                       candidate.identifier.size() < known.identifier.size();
  if (inserted || candidate.level < known.level || simpler) {
    known = candidate;  // "day" rather than "day-person", which has no noun class in ICU
  } else if (candidate.level == known.level && candidate.name != known.name) {
    known.ambiguous = true;  // "c": cup and century, "pt": pint and point
  }
}

void add_unit(Candidates& candidates, Locales& data, const icu::MeasureUnit& unit,
              Language language) {
  const Locales::Data& own = data.of(unit_names_locale(language));
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
        if (!full_names.contains(symbol)) add(candidates, symbol, {level, identifier, name});
      }
      ++level;
    }
  }
  for (const std::string& full_name : full_names) {
    add(candidates, full_name, {full_name_level, identifier, name});
  }
}

std::vector<icu::MeasureUnit> available_units() {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t count = icu::MeasureUnit::getAvailable(nullptr, 0, status);
  std::vector<icu::MeasureUnit> units(static_cast<std::size_t>(count));
  status = U_ZERO_ERROR;
  icu::MeasureUnit::getAvailable(units.data(), count, status);
  require(status, "listing units");
  return units;
}

}  // namespace

std::string without_spaces_around(std::string text) {
  for (const std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    while (text.starts_with(space)) text.erase(0, space.size());
    while (text.ends_with(space)) text.erase(text.size() - space.size());
  }
  return text;
}

const char* unit_names_locale(Language language) {
  return language_code(language);
}

std::vector<CatalogSymbol> build_unit_catalog(Language language) {
  Candidates candidates;
  Locales data;
  for (const icu::MeasureUnit& unit : available_units()) {
    const std::string_view type = unit.getType();
    if (type == "currency" || type == "none") continue;  // money has rules of its own
    // ICU 72 lists "generic" (the temperature "°") but cannot build it from its identifier;
    // "°" is then the angle's degree, with the same name.
    UErrorCode parsed = U_ZERO_ERROR;
    icu::MeasureUnit::forIdentifier(unit.getIdentifier(), parsed);
    if (U_FAILURE(parsed)) continue;
    add_unit(candidates, data, unit, language);
  }
  std::erase_if(candidates, [](const auto& entry) { return entry.second.ambiguous; });
  // ICU writes the Greek mu (U+03BC); keyboards and fonts give the micro sign (U+00B5).
  Candidates micro;
  for (const auto& [symbol, candidate] : candidates) {
    if (const std::size_t mu = symbol.find("\xCE\xBC"); mu != std::string::npos) {
      micro.emplace(std::string(symbol).replace(mu, 2, "\xC2\xB5"), candidate);
    }
  }
  candidates.insert(micro.begin(), micro.end());
  std::vector<CatalogSymbol> symbols;
  symbols.reserve(candidates.size());
  for (const auto& [symbol, candidate] : candidates) {
    symbols.push_back({symbol, candidate.identifier, candidate.level == full_name_level});
  }
  return symbols;
}

std::string icu_identity() {
  char version[U_MAX_VERSION_STRING_LENGTH];
  char data[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo info;
  u_getVersion(info);
  u_versionToString(info, version);
  UErrorCode status = U_ZERO_ERROR;
  u_getDataVersion(info, &status);
  require(status, "reading the data's version");
  u_versionToString(info, data);
  return std::string(version) + " data " + data;
}

}  // namespace handout::lang
