#pragma once
// Identifiers that stay the same from one build to the next.
#include <string>
#include <string_view>

namespace handout::model {

// "urn:uuid:…": a version 8 UUID (RFC 9562) made from `name` by our own hash (two FNV-1a of
// it), so that the same name gives the same UUID on every build and another name another.
std::string name_uuid(std::string_view name);

}  // namespace handout::model
