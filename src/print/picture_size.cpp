#include "print/picture_size.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace handout::print {

namespace {

constexpr double points_per_inch = 72;

// "2.7 inches (6.8 cm)": the admin may measure in either.
std::string length(double points) {
  char text[48];
  const double inches = points / points_per_inch;
  std::snprintf(text, sizeof text, "%.1f inches (%.1f cm)", inches, inches * 2.54);
  return text;
}

}  // namespace

PrintedSize printed_size(int pixels_wide, int pixels_high, double column, double max_height) {
  if (pixels_wide <= 0 || pixels_high <= 0) return {};
  const double at_least_dpi = pixels_wide / min_picture_dpi * points_per_inch;
  PrintedSize size{std::min(column, at_least_dpi), 0};
  size.height = size.width * pixels_high / pixels_wide;
  if (size.height > max_height && max_height > 0) {
    size.height = max_height;
    size.width = max_height * pixels_wide / pixels_high;
  }
  return size;
}

int pixels_for(double points, double dpi) {
  // A hair less than a whole pixel more is rounding, not a pixel more.
  return static_cast<int>(std::ceil(points / points_per_inch * dpi - 1e-6));
}

std::optional<model::Diagnostic> resolution_warning(const FigureBox& box, const std::string& file) {
  const model::Picture& picture = box.figure->picture;
  const int needed = pixels_for(box.column, min_picture_dpi);
  if (picture.width >= needed) return std::nullopt;
  const double wide = picture.width / min_picture_dpi * points_per_inch;
  return model::Diagnostic{
      file, box.figure->at,
      picture.src + " is " + std::to_string(picture.width) + " × " +
          std::to_string(picture.height) + " pixels, so it prints only " + length(wide) +
          " wide (at " + std::to_string(static_cast<int>(min_picture_dpi)) +
          " dpi, the least that prints sharply); to fill the text width of " + length(box.column) +
          " it needs at least " + std::to_string(needed) + " pixels across",
      model::Severity::warning};
}

}  // namespace handout::print
