#pragma once
// A ToUnicode CMap for a Type0 font whose 2-byte codes are Unicode code points (how libharu
// encodes UTF-8 text in a TrueType font): one bfchar entry per character shown.
#include <set>
#include <string>

namespace handout::print {

std::string to_unicode_cmap(const std::set<char32_t>& code_points);

}  // namespace handout::print
