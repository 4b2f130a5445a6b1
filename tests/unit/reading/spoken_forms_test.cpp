#include "reading/spoken_forms.h"

#include <doctest/doctest.h>

using namespace handout::reading;

TEST_CASE("phone groups follow the printed separators") {
  using Groups = std::vector<std::string>;
  CHECK(phone_groups("(207) 555-0100", Language::english) == Groups{"2 0 7", "5 5 5", "0 1 0 0"});
  CHECK(phone_groups("207.555.0142 ext 12", Language::english) ==
        Groups{"2 0 7", "5 5 5", "0 1 4 2", "extension", "1 2"});
  CHECK(phone_groups("+34 912 345 678", Language::spanish) ==
        Groups{"más", "3 4", "9 1 2", "3 4 5", "6 7 8"});
  CHECK(spoken_phone("555-0100", Language::english) == "5 5 5, 0 1 0 0");
}

TEST_CASE("web addresses lose the scheme and the last slash") {
  CHECK(spoken_web_address("https://www.example.org/", Language::english) ==
        "www dot example dot org");
  CHECK(spoken_web_address("HTTP://my-clinic.example/a_b", Language::english) ==
        "my dash clinic dot example slash a underscore b");
  CHECK(spoken_web_address("https://example.org/ejercicios", Language::spanish) ==
        "example punto org barra ejercicios");
}

TEST_CASE("e-mail addresses say at and dot") {
  CHECK(spoken_email_address("front.desk@example.org", Language::english) ==
        "front dot desk at example dot org");
  CHECK(spoken_email_address("mailto:info@example.org", Language::spanish) ==
        "info arroba example punto org");
}
