#pragma once
// The style sheet every content document links: large text that reflows, Atkinson
// Hyperlegible, and the highlight of the sentence being spoken.
#include <string>
#include <vector>

namespace handout::epub {

// The embedded fonts, in the package's fonts/ folder: the committed files of these names.
const std::vector<std::string>& font_files();

std::string stylesheet();

}  // namespace handout::epub
