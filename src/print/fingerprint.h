#pragma once
// A 16-byte identifier derived from everything printed, for the trailer's /ID: the same
// handout and options give the same bytes, any change to the text or layout changes them.
#include <string>

#include "print/layout.h"

namespace handout::print {

std::string fingerprint(const Layout& layout, const std::string& lang);

}  // namespace handout::print
