// A name-based UUID: a well-formed version 8 UUID of RFC 9562, the same for the same name on
// every call, another for any other name.
#include "model/name_uuid.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

namespace handout::test {

TEST_CASE("a name's UUID is a version 8 URN of the RFC variant and the same on every call") {
  const std::regex form(
      "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  for (const std::string name : {"", "Test Clinic\nknee-ice", "talking book\nTest Clinic\nknee-ice",
                                 "Clínica\u00A0Sur\nrodilla"}) {
    CAPTURE(name);
    const std::string uuid = model::name_uuid(name);
    CHECK(std::regex_match(uuid, form));
    CHECK(model::name_uuid(name) == uuid);
  }
}

TEST_CASE("names a character apart have different UUIDs") {
  std::set<std::string> seen;
  std::string name = "Test Clinic\nknee-ice";
  for (std::size_t i = 0; i < name.size(); ++i) {
    std::string other = name;
    other[i] = static_cast<char>(other[i] ^ 1);
    seen.insert(model::name_uuid(other));
  }
  seen.insert(model::name_uuid(name));
  seen.insert(model::name_uuid(name + " "));
  CHECK(seen.size() == name.size() + 2);
}

}  // namespace handout::test
