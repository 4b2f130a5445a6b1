// The lists of plain words: the shipped lists' format and a clinic's additions.
#include "plain/plain_words.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using handout::plain::PlainWords;

TEST_CASE("A list gives each word its plain words whatever the case") {
  PlainWords words;
  handout::model::Diagnostics problems;
  words.add_list("# a comment\n\nutilize → use\n  Bilateral → both sides  \n", "en.txt", problems);
  CHECK(problems.empty());
  REQUIRE(words.instead_of("UTILIZE"));
  CHECK(*words.instead_of("UTILIZE") == "use");
  REQUIRE(words.instead_of("bilateral"));
  CHECK(*words.instead_of("bilateral") == "both sides");
  CHECK(words.instead_of("use") == nullptr);
}

TEST_CASE("A malformed line is a warning at its line and is left out") {
  PlainWords words;
  handout::model::Diagnostics problems;
  words.add_list("utilize → use\nambulate walk\nin order to → to\nelevate →\n", "en.txt", problems);
  REQUIRE(problems.size() == 3);
  CHECK(handout::model::format(problems[0]) ==
        "en.txt:2:1: warning: write each entry as \"word → plain words\"");
  CHECK(problems[1].at.line == 3);
  CHECK(problems[2].at.line == 4);
  CHECK(words.size() == 1);
}

TEST_CASE("A clinic's word replaces the list's") {
  PlainWords words;
  handout::model::Diagnostics problems;
  words.add_list("utilize → use\n", "en.txt", problems);
  words.add("Utilize", "make use of");
  CHECK(*words.instead_of("utilize") == "make use of");
}

TEST_CASE("The shipped lists read without a problem and hold the issue's examples") {
  for (const char* language : {"en", "es"}) {
    std::ifstream file(std::string(HANDOUT_SOURCE_DIR) + "/plain-words/" + language + ".txt");
    REQUIRE(file);
    std::ostringstream text;
    text << file.rdbuf();
    PlainWords words;
    handout::model::Diagnostics problems;
    words.add_list(text.str(), language, problems);
    CHECK(problems.empty());
    CHECK(words.size() > 20);
    if (std::string(language) == "en")
      for (const char* word : {"utilize", "bilateral", "anterior"}) CHECK(words.instead_of(word));
  }
}
