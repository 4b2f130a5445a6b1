// Every link a patient taps opens what its text says: the PDF's link annotations (read with
// poppler's pdfinfo) and the web page's hrefs hold the checked forms, tel: in E.164 with its
// extension, mailto: with the address alone, https: with its host in IDNA.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

constexpr const char* us_clinic_xml = R"(<clinic xml:lang="en-US"><name>Test Clinic</name>
  <phone>(207) 555-0100</phone><email>desk@example.org</email>
  <web>https://www.example.org/</web></clinic>
)";

// A Spanish handout of a US clinic: Spanish numbers, and the clinic's.
constexpr const char* spanish_links_handout = R"(<handout id="enlaces" lang="es">
  <title>Enlaces</title>
  <section>
    <heading>Llamadas</heading>
    <p>Llame al <phone>912 34 56 78</phone>, al <phone>(207) 555-0100 ext. 12</phone> o al
      <phone>1-800-FLOWERS</phone>. Escriba a <email>citas@clínica.example</email> o vea
      <web>clínica.example/cómo</web>.</p>
  </section>
</handout>
)";

const std::set<std::string> checked_links = {
    "tel:+34912345678",
    "tel:+12075550100;ext=12",
    "tel:+18003569377",
    "mailto:citas@xn--clnica-4va.example",
    "https://xn--clnica-4va.example/c%C3%B3mo",
    // The contact block's, from clinic.xml.
    "tel:+12075550100",
    "mailto:desk@example.org",
    "https://www.example.org/",
};

std::set<std::string> matches(const std::string& text, const std::regex& pattern) {
  std::set<std::string> found;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern);
       it != std::sregex_iterator(); ++it)
    found.insert((*it)[1].str());
  return found;
}

}  // namespace

TEST_CASE("the PDF's link annotations and the web page's links hold the checked addresses") {
  TempDir dir;
  write_file(dir.path() / "content" / "clinic.xml", us_clinic_xml);
  write_file(dir.path() / "content" / "handouts" / "enlaces.xml", spanish_links_handout);
  const fs::path out = dir.path() / "out";
  const ProcessResult built =
      run_process({handout_binary, "build", "--content", (dir.path() / "content").string(), "--out",
                   out.string(), "--formats", "pdf,web"});
  REQUIRE_MESSAGE(built.exit_code == 0, built.err);

  const ProcessResult urls = run_process({"pdfinfo", "-url", (out / "enlaces.pdf").string()});
  REQUIRE(urls.exit_code == 0);
  // "   1  Annotation    tel:+34912345678", one line per link.
  CHECK(matches(urls.out, std::regex(R"(Annotation\s+(\S+))")) == checked_links);

  const std::string page = read_all(out / "enlaces.html");
  const std::set<std::string> hrefs =
      matches(page, std::regex(R"(href="((?:tel|mailto|https?):[^"]*)\")"));
  for (const std::string& link : checked_links) CHECK_MESSAGE(hrefs.contains(link), link);
  for (const std::string& href : hrefs)
    CHECK_MESSAGE((checked_links.contains(href) || href.ends_with(".mp3") ||
                   href.find("enlaces") != std::string::npos),
                  href);
}

TEST_CASE("a link no format may publish fails the check - whatever the formats asked for") {
  TempDir dir;
  write_file(dir.path() / "content" / "clinic.xml", us_clinic_xml);
  write_file(dir.path() / "content" / "handouts" / "x.xml",
             tiny_handout("x", "See <web>javascript:alert(1)</web> and &#x202E;this."));
  const ProcessResult built =
      run_process({handout_binary, "build", "--content", (dir.path() / "content").string(), "--out",
                   (dir.path() / "out").string(), "--formats", "web,pdf"});
  CHECK(built.exit_code == 1);
  CHECK(built.err.find("'javascript:' links are not allowed") != std::string::npos);
  CHECK(built.err.find("U+202E RIGHT-TO-LEFT OVERRIDE") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path() / "out" / "x.html"));
}
