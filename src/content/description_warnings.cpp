#include "content/description_warnings.h"

#include <array>
#include <string>
#include <string_view>

#include "lang/case.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

// How descriptions that name the medium start, in the languages handouts are written in,
// lower-cased.
constexpr std::array<std::string_view, 16> medium_openings = {
    "image of",       "picture of",      "photo of",      "photograph of",
    "drawing of",     "illustration of", "graphic of",    "diagram of",
    "imagen de",      "foto de",         "fotografía de", "dibujo de",
    "ilustración de", "diagrama de",     "an image of",   "a picture of"};

}  // namespace

model::Diagnostics description_warnings(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.kind != model::UnitKind::figure || !unit.text) continue;
    const std::string text = lang::lower_case(model::plain_text(*unit.text));
    for (std::string_view opening : medium_openings) {
      if (!text.starts_with(opening)) continue;
      out.push_back({handout.file, unit.text->front().at,
                     "the description starts with '" + std::string(opening) +
                         "'; the audio already says that a picture follows, so say only what it "
                         "shows, e.g. 'Lie on your back with both knees bent'",
                     model::Severity::warning});
      break;
    }
  }
  return out;
}

}  // namespace handout::content
