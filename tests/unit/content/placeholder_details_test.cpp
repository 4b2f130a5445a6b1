// Placeholder details are warned about wherever they are written, each at its place, until they
// are replaced: example domains, numbers reserved for fiction and template place names.
#include "content/placeholder_details.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "content/clinic_reader.h"
#include "content/handout_reader.h"
#include "lang/phone_numbers.h"

using namespace handout;

namespace {

std::vector<std::string> formatted(const model::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics) out.push_back(model::format(d));
  return out;
}

model::Clinic clinic_from(const std::string& text) {
  model::Diagnostics problems;
  std::optional<model::Clinic> clinic = content::parse_clinic(text, "clinic.xml", problems);
  for (const model::Diagnostic& d : problems) MESSAGE(model::format(d));
  REQUIRE(problems.empty());
  REQUIRE(clinic);
  return *clinic;
}

}  // namespace

TEST_CASE("domains reserved for examples are named and other domains are not") {
  CHECK(content::reserved_domain("frontdesk@example.org") == "example.org");
  CHECK(content::reserved_domain("https://www.example.org/handouts/") == "example.org");
  CHECK(content::reserved_domain("videos.example.net/knee") == "example.net");
  CHECK(content::reserved_domain("HTTP://Example.COM") == "example.com");
  CHECK(content::reserved_domain("desk@clinic.example") == ".example");
  CHECK(content::reserved_domain("https://portal.clinic.test:8080/x") == ".test");
  CHECK(content::reserved_domain("nobody@nowhere.invalid") == ".invalid");
  CHECK(content::reserved_domain("http://app.localhost/") == ".localhost");
  CHECK(content::reserved_domain("https://www.myexample.org/").empty());
  CHECK(content::reserved_domain("https://example.org.uk/").empty());
  CHECK(content::reserved_domain("www.testing.com").empty());
  CHECK(content::reserved_domain("example").empty());  // a word, not an address
}

TEST_CASE("numbers reserved for fiction in North America and by Ofcom are found") {
  CHECK(lang::fictional_range("(207) 555-0100", "US") ==
        "North America reserves 555-0100 to 555-0199 for fiction");
  CHECK_FALSE(lang::fictional_range("+1 416 555 0199", "GB").empty());  // Canada dials it too
  CHECK_FALSE(lang::fictional_range("555-0142", "US").empty());         // without its area code
  CHECK(lang::fictional_range("(207) 555-0200", "US").empty());
  CHECK(lang::fictional_range("(207) 555-1212", "US").empty());
  CHECK(lang::fictional_range("020 7946 0958", "GB") ==
        "Ofcom reserves 020 7946 0000 to 020 7946 0999 for drama");
  CHECK(lang::fictional_range("+44 7700 900123", "US") ==
        "Ofcom reserves 07700 900000 to 07700 900999 for drama");
  CHECK(lang::fictional_range("0113 496 0777", "GB") ==
        "Ofcom reserves 0113 496 0000 to 0113 496 0999 for drama");
  CHECK(lang::fictional_range("020 7946 1958", "GB").empty());
  CHECK(lang::fictional_range("020 7123 4567", "GB").empty());
  CHECK(lang::fictional_range("912 34 56 78", "ES").empty());
}

TEST_CASE("every placeholder of clinic.xml is listed in one warning at the first") {
  const model::Clinic clinic = clinic_from(
      "<clinic xml:lang=\"en-US\">\n"
      "  <name>Anytown Physical Therapy</name>\n"
      "  <phone>(207) 555-0100</phone>\n"
      "  <fax>(207) 555-0101</fax>\n"
      "  <email>frontdesk@example.org</email>\n"
      "  <web>https://www.clinic.test/</web>\n"
      "  <location id=\"main\">\n"
      "    <address><line>100 Main Street</line><line>Anytown, ME 04000</line></address>\n"
      "    <phone>(207) 555-0242</phone>\n"
      "  </location>\n"
      "  <publish base=\"https://www.example.org/handouts/\"/>\n"
      "</clinic>\n");
  const std::vector<std::string> found = formatted(content::placeholder_clinic_details(clinic));
  // One warning that says what to do once and lists every place.
  const std::string number =
      " is a fictional number (North America reserves 555-0100 to "
      "555-0199 for fiction), which no one answers";
  const std::string reserved = " is reserved for examples and reaches no one";
  CHECK(found ==
        std::vector<std::string>{
            "clinic.xml:3:3: warning: 7 placeholder details, which reach no one; replace each "
            "with the real one before printing or recording any handout:"
            "\n  clinic.xml:3:3: (207) 555-0100" +
            number + "\n  clinic.xml:4:3: (207) 555-0101" + number +
            "\n  clinic.xml:5:3: frontdesk@example.org is a placeholder: example.org" + reserved +
            "\n  clinic.xml:6:3: https://www.clinic.test/ is a placeholder: .test" + reserved +
            "\n  clinic.xml:2:3: \"Anytown\" is a placeholder place name"
            "\n  clinic.xml:8:42: \"Anytown\" is a placeholder place name"
            "\n  clinic.xml:11:12: https://www.example.org/handouts/ is a placeholder: "
            "example.org" +
            reserved});
}

TEST_CASE("one placeholder is one warning that says what to do") {
  const model::Clinic clinic = clinic_from(
      "<clinic xml:lang=\"en-US\">\n  <name>C</name>\n  <phone>(207) "
      "555-0100</phone>\n</clinic>\n");
  CHECK(formatted(content::placeholder_clinic_details(clinic)) ==
        std::vector<std::string>{
            "clinic.xml:3:3: warning: (207) 555-0100 is a fictional number (North America "
            "reserves 555-0100 to 555-0199 for fiction), which no one answers; replace it with the "
            "clinic's real number before printing or recording any handout"});
}

TEST_CASE("a handout's own placeholders are warned and its references to clinic.xml are not") {
  const model::Clinic clinic = clinic_from(
      "<clinic xml:lang=\"en-US\"><name>C</name><phone>(207) 555-0100</phone></clinic>");
  model::Diagnostics problems;
  const std::optional<model::Handout> handout = content::parse_handout(
      "<handout id=\"calls\" lang=\"en-US\">\n"
      "  <title>Calls</title>\n"
      "  <section><heading>Call</heading>\n"
      "  <p>Call <clinic-phone/> or <phone>(207) 555-0123</phone>, watch\n"
      "  <web href=\"https://videos.example.net/knee\">the video</web>, write to\n"
      "  nurse@example.com or visit us in anytown; (207) 555-0150 at night.</p>\n"
      "  </section>\n"
      "</handout>\n",
      "calls.xml", {"calls", &clinic, {}}, problems);
  for (const model::Diagnostic& d : problems) MESSAGE(model::format(d));
  REQUIRE(handout);
  std::vector<std::string> places;
  for (const model::Diagnostic& d : content::placeholder_details(*handout, clinic))
    places.push_back(std::to_string(d.at.line) + ":" + std::to_string(d.at.column) + " " +
                     d.message.substr(0, d.message.find(" is a")));
  CHECK(places == std::vector<std::string>{
                      "4:30 (207) 555-0123", "5:3 https://videos.example.net/knee",
                      "6:36 \"anytown\"", "6:45 (207) 555-0150", "6:3 nurse@example.com"});
}
