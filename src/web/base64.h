#pragma once
// Base64 (RFC 4648, with padding), for fonts embedded in a page as data: URLs.
#include <string>
#include <string_view>

namespace handout::web {

std::string base64(std::string_view bytes);

}  // namespace handout::web
