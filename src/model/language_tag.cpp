#include "model/language_tag.h"

#include <cctype>

namespace handout::model {

std::string LanguageTag::primary() const {
  std::string out;
  for (const char c : std::string_view(tag).substr(0, tag.find('-')))
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace handout::model
