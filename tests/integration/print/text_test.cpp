// pdftotext (poppler) reads the handouts back: every word of the XML in document order, nothing
// else but page furniture, and a "Page N of M" footer and the revision date on every page.
#include <doctest/doctest.h>

#include <regex>

#include "qr_text.h"
#include "rendered.h"
#include "running_title.h"
#include "tools.h"

namespace handout::test {

namespace {

const std::regex page_label(R"((Page|Página) (\d+) (of|de) (\d+))");
const std::regex revised_label(R"((Revised|Revisado) .*\d{4})");

std::string without_furniture(const std::string& text) {
  return std::regex_replace(std::regex_replace(text, page_label, " "), revised_label, " ");
}

// Matches the words in order; a word printed across two lines (a long web address broken
// between characters) comes out as two tokens, which are joined back.
void check_words(const std::vector<std::string>& actual, const std::vector<std::string>& expected) {
  std::size_t a = 0;
  for (std::size_t e = 0; e < expected.size(); ++e) {
    REQUIRE_MESSAGE(a < actual.size(), "missing from the PDF: " << expected[e] << " and after");
    std::string got = actual[a++];
    while (got.size() < expected[e].size() && a < actual.size() && expected[e].starts_with(got))
      got += actual[a++];
    REQUIRE_MESSAGE(got == expected[e], "word " << e << ": expected \"" << expected[e]
                                                << "\", the PDF has \"" << got << "\"");
  }
  CHECK_MESSAGE(a == actual.size(),
                "the PDF has more text: " << actual[std::min(a, actual.size() - 1)]);
}

// `raw`: in the order the page draws its text, which is reading order (pdftotext's default
// order reads a table's cells by their positions, out of their rows).
ToolOutput pdftotext(const Rendered& r, bool raw = false) {
  std::vector<std::string> command{"pdftotext", "-enc", "UTF-8", r.pdf.string(), "-"};
  if (raw) command.insert(command.begin() + 1, "-raw");
  const ToolOutput out = run_tool(command);
  REQUIRE(out.status == 0);
  CHECK_MESSAGE(out.err.empty(), "poppler warned: " << out.err);
  return out;
}

}  // namespace

TEST_CASE("pdftotext gives every word of the handout in order and nothing else but furniture") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const std::string text = without_running_titles(pdftotext(r, true).out, r.handout);
    check_words(split_words(without_furniture(without_qr_text(text, r.handout))), r.expected.words);
  }
}

TEST_CASE("every page has Page N of M in the same words and the revision date") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    std::string text = pdftotext(r).out;
    if (!text.empty() && text.back() == '\f') text.pop_back();
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\f', start)) != std::string::npos; start = end + 1)
      pages.push_back(text.substr(start, end - start));
    pages.push_back(text.substr(start));
    REQUIRE(pages.size() == r.pdfjs["pages"].size());
    for (std::size_t i = 0; i < pages.size(); ++i) {
      CAPTURE(i);
      std::smatch match;
      REQUIRE(std::regex_search(pages[i], match, page_label));
      CHECK(match[2] == std::to_string(i + 1));
      CHECK(match[4] == std::to_string(pages.size()));
      const std::string rest = match.suffix();
      CHECK_FALSE(std::regex_search(rest, page_label));
      REQUIRE(r.handout.revised);
      std::smatch revised;
      REQUIRE(std::regex_search(pages[i], revised, revised_label));
      CHECK(revised.str().find(std::to_string(r.handout.revised->year)) != std::string::npos);
    }
  }
}

TEST_CASE("the long test handout fills at least three pages") {
  CHECK(rendered("test", "long-handout").pdfjs["pages"].size() >= 3);
}

}  // namespace handout::test
