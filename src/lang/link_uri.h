#pragma once
// The address a phone number, e-mail or web address links to, for every writer with links.
#include <string>
#include <string_view>

#include "model/inline.h"

namespace handout::lang {

// https: (added when missing), mailto: or tel: (digits and a leading +).
std::string link_uri(model::RunKind kind, std::string_view text);

}  // namespace handout::lang
