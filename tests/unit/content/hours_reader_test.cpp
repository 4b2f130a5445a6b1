// Opening hours in clinic.xml: what an admin obviously means is accepted ("Mon-Fri", "9:00"),
// and a 12-hour time is answered with the exact 24-hour time to write.
#include <doctest/doctest.h>

#include <tuple>

#include "content/clinic_reader.h"

using namespace handout;

namespace {

std::optional<model::Clinic> parse_open(const std::string& open, model::Diagnostics& out) {
  return content::parse_clinic(
      "<clinic>\n  <name>C</name>\n  <phone>1</phone>\n  <location id=\"a\">\n"
      "    <address><line>1 Main St</line></address>\n    <hours>" +
          open + "</hours>\n  </location>\n</clinic>\n",
      "clinic.xml", out);
}

}  // namespace

TEST_CASE("days and times are read as an admin obviously means them") {
  for (const auto& [days, from, first, last, minutes] :
       std::vector<std::tuple<std::string, std::string, int, int, int>>{
           {"mon-fri", "07:30", 0, 4, 450},
           {"Mon-Fri", "7:30", 0, 4, 450},
           {"Monday-Friday", "09:00", 0, 4, 540},
           {"TUES\u2013thurs", "9:00", 1, 3, 540},
           {"sat", "08:00", 5, 5, 480}}) {
    const std::string &days_shown = days, &from_shown = from;  // clang 14 cannot capture bindings
    CAPTURE(days_shown);
    CAPTURE(from_shown);
    model::Diagnostics out;
    const auto clinic =
        parse_open("<open days=\"" + days + "\" from=\"" + from + "\" to=\"18:00\"/>", out);
    REQUIRE(out.empty());
    const model::HoursRule& rule = clinic->offices.at(0).hours.at(0);
    CHECK(rule.first_day == first);
    CHECK(rule.last_day == last);
    CHECK(rule.from == minutes);
  }
}

TEST_CASE("a 12-hour time is answered with the 24-hour time to write") {
  for (const auto& [written, meant] : std::vector<std::pair<std::string, std::string>>{
           {"5:30 pm", "17:30"}, {"9am", "09:00"}, {"12 p.m.", "12:00"}, {"12:15AM", "00:15"}}) {
    const std::string& written_shown = written;  // clang 14 cannot capture a binding
    CAPTURE(written_shown);
    model::Diagnostics out;
    parse_open("<open days=\"mon\" from=\"06:00\" to=\"" + written + "\"/>", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].message == "to '" + written + "' is not on a 24-hour clock; write " + meant);
  }
  model::Diagnostics out;
  parse_open("<open days=\"mon\" from=\"noon\" to=\"18:00\"/>", out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].message ==
        "from 'noon' is not a time; write it as HH:MM on a 24-hour clock, e.g. 07:30 or 18:00");
}
