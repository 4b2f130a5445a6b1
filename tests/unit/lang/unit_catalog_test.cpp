// The unit catalogs the build compiles into the program are the ones ICU gives at run time.
#include "lang/unit_catalog.h"

#include <doctest/doctest.h>
#include <unicode/uvernum.h>

#include <algorithm>

using namespace handout::lang;

namespace {

std::vector<CatalogSymbol> compiled(Language language) {
  std::vector<CatalogSymbol> out;
  for (const CompiledSymbol& symbol : compiled_unit_catalog(language).symbols)
    out.push_back({symbol.symbol, symbol.identifier, symbol.full_name});
  return out;
}

}  // namespace

TEST_CASE("the unit catalogs compiled in are the ones this ICU builds in every language") {
  for (const Language language : all_languages) {
    CAPTURE(unit_names_locale(language));
    CHECK(std::string(compiled_unit_catalog(language).icu_identity) == icu_identity());
    const std::vector<CatalogSymbol> built = build_unit_catalog(language);
    CHECK(built.size() > 500);
    CHECK(std::ranges::is_sorted(built, {}, &CatalogSymbol::symbol));
    CHECK(compiled(language) == built);
  }
}

TEST_CASE("a catalog holds symbols and full names in the language's own words") {
  const std::vector<CatalogSymbol> spanish = build_unit_catalog(Language::spanish);
  const auto has = [&](std::string_view symbol, std::string_view unit, bool full_name) {
    return std::ranges::count(
               spanish, CatalogSymbol{std::string(symbol), std::string(unit), full_name}) == 1;
  };
  CHECK(has("cdta", "teaspoon", false));
  CHECK(has("miligramos", "milligram", true));
  CHECK(has("mg", "milligram", false));
  CHECK(has("\xC2\xB5g", "microgram", false));  // the micro sign beside ICU's Greek mu
}

TEST_CASE("the ICU identity names the code's and the data's versions") {
  const std::string identity = icu_identity();
  CHECK(identity.starts_with(U_ICU_VERSION));
  CHECK(identity.find(" data ") != std::string::npos);
}
