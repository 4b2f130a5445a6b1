#include "web/index_page.h"

#include "web/html.h"
#include "web/web_terms.h"

namespace handout::web {

namespace {

std::string link(std::string_view file, std::string_view label) {
  if (file.empty()) return "";
  return "<li><a href=\"" + attribute(file) + "\">" + text(label) + "</a></li>";
}

std::string item_html(const IndexItem& item, const WebTerms& words) {
  const std::string lang = attribute(item.lang.tag);
  return "<li lang=\"" + lang + "\"><h2>" + text(item.title) + "</h2>\n<ul>" +
         link(item.web, words.web) + link(item.pdf, words.pdf) + link(item.mp3, words.mp3) +
         link(item.epub, words.epub) + "</ul></li>\n";
}

}  // namespace

std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts) {
  const WebTerms& words = web_terms(lang);
  std::string title(words.handouts);
  if (clinic) title = clinic->name.text + ": " + title;
  std::string out = page_head(lang, title, style_sheet(fonts)) + "<body>\n<main>\n<h1>" +
                    text(title) + "</h1>\n<ul class=\"handouts\">\n";
  for (const IndexItem& item : items) {
    // The links' words in the handout's language, next to its title in that language.
    out += item_html(item, web_terms(item.lang));
  }
  out += "</ul>\n";
  if (clinic) {
    out += "<section aria-labelledby=\"page-contact-heading\">\n<h2 id=\"page-contact-heading\">" +
           text(words.contact) + "</h2>\n" +
           address_html(*clinic, lang, "", [](int) { return std::string(); }) + "</section>\n";
  }
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace handout::web
