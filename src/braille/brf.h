#pragma once
// North American Braille Ready Format: Braille ASCII, lines ending in CR LF, a form feed
// between pages.
#include <string>
#include <vector>

#include "braille/layout.h"

namespace handout::braille {

std::string brf(const std::vector<Page>& pages);

}  // namespace handout::braille
