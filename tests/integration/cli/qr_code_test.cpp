// The QR code to the read-along page (clinic.xml <publish base>), as the tool builds it: read
// back from the rendered page as a phone would (pdftoppm at 150 dpi, zbarimg) and from a poor
// copy (72 dpi), at every paper
// and at the smallest and largest body size; the address in the MP3's tag (eyeD3); and without
// <publish>, or with --no-qr, outputs byte-identical to those from before <publish> existed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

const std::string qr_source = HANDOUT_SOURCE_DIR;
const std::string qr_base = "https://www.example.org/handouts/";
const std::vector<std::string> qr_samples{"dry-needling", "hielo-y-calor", "low-back-exercises"};

// The qr_samples' content folder, with clinic.xml's <publish> replaced by `publish` (an element
// or nothing).
void qr_content(const fs::path& to, const std::string& publish) {
  fs::copy(qr_source + "/content", to, fs::copy_options::recursive);
  std::string clinic = read_all(to / "clinic.xml");
  const std::regex element(R"(<publish [^>]*/>)");
  REQUIRE(std::regex_search(clinic, element));
  clinic = std::regex_replace(clinic, element, publish);
  std::ofstream(to / "clinic.xml", std::ios::binary) << clinic;
}

ProcessResult qr_build(const fs::path& content, const fs::path& out,
                       const std::vector<std::string>& options) {
  std::vector<std::string> args{"env",       "SOURCE_DATE_EPOCH=0", handout_binary, "build",
                                "--content", content.string(),      "--out",        out.string()};
  args.insert(args.end(), options.begin(), options.end());
  return run_process(args);
}

// What zbarimg reads on page `page` of `pdf` rendered at `dpi` (150: a phone's photo; 72: a
// poor copy or scan); exit code 4 means no code.
ProcessResult qr_decode(const fs::path& pdf, int page, int dpi = 150) {
  const fs::path png = pdf.parent_path() / (pdf.stem().string() + "-page");
  const std::string n = std::to_string(page);
  const ProcessResult rendered =
      run_process({"pdftoppm", "-r", std::to_string(dpi), "-f", n, "-l", n, "-singlefile", "-png",
                   pdf.string(), png.string()});
  REQUIRE(rendered.exit_code == 0);
  return run_process({"zbarimg", "--quiet", "--raw", png.string() + ".png"});
}

}  // namespace

TEST_CASE("the QR code on page 1 decodes at 150 and 72 dpi at letter and A4 at 18 and 32 pt" *
          doctest::test_suite("validator")) {
  for (const std::string paper : {"letter", "a4"}) {
    for (const std::string size : {"18", "32"}) {
      CAPTURE(paper);
      CAPTURE(size);
      TempDir out;
      const ProcessResult built =
          qr_build(qr_source + "/content", out.path(),
                   {"--quiet", "--formats", "pdf", "--paper", paper, "--font-size", size});
      REQUIRE(built.exit_code == 0);
      for (const std::string& id : qr_samples) {
        CAPTURE(id);
        const fs::path pdf = out.path() / (id + ".pdf");
        for (const int dpi : {150, 72}) {
          CAPTURE(dpi);
          const ProcessResult first = qr_decode(pdf, 1, dpi);
          CHECK(first.exit_code == 0);
          CHECK(first.out == qr_base + id + ".html\n");
        }
        CHECK(qr_decode(pdf, 2).exit_code == 4);  // on the first page only
      }
    }
  }
}

TEST_CASE("without publish the PDF and MP3 are the golden ones and --no-qr prints no QR code") {
  TempDir content, out, no_qr;
  qr_content(content.path() / "content", "");
  REQUIRE(qr_build(content.path() / "content", out.path(), {"--quiet", "--formats", "pdf,audio"})
              .exit_code == 0);
  const std::string golden = qr_source + "/tests/golden/sample-outputs-no-publish.sha256";
  const ProcessResult check = run_process({"sha256sum", "--check", "--strict", golden}, out.path());
  INFO(check.out);
  CHECK(check.exit_code == 0);
  for (const std::string& id : qr_samples)
    CHECK(qr_decode(out.path() / (id + ".pdf"), 1).exit_code == 4);

  // Published, --no-qr leaves out the code; the line naming the other formats still gives the
  // page's address (model/plan.h), so the PDF is not the unpublished one.
  REQUIRE(qr_build(qr_source + "/content", no_qr.path(), {"--quiet", "--formats", "pdf", "--no-qr"})
              .exit_code == 0);
  for (const std::string& id : qr_samples) {
    CAPTURE(id);
    CHECK(qr_decode(no_qr.path() / (id + ".pdf"), 1).exit_code == 4);
  }
}

TEST_CASE("a new publish base rebuilds the PDFs and --no-qr is part of their rebuild key") {
  TempDir content, out;
  const fs::path dir = content.path() / "content";
  qr_content(dir, R"(<publish base="https://www.example.org/handouts/"/>)");
  REQUIRE(qr_build(dir, out.path(), {"--formats", "pdf"}).exit_code == 0);
  const ProcessResult same = qr_build(dir, out.path(), {"--formats", "pdf"});
  CHECK(same.out.find("built ") == std::string::npos);

  qr_content(content.path() / "moved", R"(<publish base="https://patients.example.com/print/"/>)");
  fs::copy_file(content.path() / "moved/clinic.xml", dir / "clinic.xml",
                fs::copy_options::overwrite_existing);
  const ProcessResult moved = qr_build(dir, out.path(), {"--formats", "pdf"});
  CHECK(moved.out.find("built     dry-needling") != std::string::npos);
  CHECK(qr_decode(out.path() / "dry-needling.pdf", 1).out ==
        "https://patients.example.com/print/dry-needling.html\n");

  const ProcessResult without = qr_build(dir, out.path(), {"--formats", "pdf", "--no-qr"});
  CHECK(without.out.find("built     dry-needling") != std::string::npos);
  CHECK(qr_decode(out.path() / "dry-needling.pdf", 1).exit_code == 4);
}

TEST_CASE("the MP3's ID3 tag has the page as WOAF only when the clinic publishes") {
  for (const bool publish : {true, false}) {
    CAPTURE(publish);
    TempDir content, out;
    const fs::path dir = content.path() / "content";
    fs::create_directories(dir / "handouts");
    std::ofstream(dir / "clinic.xml")
        << "<clinic>\n  <name>Test Clinic</name>\n  <phone>(207) 555-0100</phone>\n"
        << (publish ? "  <publish base=\"https://www.example.org/h/\"/>\n" : "") << "</clinic>\n";
    std::ofstream(dir / "handouts/rest.xml") << tiny_handout("rest");
    REQUIRE(qr_build(dir, out.path(), {"--quiet", "--formats", "audio"}).exit_code == 0);
    const ProcessResult read = run_process(
        {"/usr/bin/python3", "-c",
         "import sys, eyed3; tag = eyed3.load(sys.argv[1]).tag; print(tag.audio_file_url)",
         (out.path() / "rest.mp3").string()});
    REQUIRE(read.exit_code == 0);
    CHECK(read.out == (publish ? "https://www.example.org/h/rest.html\n" : "None\n"));
  }
}
