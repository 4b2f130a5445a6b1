#include "print/to_unicode.h"

#include <cstdio>
#include <vector>

namespace handout::print {

namespace {

constexpr std::size_t max_entries_per_block = 100;  // the CMap format's limit

std::string hex4(char32_t value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%04X", static_cast<unsigned>(value & 0xFFFF));
  return buffer;
}

}  // namespace

std::string to_unicode_cmap(const std::set<char32_t>& code_points) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<char32_t> codes;
  for (const char32_t c : code_points)
    if (c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF)) codes.push_back(c);
  for (std::size_t start = 0; start < codes.size(); start += max_entries_per_block) {
    const std::size_t end = std::min(codes.size(), start + max_entries_per_block);
    out += std::to_string(end - start) + " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i)
      out += "<" + hex4(codes[i]) + "> <" + hex4(codes[i]) + ">\n";
    out += "endbfchar\n";
  }
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace handout::print
