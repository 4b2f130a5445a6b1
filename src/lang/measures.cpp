#include "lang/measures.h"

#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

#include <cmath>

#include "lang/icu_text.h"

namespace handout::lang {

namespace {

namespace icu_number = icu::number;

std::string formatted(const icu_number::LocalizedNumberFormatter& formatter, double value) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString out = formatter.formatDouble(value, status).toString(status);
  require(status, "formatting a measure");
  return to_utf8(out);
}

icu_number::LocalizedNumberFormatter short_unit(const icu::MeasureUnit& unit,
                                                const model::LanguageTag& tag) {
  return icu_number::NumberFormatter::withLocale(locale_of(tag))
      .unit(unit)
      .unitWidth(UNUM_UNIT_WIDTH_SHORT);
}

}  // namespace

std::string file_size(std::uint64_t bytes, const model::LanguageTag& tag) {
  const double value = static_cast<double>(bytes);
  if (bytes < 1000) return formatted(short_unit(icu::MeasureUnit::getByte(), tag), value);
  const bool mega = bytes >= 1000 * 1000;
  const icu::MeasureUnit unit =
      mega ? icu::MeasureUnit::getMegabyte() : icu::MeasureUnit::getKilobyte();
  return formatted(short_unit(unit, tag).precision(icu_number::Precision::maxSignificantDigits(2)),
                   value / (mega ? 1e6 : 1e3));
}

std::string duration(double seconds, const model::LanguageTag& tag) {
  const double whole = std::max(0.0, std::round(seconds));
  if (whole < 60) return formatted(short_unit(icu::MeasureUnit::getSecond(), tag), whole);
  UErrorCode status = U_ZERO_ERROR;
  const icu::MeasureUnit mixed = icu::MeasureUnit::forIdentifier("minute-and-second", status);
  require(status, "naming minutes and seconds");
  // A mixed unit is given in its largest unit: ICU splits the minutes into minutes and seconds.
  return formatted(short_unit(mixed, tag).precision(icu_number::Precision::integer()), whole / 60);
}

}  // namespace handout::lang
