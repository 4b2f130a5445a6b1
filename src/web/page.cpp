#include "web/page.h"

#include <cstdio>

#include "lang/read_along.h"
#include "lang/sentences.h"
#include "lang/terms.h"
#include "model/reading_order.h"
#include "web/html.h"
#include "web/web_terms.h"

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

class PageWriter {
 public:
  PageWriter(const model::Handout& handout, const PageAudio& audio)
      : handout_(handout),
        audio_(audio),
        units_(handout),
        terms_(handout.lang),
        words_(web_terms(handout.lang)) {}

  std::string body() {
    out_ = "<body>\n<main>\n<h1>" + sentences(handout_.title) + "</h1>\n";
    if (handout_.subtitle)
      out_ += "<p class=\"subtitle\">" + sentences(*handout_.subtitle) + "</p>\n";
    if (const model::Unit* byline = units_.byline())
      out_ += "<p class=\"byline\"><span id=\"" + model::sentence_id(byline->id, 1) + "\">" +
              authors() + "</span></p>\n";
    listen();
    contents();
    for (const model::Block& block : handout_.body) write(block);
    out_ += "</main>\n";
    closing();
    times();
    out_ += "<script>\n" + std::string(read_along_script()) + "</script>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // The unit's sentences, each in a <span> with its id.
  std::string sentences(const model::Inlines& content) {
    std::string out;
    for (const lang::Sentence& s :
         lang::split_sentences(content, handout_.lang, units_.of(content).id))
      out += "<span id=\"" + s.id + "\">" + runs_html(s.runs) + "</span>";
    return out;
  }

  std::string authors() const {
    std::string names;
    for (std::size_t i = 0; i < handout_.authors.size(); ++i) {
      if (i > 0)
        names += i + 1 == handout_.authors.size() ? ' ' + std::string(terms_.conjunction()) + ' '
                                                  : std::string(", ");
      names += text(handout_.authors[i].name);
    }
    return text(terms_.by()) + ' ' + names;
  }

  // The player and a link per chapter; without the script a link opens the MP3 at its time.
  void listen() {
    const std::string mp3 = attribute(audio_.mp3);
    out_ += "<section class=\"listen\" aria-labelledby=\"page-listen\">\n<h2 id=\"page-listen\">" +
            text(words_.listen) +
            "</h2>\n<audio id=\"player\" controls preload=\"metadata\" src=\"" + mp3 + "\">" +
            text(words_.no_audio) + " <a href=\"" + mp3 + "\">" + mp3 + "</a></audio>\n";
    if (!audio_.chapters.empty()) {
      out_ += "<p id=\"page-parts\">" + text(words_.listen_to_part) +
              "</p>\n<ol aria-labelledby=\"page-parts\">\n";
      for (std::size_t i = 0; i < audio_.chapters.size(); ++i) {
        const PageChapter& chapter = audio_.chapters[i];
        const std::string at = seconds_text(chapter.start_seconds);
        out_ += "<li><a href=\"" + mp3 + "#t=" + at + "\" data-start=\"" + at + "\">" +
                text(i == 0 ? words_.whole_recording : chapter.title) + "</a></li>\n";
      }
      out_ += "</ol>\n";
    }
    out_ += "</section>\n";
  }

  // What the recording says before the body and after it, as text it highlights
  // (model/reading_order.h): the parts it names, as links to them, and its closing.
  void contents() {
    const std::vector<const model::Block*> parts = model::listed_parts(handout_);
    const std::string first = model::contents_sentence_id(1);
    if (parts.size() > model::max_listed_parts) {
      out_ += "<p>" + spoken(first, terms_.many_parts(parts.size())) + "</p>\n";
      return;
    }
    out_ += "<nav class=\"contents\" aria-labelledby=\"" + first + "\">\n<p>" +
            spoken(first, terms_.parts(parts.size())) + "</p>\n<ol>\n";
    for (std::size_t k = 0; k < parts.size(); ++k) {
      const auto* section = std::get_if<model::Section>(parts[k]);
      const std::string target = section ? attribute(section->id) : "page-contact";
      const std::string title =
          section ? model::plain_text(section->heading) : std::string(terms_.contact_title());
      out_ += "<li><a href=\"#" + target + "\">" +
              spoken(model::contents_sentence_id(k + 2), title) + "</a></li>\n";
    }
    out_ += "</ol>\n</nav>\n";
  }

  void closing() {
    std::vector<std::string> lines;
    if (handout_.revised) lines.push_back(terms_.revised_spoken(*handout_.revised));
    std::string title = model::plain_text(handout_.title);
    if (title.empty() || std::string_view(".?!").find(title.back()) == std::string_view::npos)
      title += '.';
    lines.push_back(std::string(terms_.closing()) + ' ' + title);
    lines.push_back(std::string(terms_.thanks()));
    out_ += "<footer>\n<p>";
    for (std::size_t k = 0; k < lines.size(); ++k)
      out_ += (k > 0 ? " " : "") + spoken(model::closing_sentence_id(k + 1), lines[k]);
    out_ += "</p>\n</footer>\n";
  }

  std::string spoken(const std::string& id, std::string_view words) const {
    return "<span id=\"" + id + "\">" + text(words) + "</span>";
  }

  void write(const model::Block& block) {
    std::visit([this](const auto& b) { write_block(b); }, block);
  }

  void write_block(const model::Paragraph& p) { out_ += "<p>" + sentences(p.content) + "</p>\n"; }

  void items(std::string_view tag, const std::vector<model::Item>& items) {
    out_ += '<' + std::string(tag) + ">\n";
    for (const model::Item& item : items) out_ += "<li>" + sentences(item.content) + "</li>\n";
    out_ += "</" + std::string(tag) + ">\n";
  }
  void write_block(const model::List& list) { items("ul", list.items); }
  void write_block(const model::Steps& steps) { items("ol", steps.items); }

  void write_block(const model::Note& note) {
    out_ += "<aside role=\"note\"><p><strong>" + text(terms_.important()) + "</strong> " +
            sentences(note.content) + "</p></aside>\n";
  }

  void write_block(const model::Contact& contact) {
    const std::string& unit = units_.of(contact).id;
    out_ +=
        "<section id=\"page-contact\" aria-labelledby=\"page-contact-heading\">\n<h2 "
        "id=\"page-contact-heading\">" +
        text(terms_.contact_title()) + "</h2>\n" +
        address_html(contact.clinic, handout_.lang, model::contact_sentence_id(unit, -1),
                     [&](int office) { return model::contact_sentence_id(unit, office); }) +
        "</section>\n";
  }

  void write_block(const model::Section& section) {
    const std::string level = std::to_string(section.depth + 1);
    const std::string id = attribute(section.id);
    out_ += "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-heading\">\n<h" + level +
            " id=\"" + id + "-heading\">" + sentences(section.heading) + "</h" + level + ">\n";
    for (const model::Block& block : section.blocks) write(block);
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
  model::UnitIndex units_;
  lang::Terms terms_;
  const WebTerms& words_;
  std::string out_;
};

}  // namespace

std::string render_page(const model::Handout& handout, const PageAudio& audio,
                        const PageFonts& fonts) {
  return page_head(handout.lang, model::plain_text(handout.title), style_sheet(fonts),
                   lang::read_along_url(handout)) +
         PageWriter(handout, audio).body();
}

}  // namespace handout::web
