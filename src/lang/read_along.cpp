#include "lang/read_along.h"

namespace handout::lang {

std::optional<std::string> read_along_url(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  if (clinic && clinic->publish_base) return *clinic->publish_base + handout.id + ".html";
  return std::nullopt;
}

std::string_view short_address(std::string_view url) {
  for (const std::string_view scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) return url.substr(scheme.size());
  return url;
}

}  // namespace handout::lang
