#include "web/page.h"

#include <cstdio>

#include "lang/plan_words.h"
#include "lang/read_along.h"
#include "web/html.h"
#include "xhtml/renderer.h"

namespace handout::web {

std::string seconds_text(double seconds) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
  std::string out = buffer;
  while (out.back() == '0') out.pop_back();
  if (out.back() == '.') out.pop_back();
  return out;
}

namespace {

// The text of the page's one script element, as its policy hashes it.
std::string page_script() {
  return "\n" + std::string(read_along_script());
}

class PageWriter {
 public:
  PageWriter(const model::Handout& handout, const PageAudio& audio,
             const xhtml::PictureFiles* pictures)
      : handout_(handout),
        audio_(audio),
        plan_(lang::plan_of(handout)),
        text_(handout, plan_, no_marks_, xhtml::Markup::html5, pictures, xhtml::Boxes::controls),
        words_(handout.lang) {}

  // The text as every XHTML format shows it (xhtml/renderer.h), with the player after the
  // byline and the recording's times and script at the end.
  std::string body() {
    out_ = "<body>\n<main>\n";
    out_ += text_.title();
    out_ += text_.subtitle();
    out_ += text_.byline();
    listen();
    out_ += text_.contents([this](const model::Block& part) { return "#" + text_.anchor(part); });
    for (const model::Block& block : handout_.body) out_ += text_.block(block);
    out_ += "</main>\n";
    out_ += text_.closing();
    times();
    out_ += "<script>" + page_script() + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // The player and a link per chapter; without the script a link opens the MP3 at its time.
  void listen() {
    const std::string mp3 = attribute(audio_.mp3);
    out_ += "<section class=\"listen\" aria-labelledby=\"page-listen\">\n<h2 id=\"page-listen\">" +
            text(words_.player()) +
            "</h2>\n<audio id=\"player\" controls preload=\"metadata\" src=\"" + mp3 + "\">" +
            text(words_.no_audio()) + " <a href=\"" + mp3 + "\">" + mp3 + "</a></audio>\n";
    if (!audio_.chapters.empty()) {
      out_ += "<p id=\"page-parts\">" + text(words_.listen_to_part()) +
              "</p>\n<ol aria-labelledby=\"page-parts\">\n";
      for (std::size_t i = 0; i < audio_.chapters.size(); ++i) {
        const PageChapter& chapter = audio_.chapters[i];
        const std::string at = seconds_text(chapter.start_seconds);
        out_ += "<li><a href=\"" + mp3 + "#t=" + at + "\" data-start=\"" + at + "\">" +
                text(i == 0 ? words_.whole_recording() : chapter.title) + "</a></li>\n";
      }
      out_ += "</ol>\n";
    }
    out_ += "</section>\n";
  }

  // [["u1-s1", 0, 1.25], …]: what the read-along script highlights when.
  void times() {
    std::string data = "[";
    for (const PageSentence& s : audio_.sentences)
      data += (data.size() > 1 ? ",\n[\"" : "[\"") + s.id + "\"," + seconds_text(s.begin_seconds) +
              ',' + seconds_text(s.end_seconds) + ']';
    out_ += "<script type=\"application/json\" id=\"sentence-times\">" + data + "]</script>\n";
  }

  const model::Handout& handout_;
  const PageAudio& audio_;
  model::Plan plan_;
  xhtml::Marks no_marks_;
  xhtml::Renderer text_;
  lang::Terms words_;
  std::string out_;
};

}  // namespace

std::string render_page(const model::Handout& handout, const PageAudio& audio,
                        const PageFonts& fonts, const xhtml::PictureFiles* pictures) {
  return page_head(handout.lang, model::plain_text(handout.title), style_sheet(fonts),
                   lang::read_along_url(handout), page_script()) +
         PageWriter(handout, audio, pictures).body();
}

}  // namespace handout::web
