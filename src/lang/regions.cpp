#include "lang/regions.h"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>

#include <memory>
#include <set>

namespace handout::lang {

namespace {

const icu::Region* icu_region(std::string_view code) {
  if (code.empty()) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* region = icu::Region::getInstance(std::string(code).c_str(), status);
  return U_SUCCESS(status) ? region : nullptr;
}

}  // namespace

std::string region_in_tag(std::string_view bcp47) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(std::string(bcp47), status);
  return U_SUCCESS(status) ? locale.getCountry() : "";
}

namespace {

// The region itself when it is of `type`, else the one of that type containing it.
const icu::Region* level_of(const icu::Region& region, URegionType type) {
  return region.getType() == type ? &region : region.getContainingRegion(type);
}

// The continents a region lies in: one for a country or a subcontinent, and for a grouping
// such as Latin America ("419"), which ICU places in no continent, those of its countries.
std::set<std::string> continents_of(const icu::Region& region) {
  if (const icu::Region* continent = level_of(region, URGN_CONTINENT))
    return {continent->getRegionCode()};
  std::set<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<icu::StringEnumeration> members(
      region.getContainedRegions(URGN_TERRITORY, status));
  if (U_FAILURE(status) || !members) return out;
  while (const char* code = members->next(nullptr, status)) {
    if (U_FAILURE(status)) break;
    if (const icu::Region* member = icu_region(code))
      if (const icu::Region* continent = member->getContainingRegion(URGN_CONTINENT))
        out.insert(continent->getRegionCode());
  }
  return out;
}

}  // namespace

std::string region_of(std::string_view bcp47, std::string_view clinic_bcp47) {
  if (std::string own = region_in_tag(bcp47); !own.empty()) return own;
  if (std::string clinic = region_in_tag(clinic_bcp47); !clinic.empty()) return clinic;
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale likely(icu::Locale::forLanguageTag(std::string(bcp47), status).getLanguage());
  likely.addLikelySubtags(status);
  return U_SUCCESS(status) ? likely.getCountry() : "";
}

int region_closeness(std::string_view voice_region, std::string_view region) {
  const icu::Region* voice = icu_region(voice_region);
  const icu::Region* wanted = icu_region(region);
  if (!voice || !wanted) return 0;
  if (*voice == *wanted) return 4;
  if (voice->contains(*wanted)) return 3;
  const icu::Region* voice_sub = level_of(*voice, URGN_SUBCONTINENT);
  const icu::Region* wanted_sub = level_of(*wanted, URGN_SUBCONTINENT);
  if (voice_sub && wanted_sub && *voice_sub == *wanted_sub) return 2;
  const std::set<std::string> voice_continents = continents_of(*voice);
  for (const std::string& continent : continents_of(*wanted))
    if (voice_continents.contains(continent)) return 1;
  return 0;
}

}  // namespace handout::lang
