#include "web/file_links.h"

#include "lang/measures.h"
#include "lang/page_terms.h"
#include "web/html.h"

namespace handout::web {

std::string file_details(const FileLink& link, const model::LanguageTag& lang) {
  std::string out = lang::file_size(link.size, lang);
  if (link.seconds)
    out += ", " + std::string(lang::PageTerms(lang).length()) + " " +
           lang::duration(*link.seconds, lang);
  return out;
}

std::string file_items_html(std::span<const FileLink> links, const model::LanguageTag& lang,
                            std::string_view unseen, Recordings recordings) {
  const std::string said_after =
      unseen.empty() ? "" : "<span class=\"unseen\">: " + text(unseen) + "</span>";
  std::string out;
  for (const FileLink& link : links) {
    const bool download = link.seconds && recordings == Recordings::download;
    out += "<li><a href=\"" + attribute(link.file) + "\"" + (download ? " download" : "") + ">" +
           text(link.label) + said_after + "</a> <span class=\"size\">" +
           text(file_details(link, lang)) + "</span>" +
           (link.stale.empty() ? "" : " <strong>" + text(link.stale) + "</strong>") + "</li>\n";
  }
  return out;
}

}  // namespace handout::web
