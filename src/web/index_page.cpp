#include "web/index_page.h"

#include "lang/link_uri.h"
#include "lang/plan_words.h"
#include "web/html.h"
#include "xhtml/renderer.h"

namespace handout::web {

namespace {

std::string item_html(const IndexItem& item) {
  std::string links;
  for (const IndexLink& link : item.links)
    links += "<li><a href=\"" + attribute(link.file) + "\">" + text(link.label) + "</a>" +
             (link.stale.empty() ? "" : " <strong>" + text(link.stale) + "</strong>") + "</li>";
  return "<li lang=\"" + attribute(item.lang.tag) + "\"><h2>" + text(item.title) + "</h2>\n<ul>" +
         links + "</ul></li>\n";
}

}  // namespace

std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts) {
  const lang::Terms words(lang);
  std::string title(words.handouts());
  if (clinic) title = clinic->name.text + ": " + title;
  std::string out = page_head(lang, title, style_sheet(fonts)) + "<body>\n<main>\n<h1>" +
                    text(title) + "</h1>\n<ul class=\"handouts\">\n";
  // The links' words are in the handout's language, next to its title in that language.
  for (const IndexItem& item : items) out += item_html(item);
  out += "</ul>\n";
  if (clinic) {
    // The contact block as every handout shows it, in the index's language.
    const model::Contact contact{*clinic, {}, false};
    xhtml::Marks none;
    out += xhtml::contact_html(model::contact_plan(contact, "contact", lang::plan_words(words)),
                               lang::link_countries(clinic->lang, clinic->lang), none);
  }
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace handout::web
