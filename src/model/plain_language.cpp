#include "model/plain_language.h"

#include <array>
#include <utility>

namespace handout::model {

namespace {

constexpr std::array<std::pair<InfleszBand, const char*>, 5> inflesz_names{{
    {InfleszBand::very_hard, "muy difícil"},
    {InfleszBand::somewhat_hard, "algo difícil"},
    {InfleszBand::normal, "normal"},
    {InfleszBand::fairly_easy, "bastante fácil"},
    {InfleszBand::very_easy, "muy fácil"},
}};

}  // namespace

InfleszBand inflesz_band(double score) {
  if (score < 40) return InfleszBand::very_hard;
  if (score < 55) return InfleszBand::somewhat_hard;
  if (score < 65) return InfleszBand::normal;
  if (score < 80) return InfleszBand::fairly_easy;
  return InfleszBand::very_easy;
}

std::string inflesz_name(InfleszBand band) {
  for (const auto& [each, name] : inflesz_names)
    if (each == band) return name;
  return "";
}

std::optional<InfleszBand> inflesz_band_named(const std::string& name) {
  for (const auto& [band, each] : inflesz_names)
    if (name == each) return band;
  return std::nullopt;
}

}  // namespace handout::model
