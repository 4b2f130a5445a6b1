// One source of truth: a handout refers to the clinic's details (<clinic-phone/> …) instead
// of copying them, so changing clinic.xml changes every printed and spoken occurrence.
#include <doctest/doctest.h>

#include <cctype>
#include <regex>
#include <sstream>

#include "cli_fixture.h"
#include "content_folder.h"
#include "process.h"

using namespace handout::testing;

namespace {

std::string clinic_xml(const std::string& main_number) {
  return "<clinic><name>Test Clinic</name><phone>" + main_number +
         "</phone><email>desk@example.org</email>"
         "<location id=\"riverside\"><name>Riverside Office</name>"
         "<phone>(207) 555-0157</phone></location></clinic>\n";
}

constexpr const char* referring_handout = R"(<handout id="calls" lang="en-US">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>Call <clinic-name/> at <clinic-phone/>, or Riverside at
      <clinic-phone location="riverside"/>, or write to <clinic-email/>.</p>
  </section>
  <contact/>
</handout>
)";

std::size_t count(const std::string& text, const std::string& word) {
  std::size_t n = 0;
  for (std::size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
  return n;
}

// The messages but the placeholder warnings these tests' example details give (each test here
// is about another warning).
std::string without_placeholders(const std::string& messages) {
  std::string out;
  std::istringstream lines(messages);
  for (std::string line; std::getline(lines, line);)
    if (line.find(" is a placeholder") == std::string::npos &&
        line.find(" is a fictional number") == std::string::npos)
      out += line + '\n';
  return out;
}

// A content folder with a handout "calls", built into every format.
struct Site : ContentFolder {
  void build() const {
    const ProcessResult result = run_process(
        {handout_binary, "build", "--content", content.string(), "--out", out.string()});
    REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  }
  std::string printed() const {
    const ProcessResult text =
        run_process({"pdftotext", "-enc", "UTF-8", (out / "calls.pdf").string(), "-"});
    REQUIRE(text.exit_code == 0);
    // A number may wrap at its space: compare with the lines joined.
    return std::regex_replace(text.out, std::regex("\\s+"), " ");
  }
  // The words of the recording's script, without its markup.
  std::string spoken() const {
    return std::regex_replace(read_all(out / "calls.ssml"), std::regex("<[^>]*>"), " ");
  }
};

}  // namespace

TEST_CASE("changing the main number in clinic.xml changes every printed and spoken occurrence") {
  Site site;
  site.clinic(clinic_xml("(207) 555-0100"));
  site.handout("calls", referring_handout);
  site.build();
  // The sentence and the contact block; the main number is spoken once in the sentence and
  // twice ("Phone: … Again: …") in the block.
  CHECK(count(site.printed(), "(207) 555-0100") == 2);
  CHECK(count(site.spoken(), "0 1 0 0") == 3);
  CHECK(count(site.printed(), "(207) 555-0157") == 2);
  CHECK(count(site.printed(), "Test Clinic") == 2);
  CHECK(count(site.printed(), "desk@example.org") == 2);

  site.clinic(clinic_xml("(207) 555-0199"));
  site.build();
  const std::string printed = site.printed();
  const std::string spoken = site.spoken();
  CHECK(count(printed, "(207) 555-0100") == 0);
  CHECK(count(printed, "(207) 555-0199") == 2);
  CHECK(count(spoken, "0 1 0 0") == 0);
  CHECK(count(spoken, "0 1 9 9") == 3);
}

TEST_CASE("a reference to a location clinic.xml does not have is a located error") {
  Site site;
  site.clinic(clinic_xml("(207) 555-0100"));
  site.handout("calls", std::regex_replace(std::string(referring_handout), std::regex("riverside"),
                                           "downtown"));
  const ProcessResult result = site.check();
  CHECK(result.exit_code != 0);
  CHECK(result.err.find("calls.xml:6:21: location 'downtown' is not in clinic.xml; use one of: "
                        "riverside") != std::string::npos);
}

namespace {

constexpr const char* bilingual_clinic = R"(<clinic xml:lang="en-US">
  <name>Test Clinic</name>
  <phone>(207) 555-0100</phone>
  <location id="riverside">
    <name>Riverside Office</name>
    <name xml:lang="es">Oficina de Riverside</name>
    <phone>(207) 555-0157</phone>
    <hours><open days="mon-fri" from="07:30" to="18:00"/><closed days="sun"/></hours>
    <note>Parking behind the building.</note>
    <note xml:lang="es">Estacionamiento detrás del edificio.</note>
  </location>
</clinic>
)";

constexpr const char* spanish_handout = R"(<handout id="calls" lang="es">
  <title>Llamadas</title>
  <section>
    <heading>Preguntas</heading>
    <p>Llame a la <clinic-name location="riverside"/>.</p>
  </section>
</handout>
)";

}  // namespace

TEST_CASE("a Spanish handout's contact block is Spanish in print and in speech") {
  Site site;
  site.clinic(bilingual_clinic);
  site.handout("calls", spanish_handout);
  site.build();
  const std::string printed = site.printed();
  const std::string spoken = site.spoken();
  for (const char* words : {"Oficina de Riverside", "de lunes a viernes, de 7:30 a 18:00",
                            "domingo, cerrado", "Estacionamiento detrás del edificio."}) {
    CAPTURE(std::string(words));
    CHECK(count(printed, words) >= 1);
  }
  CHECK(count(printed, "Llame a la Oficina de Riverside.") == 1);
  for (const char* words : {"Oficina de Riverside", "Horario: de lunes a viernes",
                            "domingo, cerrado", "Estacionamiento detrás del edificio."}) {
    CAPTURE(std::string(words));
    CHECK(count(spoken, words) >= 1);
  }
  for (const char* english : {"Riverside Office", "Monday", "Sunday", "closed", "Parking", "PM"}) {
    CAPTURE(std::string(english));
    CHECK(count(printed + spoken, english) == 0);
  }
}

TEST_CASE("a handout in a language a needed clinic text has no version in is a located error") {
  Site site;
  std::string clinic = bilingual_clinic;
  clinic.replace(clinic.find("    <name xml:lang=\"es\">"),
                 std::string("    <name xml:lang=\"es\">Oficina de Riverside</name>\n").size(), "");
  site.clinic(clinic);
  site.handout("calls", spanish_handout);
  const ProcessResult result = site.check();
  CHECK(result.exit_code != 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:1:21: clinic.xml has no 'es' version of the <name> of "
                        "location 'riverside' (") != std::string::npos);
  CHECK(result.err.find("clinic.xml:5:5); add <name xml:lang=\"es\"> there") != std::string::npos);
}

TEST_CASE("check warns at each clinic detail typed literally and passes") {
  Site site;
  site.clinic(clinic_xml("(207) 555-0100"));
  site.handout("calls", R"(<handout id="calls" lang="en-US">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>Call <phone>(207) 555-0100</phone> or <phone>(207) 555-0157</phone>.</p>
    <p>Or <phone>207-555-0199</phone>, or write to <email>desk@example.org</email>.</p>
    <p>Or <email>old@example.org</email> or <phone>1-800-555-0123</phone>.</p>
  </section>
</handout>
)");
  const ProcessResult result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  for (const char* warning :
       {"calls.xml:5:13: warning: (207) 555-0100 is in clinic.xml; write <clinic-phone/>",
        "calls.xml:5:46: warning: (207) 555-0157 is in clinic.xml; write <clinic-phone "
        "location=\"riverside\"/>",
        "calls.xml:6:11: warning: 207-555-0199 looks like one of the clinic's numbers but is none "
        "in clinic.xml; it may be out of date",
        "calls.xml:6:52: warning: desk@example.org is in clinic.xml; write <clinic-email/>",
        "calls.xml:7:11: warning: old@example.org looks like the clinic's email but is not the one "
        "in clinic.xml; it may be out of date"}) {
    CAPTURE(std::string(warning));
    CHECK(result.err.find(warning) != std::string::npos);
  }
  CHECK(without_placeholders(result.err).find("1-800") == std::string::npos);
}

TEST_CASE("the clinic's email and web address typed as plain text are warned at their place") {
  Site site;
  site.clinic(
      "<clinic><name>Test Clinic</name><phone>(207) 555-0100</phone>"
      "<email>desk@example.org</email><web>https://www.example.org/</web></clinic>\n");
  site.handout("calls", R"(<handout id="calls" lang="en-US">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>Write to Desk@Example.org or see example.org/ today.</p>
    <p>Not notexample.org, example.org.uk or help.example.org.</p>
  </section>
</handout>
)");
  const ProcessResult result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:5:17: warning: Desk@Example.org is the clinic's email in "
                        "clinic.xml, typed as text; write <clinic-email/> so that it is a link "
                        "and never goes out of date") != std::string::npos);
  CHECK(result.err.find("calls.xml:5:41: warning: example.org/ is the clinic's web address in "
                        "clinic.xml, typed as text; write <clinic-web/>") != std::string::npos);
  CHECK(without_placeholders(result.err).find("calls.xml:6:") == std::string::npos);
}

TEST_CASE("a number typed in a long paragraph is reported at its own first character") {
  Site site;
  site.clinic(clinic_xml("(207) 555-0100"));
  site.handout("calls", R"(<handout id="calls" lang="en-US">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>If the pain is worse the day after a session, rest, use ice, and
      call us at (207) 555-0100 &amp; ask for the physical therapist who saw you,
      or leave a message at 207.555.0157 after hours.</p>
  </section>
</handout>
)");
  const ProcessResult result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:6:18: warning: (207) 555-0100 is in clinic.xml; write "
                        "<clinic-phone/>") != std::string::npos);
  CHECK(result.err.find("calls.xml:7:29: warning: 207.555.0157 is in clinic.xml; write "
                        "<clinic-phone location=\"riverside\"/>") != std::string::npos);
}

TEST_CASE("numbers typed literally are found as each country writes them") {
  Site site;
  // A clinic in London: its numbers as the UK writes them, in a British handout.
  site.clinic(
      "<clinic xml:lang=\"en-GB\"><name>Test Clinic</name><phone>020 7946 0958</phone>"
      "</clinic>\n");
  site.handout("calls", R"(<handout id="calls" lang="en-GB">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>Ring 020 7946 0958, or +44 20 7946 0100 out of hours.</p>
  </section>
</handout>
)");
  ProcessResult result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:5:13: warning: 020 7946 0958 is in clinic.xml; write "
                        "<clinic-phone/>") != std::string::npos);
  CHECK(result.err.find("calls.xml:5:31: warning: +44 20 7946 0100 looks like one of the clinic's "
                        "numbers but is none in clinic.xml") != std::string::npos);

  // A Spanish handout (its tag names no country) of a clinic in the United States: the
  // clinic's own country decides how its local numbers are read.
  site.clinic(
      "<clinic xml:lang=\"en-US\"><name>Test Clinic</name><phone>(207) 555-0100</phone>"
      "</clinic>\n");
  site.handout("calls", R"(<handout id="calls" lang="es">
  <title>Llamadas</title>
  <section>
    <heading>Preguntas</heading>
    <p>Llame al 207-555-0100.</p>
  </section>
</handout>
)");
  result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:5:17: warning: 207-555-0100 is in clinic.xml; write "
                        "<clinic-phone/>") != std::string::npos);
}

TEST_CASE("a page of the clinic's own site is kept but said to be unchecked") {
  Site site;
  std::string clinic = clinic_xml("(207) 555-0100");
  clinic.replace(clinic.find("<location"), 0, "<web>https://www.clinic.example/</web>");
  site.clinic(clinic);
  site.handout("calls", R"(<handout id="calls" lang="en-US">
  <title>Calls</title>
  <section>
    <heading>Questions</heading>
    <p>See <web>http://clinic.example</web> and <web>www.clinic.example/parking</web>.</p>
    <p>Pay at <web>https://pay.clinic.example/bills</web>, not <web>https://other.example/</web>.</p>
  </section>
</handout>
)");
  const ProcessResult result = site.check();
  CHECK(result.exit_code == 0);
  CAPTURE(result.err);
  CHECK(result.err.find("calls.xml:5:12: warning: http://clinic.example is in clinic.xml; write "
                        "<clinic-web/>") != std::string::npos);
  for (const char* page : {"calls.xml:5:49: warning: www.clinic.example/parking",
                           "calls.xml:6:15: warning: https://pay.clinic.example/bills"}) {
    CAPTURE(std::string(page));
    CHECK(result.err.find(std::string(page) +
                          " is on the clinic's site (https://www.clinic.example/ in clinic.xml) "
                          "but is not its address there, so nothing checks it; it may be out of "
                          "date") != std::string::npos);
  }
  CHECK(without_placeholders(result.err).find("other.example") == std::string::npos);
  // --strict makes these warnings fail the check, for a clinic that wants every page reviewed.
  CHECK(run_process({handout_binary, "check", "--strict", "--content", site.content.string()})
            .exit_code == 1);
}

TEST_CASE("a fax number in clinic.xml is printed and said after its label in every format") {
  Site site;
  site.clinic(
      "<clinic><name>Test Clinic</name><phone>(207) 555-0100</phone>"
      "<fax>(207) 555-0101</fax><email>desk@example.org</email>"
      "<location id=\"riverside\"><phone>(207) 555-0157</phone></location></clinic>\n");
  site.handout("calls", referring_handout);
  site.build();
  const std::string shown = "Fax: (207) 555-0101";
  CHECK(count(site.printed(), shown) == 1);
  // Said as a phone number is, digit by digit, once: it is not a number to call.
  CHECK(count(site.spoken(), "Fax:") == 1);
  CHECK(count(site.spoken(), "0 1 0 1") == 1);
  const std::string page = read_all(site.out / "calls.html");
  CHECK(count(page, shown) == 1);
  CHECK(page.find("tel:+12075550101") == std::string::npos);  // never a link
  for (const char* book : {"calls.epub", "calls.daisy.zip"}) {
    CAPTURE(book);
    const ProcessResult files = run_process({"unzip", "-p", (site.out / book).string()});
    REQUIRE(files.exit_code == 0);
    CHECK(count(files.out, shown) >= 1);
  }
  // Braille Ready Format: ",fax3" is "Fax:" (a capital sign, the letters, the colon).
  std::string brf = read_all(site.out / "calls.brf");
  for (char& c : brf) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(count(brf, ",fax3") == 1);
}

TEST_CASE("every format says where the other formats are: the published page or the desk") {
  for (const bool published : {true, false}) {
    CAPTURE(published);
    Site site;
    std::string clinic = clinic_xml("(207) 555-0100");
    if (published)
      clinic.insert(clinic.rfind("</clinic>"), "<publish base=\"https://www.example.org/h/\"/>");
    site.clinic(clinic);
    site.handout("calls", referring_handout);
    site.build();
    const std::string words =
        "This handout is available in these formats: large print, audio recording, web page, "
        "e-book with audio, talking book, and braille; ";
    const std::string where =
        published ? "visit www.example.org/h/calls.html." : "ask for them at the front desk.";
    CHECK(count(site.printed(), words + where) == 1);
    // The recording says the address as one ("www dot example dot org slash h …").
    const std::string spoken = std::regex_replace(site.spoken(), std::regex("\\s+"), " ");
    CHECK(count(spoken, words) == 1);
    const std::size_t visit = spoken.find(words);
    REQUIRE(visit != std::string::npos);
    CAPTURE(spoken.substr(visit, 300));
    CHECK(count(spoken, published ? "example dot org slash h slash calls dot html" : where) == 1);
    CHECK(count(spoken, "example.org/h/") == 0);
    const std::string page = read_all(site.out / "calls.html");
    CHECK(count(page, words) == 1);
    if (published) CHECK(count(page, "href=\"https://www.example.org/h/calls.html\"") >= 1);
    for (const char* book : {"calls.epub", "calls.daisy.zip"}) {
      CAPTURE(book);
      const ProcessResult files = run_process({"unzip", "-p", (site.out / book).string()});
      REQUIRE(files.exit_code == 0);
      CHECK(count(files.out, words) >= 1);
    }
    // Braille: the address as every address is brailled, its dots as dots 2-5-6 ("4").
    std::string brf = read_all(site.out / "calls.brf");
    for (char& c : brf) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(count(brf, "4example4org_/h_/calls4html") == (published ? 1 : 0));
  }
}
