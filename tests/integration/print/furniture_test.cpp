// Page furniture and the page's edges, read back from the PDFs: every word of every handout
// inside the printable area at the smallest and largest size on letter and A4 (pdftotext
// -bbox); the running title in the top margin of every page after the first, an artifact; the
// revision date in the reading order (the structure tree), not only in the footer.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string_view>

#include "lang/plan_words.h"
#include "lang/read_along.h"
#include "lang/terms.h"
#include "pdfjs_tree.h"
#include "rendered.h"
#include "running_title.h"
#include "tools.h"

namespace handout::test {

namespace {

// A text without its spaces: a paragraph's lines are joined by one, also inside an address
// broken across two lines.
std::string unspaced(std::string text) {
  std::erase(text, ' ');
  return text;
}

struct BoxedWord {
  int page = 0;  // from 1
  double page_width = 0, page_height = 0;
  double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // from the page's top-left corner
  std::string text;
};

// The number in ` name="…"` of the tag `tag` (what follows its element's name).
double attribute(std::string_view tag, const std::string& name) {
  const std::size_t at = tag.find(" " + name + "=\"");
  REQUIRE_MESSAGE(at != std::string_view::npos, name << " in " << tag);
  return std::stod(std::string(tag.substr(at + name.size() + 3)));
}

// Every word pdftotext -bbox finds, with its page's size; read once per PDF (a test process
// asks for each PDF in two tests), with a plain string search rather than a std::regex per
// attribute, which was slow, and slower still under the sanitizers.
const std::vector<BoxedWord>& boxed_words(const Rendered& r) {
  static std::map<std::filesystem::path, std::vector<BoxedWord>> cache;
  if (const auto found = cache.find(r.pdf); found != cache.end()) return found->second;
  const ToolOutput out = run_tool({"pdftotext", "-bbox", "-enc", "UTF-8", r.pdf.string(), "-"});
  REQUIRE(out.status == 0);
  std::vector<BoxedWord> words;
  const std::string_view text = out.out;
  int page = 0;
  double width = 0, height = 0;
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at)) {
    const std::size_t close = text.find('>', at);
    REQUIRE(close != std::string_view::npos);
    const std::string_view tag = text.substr(at + 1, close - at - 1);
    at = close + 1;
    if (tag.starts_with("page ")) {
      ++page;
      width = attribute(tag, "width");
      height = attribute(tag, "height");
    } else if (tag.starts_with("word ")) {
      const std::string_view word = text.substr(at, text.find('<', at) - at);
      words.push_back({page, width, height, attribute(tag, "xMin"), attribute(tag, "yMin"),
                       attribute(tag, "xMax"), attribute(tag, "yMax"), std::string(word)});
    }
  }
  return cache.emplace(r.pdf, std::move(words)).first->second;
}

// What a desktop printer cannot print: a quarter inch along each edge.
constexpr double unprintable = 18;

std::vector<print::PrintOptions> extremes() {
  std::vector<print::PrintOptions> out;
  for (const double size : {print::min_body_size, print::max_body_size})
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      print::PrintOptions options;
      options.body_size = size;
      options.paper = paper;
      out.push_back(options);
    }
  return out;
}

}  // namespace

TEST_CASE("every word lies inside the printable area at the smallest and largest size") {
  for (const print::PrintOptions& options : extremes()) {
    for (const auto& [where, id] : all_handouts()) {
      const auto& id_shown = id;  // clang 14 cannot capture a binding
      CAPTURE(id_shown);
      CAPTURE(options.body_size);
      CAPTURE(options.paper == print::Paper::a4);
      const std::vector<BoxedWord>& words = boxed_words(rendered(where, id, options));
      REQUIRE_FALSE(words.empty());
      for (const BoxedWord& word : words) {
        CAPTURE(word.page);
        CAPTURE(word.text);
        CHECK(word.x_min >= unprintable);
        CHECK(word.y_min >= unprintable);
        CHECK(word.x_max <= word.page_width - unprintable);
        CHECK(word.y_max <= word.page_height - unprintable);
      }
    }
  }
}

TEST_CASE("pages after the first carry the running title in the top margin and the first none") {
  for (const print::PrintOptions& options : extremes()) {
    for (const auto& [where, id] : all_handouts()) {
      const auto& id_shown = id;  // clang 14 cannot capture a binding
      CAPTURE(id_shown);
      CAPTURE(options.body_size);
      const Rendered& r = rendered(where, id, options);
      const std::vector<BoxedWord>& words = boxed_words(r);
      const int pages = words.back().page;
      REQUIRE(pages >= 2);
      std::vector<std::string> top(static_cast<std::size_t>(pages) + 1);
      for (const BoxedWord& word : words)
        if (word.y_min < 72 - 0.25 * options.body_size)  // starts in the top margin
          top[static_cast<std::size_t>(word.page)] += word.text + " ";
      CHECK(top[1].empty());
      for (int page = 2; page <= pages; ++page) {
        CAPTURE(page);
        CHECK(is_running_title(top[static_cast<std::size_t>(page)], r.handout));
      }
    }
  }
}

TEST_CASE("the revision date is a paragraph of the structure tree after the handout's text") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    REQUIRE(r.handout.revised);
    const std::string date = lang::Terms(r.handout.lang).revised_printed(*r.handout.revised);
    const std::vector<Element> paragraphs = with_role(elements(r.pdfjs), "P");
    const auto dated = [&](const Element& p) { return p.text == date; };
    REQUIRE(std::ranges::count_if(paragraphs, dated) == 1);
    const Element& paragraph = *std::ranges::find_if(paragraphs, dated);
    CHECK(paragraph.page + 1 == static_cast<int>(r.pdfjs["pages"].size()));  // on the last page
    CHECK_FALSE(paragraph.ancestors.back() == "Sect");  // the handout's, after its sections
    // pdfinfo reads the same tree: the date is tagged text, not only the footer's artifact.
    const ToolOutput tree = run_tool({"pdfinfo", "-struct-text", r.pdf.string()});
    REQUIRE(tree.status == 0);
    CHECK(tree.out.find("\"" + date + "\"") != std::string::npos);
  }
}

TEST_CASE("the line naming the other formats follows the date as a paragraph with its link") {
  for (const auto& [where, id] : all_handouts()) {
    const auto& id_shown = id;  // clang 14 cannot capture a binding
    CAPTURE(id_shown);
    const Rendered& r = rendered(where, id);
    const model::Plan plan = lang::plan_of(r.handout);
    REQUIRE(plan.available);
    const std::vector<Element> all = elements(r.pdfjs);
    const std::vector<Element> paragraphs = with_role(all, "P");
    REQUIRE_FALSE(paragraphs.empty());
    // The last paragraph of the reading order, right after the date, on the last page.
    const Element& line = paragraphs.back();
    CHECK(unspaced(line.text) == unspaced(plan.available->text()));
    CHECK(line.page + 1 == static_cast<int>(r.pdfjs["pages"].size()));
    CHECK(paragraphs.at(paragraphs.size() - 2).text ==
          lang::Terms(r.handout.lang).revised_printed(*r.handout.revised));
    CHECK(std::ranges::all_of(line.sizes, [](double size) { return size >= 18; }));
    // The published page is a Link inside it, which opens the page.
    if (const std::optional<std::string> url = lang::read_along_url(r.handout)) {
      CHECK(std::ranges::any_of(with_role(all, "Link"), [&](const Element& link) {
        return link.page == line.page && link.ancestors.back() == "P" &&
               unspaced(link.text) == unspaced(plan.available->runs->at(1).text);
      }));
      const auto& annotations = r.pdfjs["pages"][line.page]["annotations"];
      CHECK(std::ranges::any_of(annotations, [&](const auto& a) { return a["url"] == *url; }));
    }
  }
}

}  // namespace handout::test
