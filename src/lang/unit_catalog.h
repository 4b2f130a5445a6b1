#pragma once
// Which printed symbols name which ICU unit in a language (for lang/units.h), found by
// formatting every unit ICU knows in every width and locale the language's texts use: a few
// thousand ICU formatters, tens of milliseconds. The build runs this once
// (unit_catalog_generator) and compiles the result into the program, which builds it again
// only when it runs with another ICU than the one it was built with.
#include <span>
#include <string>
#include <vector>

#include "lang/language.h"

namespace handout::lang {

struct CatalogSymbol {
  std::string symbol;      // as texts print it: "mg", "fl oz", "cucharadita"
  std::string identifier;  // ICU's: "milligram"
  bool full_name = false;  // the unit's name in words, not a symbol
  friend bool operator==(const CatalogSymbol&, const CatalogSymbol&) = default;
};

// Every symbol of `language`'s units, sorted by symbol. A symbol ICU gives to units with
// different names ("c": cup and century) is left out; one with the Greek mu ("μg") comes
// with the micro sign ("µg") too.
std::vector<CatalogSymbol> build_unit_catalog(Language language);

// The locale whose full unit names `language` speaks ("es" for Spanish).
const char* unit_names_locale(Language language);

// `text` without spaces of any kind (ICU's no-break ones too) at either end.
std::string without_spaces_around(std::string text);

// The ICU this process runs with, its code's and its data's versions ("72.1 data 42.0.0.0"):
// a catalog built with another may differ.
std::string icu_identity();

// The catalog of `language` as the build made it (unit_catalog_data.cpp, generated), with
// the identity of the ICU that made it.
struct CompiledSymbol {
  const char* symbol;
  const char* identifier;
  bool full_name;
};
struct CompiledCatalog {
  const char* icu_identity;
  std::span<const CompiledSymbol> symbols;
};
CompiledCatalog compiled_unit_catalog(Language language);

}  // namespace handout::lang
