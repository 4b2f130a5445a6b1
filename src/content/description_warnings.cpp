#include "content/description_warnings.h"

#include <array>
#include <string>
#include <string_view>

#include "lang/case.h"
#include "model/reading_order.h"

namespace handout::content {

namespace {

// How descriptions that name the medium start, in the languages handouts are written in,
// lower-cased; an article may come first ("a drawing of", "una foto de").
constexpr std::array<std::string_view, 14> medium_openings = {
    "image of",        "picture of", "photo of",       "photograph of", "drawing of",
    "illustration of", "graphic of", "diagram of",     "imagen de",     "foto de",
    "fotografía de",   "dibujo de",  "ilustración de", "diagrama de"};
constexpr std::array<std::string_view, 7> articles = {"a ",   "an ", "the ", "un ",
                                                      "una ", "el ", "la "};

// The opening of `text` (lower-cased) that names the medium, or empty.
std::string_view medium_opening(std::string_view text) {
  for (std::string_view article : articles)
    if (text.starts_with(article)) {
      const std::string_view rest = text.substr(article.size());
      for (std::string_view opening : medium_openings)
        if (rest.starts_with(opening)) return text.substr(0, article.size() + opening.size());
    }
  for (std::string_view opening : medium_openings)
    if (text.starts_with(opening)) return opening;
  return {};
}

}  // namespace

model::Diagnostics description_warnings(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.kind != model::UnitKind::figure || !unit.text) continue;
    const std::string text = lang::lower_case(model::plain_text(*unit.text));
    const std::string_view opening = medium_opening(text);
    if (opening.empty()) continue;
    out.push_back({handout.file, unit.text->front().at,
                   "the description starts with '" + std::string(opening) +
                       "'; the audio already says that a picture follows, so say only what it "
                       "shows, e.g. 'Lie on your back with both knees bent'",
                   model::Severity::warning});
  }
  return out;
}

}  // namespace handout::content
