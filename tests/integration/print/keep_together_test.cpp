// What is read together is printed together, read back page by page with pdftotext: a handout
// with filler paragraphs before each case, so that, at the smallest and largest size on letter
// and A4, the case meets the foot of a page for some number of fillers.
#include <doctest/doctest.h>

#include <fstream>

#include "render_to_file.h"
#include "sample_handout.h"
#include "tools.h"

namespace handout::test {

namespace {

const std::string lead_in = "Call us right away if you have any of these signs:";
const std::vector<std::string> signs{"Fever over 101 degrees", "Redness that spreads",
                                     "Pus or a bad smell", "Pain that gets worse"};
const std::string before_note =
    "Keep the dressing dry for the first week and change it once a day, or sooner when it gets "
    "wet or dirty.";
const std::string note = "Wash your hands before you touch the dressing.";

std::string keep_handout(int fillers) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<handout id=\"keep\" lang=\"en-US\" revised=\"2026-11-26\">\n<title>Wound care</title>\n";
  for (int i = 0; i < fillers; ++i) xml += "<p>Rest and walk a little every day.</p>\n";
  xml += "<section><heading>Warning signs</heading>\n<p>" + lead_in + "</p>\n<list>\n";
  for (const std::string& sign : signs) xml += "<item>" + sign + "</item>\n";
  xml += "</list>\n<p>" + before_note + "</p>\n<note kind=\"tip\">" + note + "</note>\n";
  xml += "<p>We will check the wound at your next visit.</p>\n</section>\n</handout>\n";
  return xml;
}

// The text of each page of the handout with `fillers` fillers at `options`.
std::vector<std::string> pages_of(int fillers, const print::PrintOptions& options) {
  const std::filesystem::path dir = temp_dir();
  std::filesystem::create_directories(dir / "handouts");
  std::filesystem::copy_file(
      std::filesystem::path(HANDOUT_SOURCE_DIR) / "tests/integration/print/data/clinic.xml",
      dir / "clinic.xml");
  std::ofstream(dir / "handouts/keep.xml") << keep_handout(fillers);
  const std::filesystem::path pdf = dir / "keep.pdf";
  render_to_file(testing::read_handout_in(dir, "keep"), options, pdf);
  std::vector<std::string> pages = page_texts(pdf);
  for (std::string& text : pages)
    for (char& c : text)
      if (c == '\n') c = ' ';
  return pages;
}

// The page whose text has `words` (pdftotext keeps a line's words; a sentence may wrap, so
// the first few words are looked for), or -1.
int page_with(const std::vector<std::string>& pages, const std::string& words) {
  for (std::size_t p = 0; p < pages.size(); ++p)
    if (pages[p].find(words) != std::string::npos) return static_cast<int>(p);
  return -1;
}

// The first `n` words of `text`.
std::string first_words(const std::string& text, int n) {
  std::size_t end = 0;
  for (int i = 0; i < n && end != std::string::npos; ++i) end = text.find(' ', end + 1);
  return text.substr(0, end);
}

std::string last_words(const std::string& text, int n) {
  std::size_t start = text.size();
  for (int i = 0; i < n && start != std::string::npos && start > 0; ++i)
    start = text.rfind(' ', start - 1);
  return start == std::string::npos ? text : text.substr(start + 1);
}

}  // namespace

TEST_CASE("a lead-in its list a short list whole and a note with its block on real pages") {
  int lead_moved = 0, note_moved = 0;
  for (const double size : {print::min_body_size, print::max_body_size}) {
    for (const print::Paper paper : {print::Paper::letter, print::Paper::a4}) {
      print::PrintOptions options;
      options.body_size = size;
      options.paper = paper;
      options.qr = false;
      for (int fillers = 0; fillers <= 20; ++fillers) {
        CAPTURE(size);
        CAPTURE(fillers);
        const std::vector<std::string> pages = pages_of(fillers, options);
        const int lead_end = page_with(pages, last_words(lead_in, 2));
        REQUIRE(lead_end >= 0);
        // The list is short (four items): whole, and on the page where its lead-in ends.
        for (const std::string& sign : signs) CHECK(page_with(pages, sign) == lead_end);
        if (lead_end > 0 && page_with(pages, first_words(lead_in, 3)) == lead_end) ++lead_moved;
        const int note_page = page_with(pages, first_words(note, 4));
        CHECK(note_page == page_with(pages, last_words(before_note, 2)));
        if (note_page > 0 && page_with(pages, first_words(before_note, 4)) == note_page)
          ++note_moved;
      }
    }
  }
  CHECK(lead_moved > 0);  // the fillers pushed the lead-in to the foot of a page
  CHECK(note_moved > 0);
}

}  // namespace handout::test
