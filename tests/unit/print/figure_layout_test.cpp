// Pictures in the layout: as wide as the text unless that prints them below 150 dpi, never apart
// from their caption, moved to the next page or scaled to fit one; and the warning for a
// picture too small to fill the text width sharply.
#include <doctest/doctest.h>

#include "layout_support.h"
#include "print/picture_size.h"

namespace handout::test {

namespace {

// The index, among every placed line, of the picture's line.
std::size_t figure_line(const std::vector<LineOnPage>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].line->figure >= 0) return i;
  FAIL("no picture placed");
  return 0;
}

}  // namespace

TEST_CASE("a picture prints as wide as its column unless that would be below 150 dpi") {
  const print::PrintedSize wide = print::printed_size(2000, 1000, 468, 600);
  CHECK(wide.width == doctest::Approx(468));
  CHECK(wide.height == doctest::Approx(234));
  const print::PrintedSize small = print::printed_size(600, 300, 468, 600);
  CHECK(small.width == doctest::Approx(288));  // 4 inches: 600 pixels at 150 dpi
  CHECK(small.height == doctest::Approx(144));
  const print::PrintedSize tall = print::printed_size(1000, 4000, 468, 600);
  CHECK(tall.height == doctest::Approx(600));
  CHECK(tall.width == doctest::Approx(150));
}

TEST_CASE("a picture is prepared at 200 dpi of the size it prints") {
  CHECK(print::pixels_for(468, print::print_picture_dpi) == 1300);  // 6.5 inches
  CHECK(print::pixels_for(72, 200) == 200);
  CHECK(print::pixels_for(288, print::min_picture_dpi) == 600);
  CHECK(print::pixels_for(100, 200) == 278);  // rounded up
}

TEST_CASE("a picture fills the text width and its caption follows it as a Caption element") {
  for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
    const print::Layout layout = lay(
        handout({section("S", 1, {paragraph("x"), figure(3000, 2000, "Swing it.")})}), 18, paper);
    REQUIRE(layout.figures.size() == 1);
    const print::FigureBox& box = layout.figures.front();
    CHECK(box.width == doctest::Approx(layout.style.content_width()));
    CHECK(box.height == doctest::Approx(box.width * 2 / 3));
    const std::vector<LineOnPage> lines = lines_of(layout);
    const std::size_t at = figure_line(lines);
    REQUIRE(at + 1 < lines.size());
    const print::PlacedLine& picture = *lines[at].line;
    const print::PlacedLine& caption = *lines[at + 1].line;
    CHECK(picture.x == layout.style.margin);
    CHECK(picture.height == doctest::Approx(box.height));
    CHECK(text_of(caption) == "Swing it.");
    CHECK(caption.top >= picture.top + picture.height);
    CHECK(lines[at + 1].page == lines[at].page);

    const print::Node& figure = layout.nodes[static_cast<std::size_t>(box.node)];
    CHECK(figure.role == print::Role::figure);
    CHECK(figure.alt == "A person lifts one arm.");
    const int caption_node = caption.spans.front().glyphs.node;
    const print::Node& element = layout.nodes[static_cast<std::size_t>(caption_node)];
    CHECK(element.role == print::Role::caption);
    CHECK(element.parent == figure.parent);  // after the Figure, as the PDF/UA guide advises
    CHECK(caption_node > box.node);
  }
}

TEST_CASE(
    "a picture taller than what is left of the page moves to the next page with its caption") {
  int moved = 0;
  for (int filler = 0; filler < 24; ++filler) {
    std::vector<model::Block> blocks;
    for (int i = 0; i <= filler; ++i) blocks.push_back(paragraph(words(12)));
    blocks.push_back(figure(1300, 900, words(14, "caption")));
    const print::Layout layout = lay(handout({section("S", 1, std::move(blocks))}));
    const std::vector<LineOnPage> lines = lines_of(layout);
    const std::size_t at = figure_line(lines);
    CAPTURE(filler);
    std::size_t caption_lines = 0;
    for (std::size_t i = at + 1;
         i < lines.size() && line_role(layout, *lines[i].line) == print::Role::caption; ++i) {
      CHECK(lines[i].page == lines[at].page);
      ++caption_lines;
    }
    CHECK(caption_lines >= 2);
    if (lines[at].line == &layout.pages[lines[at].page].lines.front()) ++moved;
  }
  CHECK(moved > 2);
}

TEST_CASE("a picture taller than a page is scaled down to fit one page with its caption") {
  for (const double body : {18.0, 32.0}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      CAPTURE(body);
      const print::Layout layout =
          lay(handout({section("S", 1, {paragraph("x"), figure(1000, 9000, words(30, "c"))})}),
              body, paper);
      const std::vector<LineOnPage> lines = lines_of(layout);
      const std::size_t at = figure_line(lines);
      const print::FigureBox& box = layout.figures.front();
      CHECK(box.width < layout.style.content_width());
      CHECK(box.height / box.width == doctest::Approx(9.0));
      double footer_top = layout.style.page_height;
      for (const print::PlacedLine& line : layout.pages[lines[at].page].footer)
        footer_top = std::min(footer_top, line.top);
      std::size_t last = at;
      while (last + 1 < lines.size() &&
             line_role(layout, *lines[last + 1].line) == print::Role::caption)
        ++last;
      CHECK(last > at);
      CHECK(lines[last].page == lines[at].page);
      CHECK(lines[last].line->top + lines[last].line->height <= footer_top);
    }
  }
}

TEST_CASE(
    "the 150 dpi warning gives the picture's pixels the size it prints and the pixels needed") {
  // The layout points into the handout: it must outlive it.
  const model::Handout small = handout({section("S", 1, {figure(400, 300, {}, 7)})});
  const print::Layout letter = lay(small);
  const std::optional<model::Diagnostic> warning =
      print::resolution_warning(letter.figures.front(), "h.xml");
  REQUIRE(warning);
  CHECK(warning->severity == model::Severity::warning);
  CHECK(warning->file == "h.xml");
  CHECK(warning->at == model::Location{7, 3});
  CHECK(warning->message.find("images/p.png is 400 × 300 pixels") != std::string::npos);
  CHECK(warning->message.find("2.7 inches (6.8 cm) wide") != std::string::npos);
  CHECK(warning->message.find("text width of 6.5 inches (16.5 cm)") != std::string::npos);
  CHECK(warning->message.find("at least 975 pixels across") != std::string::npos);

  const print::Layout a4 = lay(small, 18, print::Paper::a4);
  const std::string message = print::resolution_warning(a4.figures.front(), "h.xml")->message;
  CHECK(message.find("at least 941 pixels across") != std::string::npos);

  const model::Handout enough = handout({section("S", 1, {figure(975, 300)})});
  CHECK_FALSE(print::resolution_warning(lay(enough).figures.front(), "h.xml"));
}

}  // namespace handout::test
