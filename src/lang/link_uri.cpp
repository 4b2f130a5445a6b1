#include "lang/link_uri.h"

#include <cctype>

namespace handout::lang {

std::string link_uri(model::RunKind kind, std::string_view text) {
  if (kind == model::RunKind::email) return "mailto:" + std::string(text);
  if (kind == model::RunKind::phone) {
    std::string uri = "tel:";
    for (const char c : text)
      if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && uri.size() == 4)) uri += c;
    return uri;
  }
  const bool has_scheme = text.starts_with("https://") || text.starts_with("http://");
  return has_scheme ? std::string(text) : "https://" + std::string(text);
}

}  // namespace handout::lang
