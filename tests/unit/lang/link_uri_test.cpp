#include "lang/link_uri.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace handout::test {

namespace {

using model::RunKind;

// An English handout of a clinic in the United States, and a Spanish one ("es") of the same
// clinic: it dials Spanish numbers, then the clinic's.
const std::vector<std::string> english = lang::link_countries("en-US", "en-US");
const std::vector<std::string> spanish = lang::link_countries("es", "en-US");

std::string uri(RunKind kind, std::string_view text, const std::vector<std::string>& countries) {
  return lang::link_for(kind, text, countries).uri;
}

std::string error(RunKind kind, std::string_view text,
                  const std::vector<std::string>& countries = english) {
  return lang::link_for(kind, text, countries).error;
}

}  // namespace

TEST_CASE("a Spanish handout of a US clinic dials Spain's numbers - then the clinic's") {
  CHECK(english == std::vector<std::string>{"US"});
  CHECK(spanish == std::vector<std::string>{"ES", "US"});
  CHECK(lang::link_countries("es-MX", "en-US") == std::vector<std::string>{"MX", "US"});
}

TEST_CASE("a phone link is the number in E.164 - as libphonenumber reads it") {
  CHECK(uri(RunKind::phone, "(207) 555-0100", english) == "tel:+12075550100");
  CHECK(uri(RunKind::phone, "+1 207 555 0100", english) == "tel:+12075550100");
  CHECK(uri(RunKind::phone, "(207) 555-0100", spanish) == "tel:+12075550100");
  CHECK(uri(RunKind::phone, "912 34 56 78", spanish) == "tel:+34912345678");
  CHECK(uri(RunKind::phone, "+34 912 34 56 78", english) == "tel:+34912345678");
}

TEST_CASE("an extension is the tel link's ext parameter - not more digits") {
  CHECK(uri(RunKind::phone, "(207) 555-0100 ext. 12", english) == "tel:+12075550100;ext=12");
  CHECK(uri(RunKind::phone, "912 34 56 78 ext. 3", spanish) == "tel:+34912345678;ext=3");
}

TEST_CASE("the letters of a vanity number are dialled as their keys") {
  CHECK(uri(RunKind::phone, "1-800-FLOWERS", english) == "tel:+18003569377");
  CHECK(uri(RunKind::phone, "1-800-FLOWERS", spanish) == "tel:+18003569377");
}

TEST_CASE("an emergency number is dialled as it is written in the handout's countries") {
  CHECK(uri(RunKind::phone, "911", english) == "tel:911");
  CHECK(uri(RunKind::phone, "112", spanish) == "tel:112");
}

TEST_CASE("a number no country of the handout dials is refused - with the fix") {
  CHECK(uri(RunKind::phone, "555-01", english).empty());
  CHECK(error(RunKind::phone, "555-01") ==
        "'555-01' is not a phone number that can be dialled in the United States: write the "
        "whole number as it is dialled there, with its area code (e.g. (207) 555-0100, 912 34 56 "
        "78), or with + and its country code (+34 912 34 56 78)");
  CHECK(error(RunKind::phone, "912 34", spanish).find("in Spain or the United States") !=
        std::string::npos);
}

TEST_CASE("an e-mail link is the address alone") {
  CHECK(uri(RunKind::email, "a@example.org", english) == "mailto:a@example.org");
  CHECK(uri(RunKind::email, "citas@clínica.example", spanish) ==
        "mailto:citas@xn--clnica-4va.example");
  CHECK(error(RunKind::email, "a@example.org?bcc=b@example.org") ==
        "the e-mail address 'a@example.org?bcc=b@example.org' has '?': an <email> holds the "
        "address alone, as name@example.org, with no '?', '&', '#' or spaces");
  CHECK_FALSE(error(RunKind::email, "a@example.org#x").empty());
  CHECK_FALSE(error(RunKind::email, "a b@example.org").empty());
  CHECK_FALSE(error(RunKind::email, "a@b@example.org").empty());
  CHECK(error(RunKind::email, "a@localhost") ==
        "the e-mail address 'a@localhost' has no valid domain after its '@': an <email> holds "
        "the address alone, as name@example.org");
}

TEST_CASE("a web link is http or https - its host in IDNA and its path percent-encoded") {
  CHECK(uri(RunKind::web, "www.example.org", english) == "https://www.example.org");
  CHECK(uri(RunKind::web, "example.org/path", english) == "https://example.org/path");
  CHECK(uri(RunKind::web, "http://x.org/a", english) == "http://x.org/a");
  CHECK(uri(RunKind::web, "HTTPS://Example.org:8443/a?b=1#c", english) ==
        "https://example.org:8443/a?b=1#c");
  CHECK(uri(RunKind::web, "example.org:8080/x", english) == "https://example.org:8080/x");
  CHECK(uri(RunKind::web, "https://clínica.example/cómo", spanish) ==
        "https://xn--clnica-4va.example/c%C3%B3mo");
  CHECK(uri(RunKind::web, "www.example.org/a%20b", spanish) == "https://www.example.org/a%20b");
}

TEST_CASE("a web link of another scheme - with spaces or without a host is refused") {
  CHECK(error(RunKind::web, "javascript:alert(1)") ==
        "a <web> address opens a web page: 'javascript:' links are not allowed; write an "
        "address that starts with https:// or with its host (www.example.org)");
  CHECK_FALSE(error(RunKind::web, "data:text/html,hi").empty());
  CHECK_FALSE(error(RunKind::web, "file:///etc/passwd").empty());
  CHECK_FALSE(error(RunKind::web, "ftp://example.org/").empty());
  CHECK(error(RunKind::web, "pendulum video") ==
        "'pendulum video' is not a web address: an address has no spaces; write the address "
        "(www.example.org/video) in <web>, or the words without <web>");
  CHECK_FALSE(error(RunKind::web, "https://good.example@evil.example/").empty());
  CHECK_FALSE(error(RunKind::web, "https:example.org").empty());
  CHECK(error(RunKind::web, "video") ==
        "'video' is not a web address: 'video' is not a host name (like www.example.org)");
}

}  // namespace handout::test
