// <publish base="…"/> in clinic.xml: read with the place of its attribute; the base must be an
// absolute http(s) folder address.
#include <doctest/doctest.h>

#include "content/clinic_reader.h"

using namespace handout;

namespace {

std::optional<model::Clinic> parse(const std::string& publish, model::Diagnostics& out) {
  return content::parse_clinic(
      "<clinic>\n  <name>C</name>\n  <phone>1</phone>\n" + publish + "</clinic>\n", "clinic.xml",
      out);
}

}  // namespace

TEST_CASE("a publish base is read with the place of its attribute") {
  model::Diagnostics out;
  const auto clinic = parse("  <publish base=\"https://www.example.org/a/b/\"/>\n", out);
  REQUIRE(out.empty());
  REQUIRE(clinic);
  CHECK(clinic->publish_base == "https://www.example.org/a/b/");
  CHECK(clinic->publish_at == model::Location{4, 12});
}

TEST_CASE("without publish the clinic has no base") {
  model::Diagnostics out;
  const auto clinic = parse("", out);
  REQUIRE(clinic);
  CHECK_FALSE(clinic->publish_base);
}

TEST_CASE("a base that is not an absolute http(s) folder address is an error at the attribute") {
  for (const std::string base :
       {"https://www.example.org/h", "https://www.example.org/h/?a=1", "https://x.org/#a",
        "www.example.org/h/", "ftp://example.org/h/", "https:///h/", "https://ex ample.org/h/",
        "https://example.org/é/"}) {
    CAPTURE(base);
    model::Diagnostics out;
    const auto clinic = parse("  <publish base=\"" + base + "\"/>\n", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].at == model::Location{4, 12});
    CHECK(model::format(out[0]).find("publish base '" + base + "'") != std::string::npos);
  }
}

TEST_CASE("publish needs its base and holds nothing") {
  model::Diagnostics out;
  parse("  <publish/>\n", out);
  REQUIRE(out.size() == 1);
  CHECK(model::format(out[0]).find("'base'") != std::string::npos);
}
