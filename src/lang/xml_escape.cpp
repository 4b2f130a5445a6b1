#include "lang/xml_escape.h"

namespace handout::lang {

namespace {

std::string escape(std::string_view text, bool quotes) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += quotes ? "&quot;" : "\"";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_xml_text(std::string_view text) {
  return escape(text, false);
}

std::string escape_xml_attribute(std::string_view text) {
  return escape(text, true);
}

}  // namespace handout::lang
