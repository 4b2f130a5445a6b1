#pragma once
// How large a picture prints: as wide as the column it stands in, unless that would spread its
// pixels thinner than min_picture_dpi (then narrower, at that resolution), and never taller
// than the room it may take (a page, less its caption); and what it is prepared at.
#include <optional>
#include <string>

#include "model/diagnostic.h"
#include "print/flow.h"

namespace handout::print {

struct PrintedSize {
  double width = 0, height = 0;  // points
};

PrintedSize printed_size(int pixels_wide, int pixels_high, double column, double max_height);

// How many pixels print `points` at `dpi`, rounded up.
int pixels_for(double points, double dpi);

// The warning for a picture that cannot fill its column at min_picture_dpi: its size in
// pixels, the size it prints at and the pixels it would need.
std::optional<model::Diagnostic> resolution_warning(const FigureBox& box, const std::string& file);

}  // namespace handout::print
