// Each normalisation rule checked against what eSpeak NG 1.51 actually says: `espeak-ng -x -q`
// prints the phonemes it would speak. The printed text makes it say something wrong (a
// "slash", a "dash", "zero zero", the letters of "https"); the normalised text must not, and
// where the fix adds words (a range's "to"), they must be heard.
#include <doctest/doctest.h>

#include "speech/normaliser.h"
#include "tools.h"

using namespace handout;
using speech::Language;

namespace {

struct Case {
  Language language;
  std::string printed;
  std::string wrong;  // phonemes eSpeak NG says for the printed text and must not say after
  std::string right;  // phonemes it must say after normalisation ("" when none is needed)
};

std::string phonemes(const std::string& text, Language language) {
  const std::string voice = language == Language::spanish ? "es" : "en-us";
  const test::Output out = test::run("espeak-ng -q -x -v " + voice + " -- " + test::quoted(text));
  REQUIRE(out.status == 0);
  return out.text;
}

const std::vector<Case> cases{
    {Language::english, "Neck/back pain", "sl'aS", "O@"},
    {Language::english, "Tennis/Golfer’s elbow", "sl'aS", "O@"},
    {Language::english, "muscle reeducation and/or muscle training", "sl'aS", ""},
    {Language::english, "it may take 2-4 visits", "d'aS", "t@"},
    {Language::english, "1–2 days", "w'Vn t'u:", "w'Vn t@ t'u:"},
    {Language::english, "Mon–Fri", "m'0n", "m'VndeI"},
    {Language::english, "(207) 555-0100", "h'VndrI2d", "t'u: z'i@roU s'Ev@n"},
    {Language::english, "5:00 PM", "z'i@roU z'i@roU", ""},
    {Language::english, "8:00 AM to 12:00 PM", "z'i@roU z'i@roU", "n'u:n"},
    {Language::english, "7:05 AM", "z'i@roU", "'oU"},
    {Language::english, "https://www.example.org/exercises", "k'oUl@n", ""},
    {Language::spanish, "dolor de cuello/espalda", "B'aRR2a", ""},
    {Language::spanish, "calor y/o frío", "B'aRR2a", ""},
    {Language::spanish, "de 2-3 días", "D'os t**'es", "D'os a t**'es"},
    {Language::spanish, "lun–vie", "l'un bj'e", "l'unes"},
    {Language::spanish, "de 8:00 a 9:00", "T'e**o T'e**o", ""},
    {Language::spanish, "7:30 AM", "'am", "man^'ana"},
    {Language::spanish, "(207) 555-0100", "dosTj'entos", ""},
    {Language::spanish, "https://www.example.org/ejercicios", "B,aRR2aB'aRR2a", ""},
};

}  // namespace

TEST_CASE("eSpeak NG misreads the printed forms and reads the normalised ones right") {
  for (const Case& c : cases) {
    CAPTURE(c.printed);
    const std::string normalised = speech::normalise(c.printed, c.language);
    CAPTURE(normalised);
    const std::string before = phonemes(c.printed, c.language);
    const std::string after = phonemes(normalised, c.language);
    CAPTURE(before);
    CAPTURE(after);
    CHECK(before.find(c.wrong) != std::string::npos);
    CHECK(after.find(c.wrong) == std::string::npos);
    if (!c.right.empty()) CHECK(after.find(c.right) != std::string::npos);
  }
}

TEST_CASE("what eSpeak NG reads well is left as printed") {
  for (const char* printed : {"7:30 AM", "15 to 20 minutes", "Suite 200", "Hold for 20 seconds."}) {
    CAPTURE(std::string(printed));
    CHECK(speech::normalise(printed, Language::english) == printed);
    CHECK(phonemes(printed, Language::english).find("z'i@roU") == std::string::npos);
  }
}
