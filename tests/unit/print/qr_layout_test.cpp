// The QR code block at the foot of the first page, laid out with the fake measure: the code is
// whole on page 1, at least 2.5 cm besides its quiet zone, overlaps nothing, and its words are in
// body size beside it; the rest of the handout is laid out as without it.
#include <doctest/doctest.h>

#include "layout_support.h"

namespace handout::test {

namespace {

const std::string qr_url = "https://www.example.org/handouts/test.html";

// A stand-in for libqrencode's matrix: the layout only needs its size.
print::QrRequest qr_matrix_request(int size) {
  print::QrMatrix matrix{size, std::vector<bool>(static_cast<std::size_t>(size * size))};
  for (std::size_t i = 0; i < matrix.dark.size(); i += 3) matrix.dark[i] = true;
  return {qr_url, matrix};
}

print::Layout lay_with_qr(const model::Handout& h, double body, print::Paper paper, int size) {
  const FakeMeasure measure;
  const print::QrRequest qr = qr_matrix_request(size);
  return print::layout(h, print::make_style(body, paper), measure, &qr);
}

model::Handout titled(model::Handout h, int title_words) {
  h.title = runs(words(title_words, "Title"));
  return h;
}

// Handouts of several lengths, with short and long titles.
std::vector<model::Handout> qr_test_handouts() {
  std::vector<model::Handout> out;
  for (const int title : {2, 12, 30}) {
    out.push_back(titled(handout({section("Only", 1, {paragraph(words(5))})}), title));
    for (const unsigned seed : {1u, 2u, 3u}) out.push_back(titled(generated(seed), title));
  }
  return out;
}

bool is_qr_text(const print::Layout& layout, const print::PlacedLine& line) {
  return line.spans.front().glyphs.node > layout.qr->figure;
}

double qr_line_right(const print::PlacedLine& line) {
  double right = line.x;
  for (const print::Span& span : line.spans)
    right = std::max(right, line.x + span.x + span.glyphs.width);
  return right;
}

}  // namespace

TEST_CASE("the QR code is whole on page 1 and at least 2.5 cm without its quiet zone") {
  for (const double body : {18.0, 25.0, 32.0}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      for (const model::Handout& h : qr_test_handouts()) {
        for (const int size : {25, 33, 41}) {
          const print::Layout layout = lay_with_qr(h, body, paper, size);
          REQUIRE(layout.qr);
          const print::QrPlacement& qr = *layout.qr;
          const print::Style& style = layout.style;
          CHECK(qr.code_side() >= 2.5 / 2.54 * 72);
          CHECK(qr.side() == doctest::Approx(qr.code_side() + 8 * qr.module));
          CHECK(qr.module >= 2);
          CHECK(qr.matrix.size == size);
          CHECK(qr.x >= style.margin);
          CHECK(qr.x + qr.side() <= style.page_width - style.margin + 1e-6);
          CHECK(qr.top >= style.margin);
          CHECK(qr.top + qr.side() <= layout.pages.front().footer.front().top);
        }
      }
    }
  }
}

TEST_CASE("nothing on page 1 overlaps the QR code and its words are body size beside it") {
  for (const double body : {18.0, 32.0}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      for (const model::Handout& h : qr_test_handouts()) {
        const print::Layout layout = lay_with_qr(h, body, paper, 33);
        const print::QrPlacement& qr = *layout.qr;
        const print::Page& first = layout.pages.front();
        std::string words_beside;
        double block_bottom = qr.top + qr.side();
        for (const print::PlacedLine& line : first.lines) {
          if (!is_qr_text(layout, line)) {
            CHECK(line.top + line.height <= qr.top - 0.5 * body + 1e-6);  // above the block
            continue;
          }
          CHECK(line.x >= qr.x + qr.side());  // beside the code, right of its quiet zone
          CHECK(qr_line_right(line) <= layout.style.page_width - layout.style.margin + 1e-6);
          CHECK(line.top >= qr.top - 1e-6);
          for (const print::Span& span : line.spans) CHECK(span.glyphs.size == body);
          block_bottom = std::max(block_bottom, line.top + line.height);
          words_beside += text_of(line);
        }
        for (const print::Box& box : first.boxes) CHECK(box.top + box.height <= qr.top);
        CHECK(block_bottom <= first.footer.front().top);
        std::erase(words_beside, ' ');  // lines end where the breaker chose
        CHECK(words_beside == "Listentothishandout:www.example.org/handouts/test.html");
      }
    }
  }
}

TEST_CASE("a code with many modules grows instead of its modules shrinking") {
  const print::Layout layout = lay_with_qr(generated(1), 18, print::Paper::letter, 77);
  CHECK(layout.qr->module >= print::qr_min_module);
  CHECK(layout.qr->code_side() > print::qr_min_code);
}

TEST_CASE("with the QR code every line of the handout is still placed in order") {
  for (const model::Handout& h : qr_test_handouts()) {
    const print::Layout without = lay(h, 18);
    const print::Layout with = lay_with_qr(h, 18, print::Paper::letter, 33);
    // A contact block's "(continued)" line stands where a page breaks it, which the code moves.
    const auto handout_text = [](const print::PlacedLine& line) {
      return text_of(line) != "How to reach us (continued)";
    };
    std::vector<std::string> before, after;
    for (const print::Page& page : without.pages)
      for (const print::PlacedLine& line : page.lines)
        if (handout_text(line)) before.push_back(text_of(line));
    for (const print::Page& page : with.pages)
      for (const print::PlacedLine& line : page.lines)
        if (!is_qr_text(with, line) && handout_text(line)) after.push_back(text_of(line));
    CHECK(after == before);
    CHECK(with.outline.size() == without.outline.size());
    CHECK(with.pages.size() >= without.pages.size());
    for (std::size_t page = 1; page < with.pages.size(); ++page)
      for (const print::PlacedLine& line : with.pages[page].lines)
        CHECK_FALSE(is_qr_text(with, line));
  }
}

TEST_CASE("the QR code is a Figure with alternate text and the address a Link to the page") {
  const print::Layout layout = lay_with_qr(generated(1), 18, print::Paper::letter, 33);
  const print::Node& figure = layout.nodes[static_cast<std::size_t>(layout.qr->figure)];
  CHECK(figure.role == print::Role::figure);
  CHECK(figure.parent == 0);
  CHECK(figure.alt == "QR code: listen to this handout at " + qr_url);
  std::vector<print::Node> links;
  for (const print::Node& node : layout.nodes)
    if (node.link && node.link->uri == qr_url) links.push_back(node);
  REQUIRE(links.size() == 1);
  CHECK(links[0].role == print::Role::link);
  CHECK(links[0].link->contents == "Open www.example.org/handouts/test.html");
}

TEST_CASE("without a QR request the layout has no code and no Figure") {
  const print::Layout layout = lay(generated(2), 18);
  CHECK_FALSE(layout.qr);
  for (const print::Node& node : layout.nodes) CHECK(node.role != print::Role::figure);
}

}  // namespace handout::test
