// poppler's pdffonts, pdfinfo and pdftoppm read the files back: embedded fonts with Unicode
// maps and no warnings, tagged, the paper size, margins free of ink, byte-identical output,
// and a character no font has reported with its name, line and column.
#include <doctest/doctest.h>

#include <regex>
#include <sstream>

#include "content/handout_reader.h"
#include "model/diagnostic.h"
#include "render_to_file.h"
#include "rendered.h"
#include "sample_handout.h"
#include "tools.h"

namespace handout::test {

namespace {

std::string trailer_id(const std::string& bytes) {
  std::smatch match;
  const std::regex id(R"(/ID \[ <([0-9A-Fa-f]+)>)");
  return std::regex_search(bytes, match, id) ? match[1].str() : "";
}

}  // namespace

TEST_CASE("pdffonts: every font embedded as a TrueType subset with a Unicode map no warnings") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const ToolOutput out = run_tool({"pdffonts", r.pdf.string()});
    REQUIRE(out.status == 0);
    CHECK_MESSAGE(out.err.empty(), out.err);
    std::istringstream lines(out.out);
    std::string line;
    std::getline(lines, line);
    std::getline(lines, line);
    int fonts = 0;
    while (std::getline(lines, line)) {
      ++fonts;
      CAPTURE(line);
      CHECK(line.find("CID TrueType") != std::string::npos);
      CHECK(std::regex_search(line, std::regex(R"(Identity-H\s+yes\s+yes\s+yes)")));
    }
    CHECK(fonts >= 2);  // Atkinson Hyperlegible regular and bold
    CHECK(out.out.find("AtkinsonHyperlegible-Regular") != std::string::npos);
  }
}

TEST_CASE("a character Atkinson Hyperlegible lacks prints in the embedded DejaVu Sans") {
  const Rendered& r = rendered("test", "long-handout");
  const ToolOutput out = run_tool({"pdffonts", r.pdf.string()});
  CHECK(out.out.find("DejaVuSans") != std::string::npos);
  const ToolOutput text = run_tool({"pdftotext", "-enc", "UTF-8", r.pdf.string(), "-"});
  CHECK(text.out.find("\u2192") != std::string::npos);  // the arrow in "Equipment to have ready"
}

TEST_CASE("pdfinfo: tagged PDF 1.7 letter by default and A4 on request the page count") {
  for (const auto& [paper, size] : {std::pair{print::Paper::letter, "612 x 792 pts (letter)"},
                                    std::pair{print::Paper::a4, "595.276 x 841.89 pts (A4)"}}) {
    print::PrintOptions options;
    options.paper = paper;
    const Rendered& r = rendered("test", "long-handout", options);
    const ToolOutput out = run_tool({"pdfinfo", r.pdf.string()});
    REQUIRE(out.status == 0);
    CHECK_MESSAGE(out.err.empty(), out.err);
    CHECK(out.out.find("Tagged:          yes") != std::string::npos);
    CHECK(out.out.find("PDF version:     1.7") != std::string::npos);
    CHECK_MESSAGE(out.out.find(size) != std::string::npos, out.out);
    CHECK(out.out.find("Pages:           " + std::to_string(r.pdfjs["pages"].size()) + "\n") !=
          std::string::npos);
  }
}

TEST_CASE("nothing is drawn in the margins but the footer and the running title at every size") {
  constexpr int dpi = 36;  // one pixel is two points; one inch is `dpi` pixels
  for (const double body : {18.0, 32.0}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      print::PrintOptions options;
      options.body_size = body;
      options.paper = paper;
      const Rendered& r = rendered("test", "long-handout", options);
      const int pages = static_cast<int>(r.pdfjs["pages"].size());
      for (int page = 1; page <= pages; ++page) {
        CAPTURE(body);
        CAPTURE(page);
        const GreyImage image = render_page(r.pdf, page, dpi);
        int ink_outside = 0, footer_ink = 0, header_ink = 0;
        for (int y = 0; y < image.height; ++y) {
          for (int x = 0; x < image.width; ++x) {
            const bool ink = image.at(x, y) < 160;
            const bool side = x < dpi - 1 || x > image.width - dpi;
            // Page 1's top margin is empty; the others' hold the running title, a quarter
            // inch from the edge at least, as the footer.
            const bool top = page == 1 ? y < dpi - 1 : y < dpi / 4;
            const bool bottom = y > image.height - dpi;
            if (ink && bottom && !side) ++footer_ink;
            if (ink && y < dpi - 1 && !side) ++header_ink;
            if (ink && (side || top || y > image.height - dpi / 4)) ++ink_outside;
          }
        }
        CHECK(ink_outside == 0);
        CHECK(footer_ink > 0);
        if (page > 1) CHECK(header_ink > 0);
      }
    }
  }
}

TEST_CASE("the same input gives byte-identical PDFs - the trailer /ID follows the content") {
  const model::Handout handout = testing::read_sample("hielo-y-calor");
  const std::filesystem::path dir = temp_dir();
  const std::string first = render_to_file(handout, {}, dir / "a.pdf");
  const std::string second = render_to_file(handout, {}, dir / "b.pdf");
  CHECK(first == second);
  CHECK(trailer_id(first).size() == 32);

  const Rendered& other = rendered("content", "low-back-exercises");
  CHECK(trailer_id(other.bytes) != trailer_id(first));

  model::Handout undated = handout;
  undated.revised.reset();
  print::PrintOptions options;
  options.fallback_epoch = 1'800'000'000;  // 2027-01-15
  const std::string dated = render_to_file(undated, options, dir / "c.pdf");
  CHECK(dated.find("D:20270115") != std::string::npos);
  CHECK(dated == render_to_file(undated, options, dir / "d.pdf"));
  CHECK(first.find("D:20261126") != std::string::npos);
}

TEST_CASE("a character no font has is an error naming the character at its line and column") {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<handout id=\"odd\" lang=\"en-US\">\n"
      "  <title>Odd characters</title>\n"
      "  <section><heading>Heading</heading>\n"
      "    <p>This line has \u4E00 in it.</p>\n"
      "  </section>\n"
      "</handout>\n";
  model::Clinic clinic;
  clinic.file = "clinic.xml";
  clinic.name = {"Clinic", {1, 1}};
  clinic.phone = model::Field{"(207) 555-0100", {2, 1}};
  model::Diagnostics diagnostics;
  const std::optional<model::Handout> handout =
      content::parse_handout(xml, "odd.xml", {"odd", &clinic}, diagnostics);
  REQUIRE_MESSAGE(handout, (diagnostics.empty() ? "" : model::format(diagnostics.front())));
  print::PrintOptions options;
  options.fonts_dir = HANDOUT_SOURCE_DIR "/fonts";
  try {
    print::render_pdf(*handout, options);
    FAIL("render_pdf accepted a character no font has");
  } catch (const model::Error& error) {
    CHECK(error.diagnostic().file == "odd.xml");
    CHECK(error.diagnostic().at == model::Location{5, 22});
    CHECK(error.diagnostic().message.find("(CJK UNIFIED IDEOGRAPH-4E00)") != std::string::npos);
  }
  const model::Diagnostics all = print::check_printable(*handout, options);
  REQUIRE(all.size() == 1);
  CHECK(all.front().at == model::Location{5, 22});
}

TEST_CASE("a font size outside 18 to 32 is refused") {
  const Rendered& r = rendered("content", "hielo-y-calor");
  for (const double size : {12.0, 17.5, 33.0}) {
    print::PrintOptions options;
    options.body_size = size;
    options.fonts_dir = HANDOUT_SOURCE_DIR "/fonts";
    CHECK_THROWS_AS(print::render_pdf(r.handout, options), model::Error);
  }
}

}  // namespace handout::test
