// Which languages the synthesizer speaks: the audio writer's check.
#include "speech/voices.h"

#include <doctest/doctest.h>

namespace handout::test {

TEST_CASE("a language matches a voice more or less specific than itself") {
  const std::vector<std::string> voices = {"en", "en-gb", "en-us", "es", "fr-fr"};
  CHECK(speech::has_voice("en-US", voices));
  CHECK(speech::has_voice("EN-gb", voices));
  CHECK(speech::has_voice("en-AU", voices));  // falls back to "en"
  CHECK(speech::has_voice("fr", voices));     // served by "fr-fr"
  CHECK(speech::has_voice("es", voices));
  CHECK_FALSE(speech::has_voice("e", voices));
  CHECK_FALSE(speech::has_voice("de", voices));
  CHECK_FALSE(speech::has_voice("", voices));
  CHECK_FALSE(speech::has_voice("English", voices));
}

TEST_CASE("the installed eSpeak NG speaks English and Spanish") {
  const std::vector<std::string> installed = speech::voice_languages();
  CHECK(speech::has_voice("en-US", installed));
  CHECK(speech::has_voice("es", installed));
  CHECK_FALSE(speech::has_voice("xx-YY", installed));
}

}  // namespace handout::test
