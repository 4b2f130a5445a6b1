// pdf.js reads the QR code's structure back from every sample: one Figure on page 1 with the
// alternate text in the handout's language (besides the handout's own pictures), and the printed
// address a Link element with a URI annotation to the read-along page.
#include <doctest/doctest.h>

#include <algorithm>

#include "lang/read_along.h"
#include "lang/terms.h"
#include "pdfjs_tree.h"
#include "rendered.h"

namespace handout::test {

TEST_CASE("the QR code is a Figure with alternate text and its address a Link on page 1") {
  for (const std::string id : {"low-back-exercises", "hielo-y-calor", "dry-needling"}) {
    CAPTURE(id);
    const Rendered& r = rendered("content", id);
    const std::optional<std::string> url = lang::read_along_url(r.handout);
    REQUIRE(url);
    const std::vector<Element> all = elements(r.pdfjs);
    // The handout's own pictures are Figures too, each with its description.
    const std::string alt = lang::Terms(r.handout.lang).qr_code(*url);
    std::vector<Element> figures = with_role(all, "Figure");
    std::erase_if(figures, [&](const Element& figure) { return figure.alt != alt; });
    REQUIRE(figures.size() == 1);
    CHECK(figures[0].page == 0);
    CHECK(figures[0].ancestors == std::vector<std::string>{"Root", "Document"});

    std::string address(lang::short_address(*url));
    const std::vector<Element> links = with_role(all, "Link");
    CHECK(std::ranges::any_of(links, [&](const Element& link) {
      std::string text = link.text;
      std::erase(text, ' ');
      return link.page == 0 && text == address;
    }));
    const auto& annotations = r.pdfjs["pages"][0]["annotations"];
    CHECK(std::ranges::any_of(annotations, [&](const auto& a) { return a["url"] == *url; }));
  }
}

TEST_CASE("with --no-qr there is no QR code Figure and only the closing line links the page") {
  print::PrintOptions options;
  options.qr = false;
  const Rendered& r = rendered("content", "dry-needling", options);
  const std::string url = *lang::read_along_url(r.handout);
  const std::string alt = lang::Terms(r.handout.lang).qr_code(url);
  for (const Element& figure : with_role(elements(r.pdfjs), "Figure")) CHECK(figure.alt != alt);
  // The line naming the other formats gives the page's address on the last page, as text of
  // the reading order: its one link there.
  const auto& pages = r.pdfjs["pages"];
  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto count = std::ranges::count_if(pages[p]["annotations"],
                                             [&](const auto& a) { return a["url"] == url; });
    CHECK(count == (p + 1 == pages.size() ? 1 : 0));
  }
}

}  // namespace handout::test
