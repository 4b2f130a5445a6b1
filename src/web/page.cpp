#include "web/page.h"

#include <cstdio>

#include "lang/page_terms.h"
#include "lang/plan_words.h"
#include "lang/read_along.h"
#include "web/html.h"
#include "web/offline.h"
#include "web/page_parts.h"
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
  return "\n" + std::string(read_along_script()) + offline_registration();
}

// The page around its offline version (web/offline.h), which covers both parts.
struct PageParts {
  std::string before_version;
  std::string after_version;
};

// The player's buttons' icons: inline SVG, drawn in the text's colour, hidden from
// assistive technology (each button is named by its words).
std::string icon(std::string_view path, std::string_view cls = "icon") {
  return "<svg class=\"" + std::string(cls) +
         "\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" focusable=\"false\"><path d=\"" +
         std::string(path) + "\"/></svg>";
}

std::string button(std::string_view action, std::string_view icons, std::string_view words,
                   std::string_view extra = "") {
  return "<button type=\"button\" data-action=\"" + std::string(action) + "\"" +
         std::string(extra) + ">" + std::string(icons) + "<span class=\"unseen label\">" +
         text(words) + "</span></button>\n";
}

class PageWriter {
 public:
  PageWriter(const model::Handout& handout, const PageAudio& audio,
             const xhtml::PictureFiles* pictures, const std::string& formats,
             std::span<const FileLink> files)
      : handout_(handout),
        audio_(audio),
        formats_(formats),
        files_(files),
        plan_(lang::plan_of(handout)),
        // The closing names the page's own address: shown, not linked (xhtml/renderer.h).
        text_(handout, plan_, no_marks_, xhtml::Markup::html5, pictures, xhtml::Boxes::controls,
              lang::read_along_url(handout)),
        words_(handout.lang),
        page_words_(handout.lang) {}

  // The player first, so that it is the first stop of the keyboard and of a screen reader;
  // then the text as every XHTML format shows it (xhtml/renderer.h) with the list of parts
  // after the byline, and the recording's times and script at the end.
  PageParts body() {
    out_ = "<body>\n";
    player();
    out_ += "<main>\n";
    out_ += text_.title();
    out_ += text_.subtitle();
    out_ += text_.byline();
    other_formats();
    out_ += parts_html({handout_, plan_, text_, audio_, page_words_.play()});
    for (const model::Block& block : handout_.body) out_ += text_.block(block);
    out_ += "</main>\n";
    out_ += text_.closing();
    times();
    out_ += "<script>" + page_script() + "</script>\n</body>\n</html>\n";
    return {std::move(before_version_), std::move(out_)};
  }

 private:
  // Where the handout's other formats are: its entry in the index (kept for offline reading
  // with the page: web/offline.h), and each of its files.
  void other_formats() {
    if (formats_.empty() && files_.empty()) return;
    out_ += "<div class=\"formats\">\n";
    if (!formats_.empty())
      out_ += "<p><a href=\"" + attribute(formats_) + "\" " + std::string(offline_keep_attribute) +
              "=\"\">" + text(page_words_.other_formats()) + "</a></p>\n";
    if (!files_.empty())
      out_ += "<ul class=\"files\">\n" +
              file_items_html(files_, handout_.lang, {}, Recordings::download) + "</ul>\n";
    out_ += "</div>\n";
  }

  // The recording's own controls, and the buttons the script shows: back 10 seconds, the part
  // before, play or pause, the part after, the speed, and whether the view follows the
  // spoken sentence. Without the script the <audio> controls alone play it.
  void player() {
    const std::string mp3 = attribute(audio_.mp3);
    const lang::PageTerms& w = page_words_;
    out_ += "<section class=\"player\" aria-label=\"" + attribute(words_.player()) +
            "\">\n<audio id=\"player\" controls preload=\"metadata\" src=\"" + mp3 +
            "\" aria-label=\"" + attribute(w.recording()) + "\">" + text(words_.no_audio()) +
            " <a href=\"" + mp3 + "\">" + mp3 + "</a></audio>\n<div class=\"buttons\" hidden>\n";
    out_ += button("back", icon("M11 6v12l-8.5-6zm9 0v12l-8.5-6z"), w.back());
    out_ += button("previous", icon("M6 6h2.5v12H6zm3.5 6L18 6v12z"), w.previous_part());
    out_ += button(
        "play",
        icon("M7 5v14l12-7z", "icon when-paused") +
            icon("M6 5h4.5v14H6zm7.5 0H18v14h-4.5z", "icon when-playing"),
        w.play(),
        " data-play=\"" + attribute(w.play()) + "\" data-pause=\"" + attribute(w.pause()) + "\"");
    out_ += button("next", icon("M15.5 6H18v12h-2.5zM6 6l8.5 6L6 18z"), w.next_part());
    out_ += "<button type=\"button\" data-action=\"speed\"><span class=\"unseen\">" +
            text(w.speed()) + " </span><span class=\"rate\">1\u00d7</span></button>\n";
    out_ += button("follow", icon("M12 2l5 5h-3.5v10H17l-5 5-5-5h3.5V7H7z"), w.follow(),
                   " aria-pressed=\"true\"");
    out_ += "</div>\n</section>\n";
  }

  // [["u1-s1", 0, 1.25], …]: what the read-along script highlights when; its element carries
  // the page's offline version, which render_page() puts between the two parts.
  void times() {
    std::string data = "[";
    for (const PageSentence& s : audio_.sentences)
      data += (data.size() > 1 ? ",\n[\"" : "[\"") + s.id + "\"," + seconds_text(s.begin_seconds) +
              ',' + seconds_text(s.end_seconds) + ']';
    out_ += "<script type=\"application/json\" id=\"sentence-times\" data-offline-version=\"";
    before_version_ = std::move(out_);
    out_ = "\">" + data + "]</script>\n";
  }

  const model::Handout& handout_;
  const PageAudio& audio_;
  const std::string& formats_;
  std::span<const FileLink> files_;
  model::Plan plan_;
  xhtml::Marks no_marks_;
  xhtml::Renderer text_;
  lang::Terms words_;
  lang::PageTerms page_words_;
  std::string out_;
  std::string before_version_;
};

}  // namespace

std::string render_page(const model::Handout& handout, const PageAudio& audio,
                        const PageFonts& fonts, const xhtml::PictureFiles* pictures,
                        const std::string& formats, std::span<const FileLink> files,
                        std::string_view recording) {
  const std::string head =
      page_head(handout.lang, model::plain_text(handout.title), style_sheet(fonts),
                lang::read_along_url(handout), page_script(), true);
  const PageParts body = PageWriter(handout, audio, pictures, formats, files).body();
  std::vector<std::string_view> covered{head, body.before_version, body.after_version, recording};
  const xhtml::PictureFiles own = pictures ? xhtml::PictureFiles() : xhtml::PictureFiles(handout);
  for (const xhtml::PictureFile& picture : (pictures ? *pictures : own).files())
    covered.push_back(picture.bytes);
  return head + body.before_version + offline_version(covered) + body.after_version;
}

}  // namespace handout::web
