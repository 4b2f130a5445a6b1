#include "lang/read_along.h"

namespace handout::lang {

std::optional<std::string> read_along_url(const model::Handout& handout) {
  return model::published_page(handout);
}

std::string_view short_address(std::string_view url) {
  for (const std::string_view scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) return url.substr(scheme.size());
  return url;
}

}  // namespace handout::lang
