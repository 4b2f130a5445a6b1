#include "epub/documents.h"

#include "lang/xml_escape.h"

namespace handout::epub {

namespace {

std::string head(const std::string& title, const std::string& lang) {
  const std::string l = lang::escape_xml_attribute(lang);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
         "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"" +
         l + "\" lang=\"" + l + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" +
         lang::escape_xml_text(title) +
         "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"" + stylesheet_name +
         "\"/>\n</head>\n";
}

// Nested <ol>s: an entry deeper than the one before opens a list inside it.
std::string toc_list(const std::vector<TocEntry>& toc) {
  std::string s;
  std::vector<int> open;  // depths of the open lists
  for (const TocEntry& entry : toc) {
    if (!open.empty() && entry.depth > open.back()) {
      s += "\n<ol>\n";
      open.push_back(entry.depth);
    } else {
      while (open.size() > 1 && entry.depth < open.back()) {
        s += "</li>\n</ol>\n";
        open.pop_back();
      }
      if (open.empty()) {
        s += "<ol>\n";
        open.push_back(entry.depth);
      } else {
        s += "</li>\n";
      }
    }
    s += "<li><a href=\"" + lang::escape_xml_attribute(entry.href) + "\">" +
         lang::escape_xml_text(entry.title) + "</a>";
  }
  for (std::size_t i = open.size(); i > 0; --i) s += "</li>\n</ol>\n";
  return s;
}

}  // namespace

std::string xhtml_document(const ContentDocument& document, const std::string& lang) {
  return head(document.title, lang) + "<body>\n" + document.body + "</body>\n</html>\n";
}

std::string navigation_document(const Book& book, const std::string& title, const std::string& lang,
                                const lang::Terms& terms) {
  std::string s = head(title, lang) + "<body>\n";
  s += "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\" aria-labelledby=\"toc-title\">\n"
       "<h1 id=\"toc-title\">" +
       lang::escape_xml_text(terms.contents()) + "</h1>\n" + toc_list(book.toc) + "</nav>\n";
  s += "<nav epub:type=\"page-list\" id=\"page-list\" role=\"doc-pagelist\" "
       "aria-labelledby=\"page-list-title\" hidden=\"hidden\">\n<h2 id=\"page-list-title\">" +
       lang::escape_xml_text(terms.pages()) + "</h2>\n<ol>\n";
  for (const PageLink& page : book.pages)
    s += "<li><a href=\"" + lang::escape_xml_attribute(page.href) + "\">" +
         std::to_string(page.page) + "</a></li>\n";
  s += "</ol>\n</nav>\n</body>\n</html>\n";
  return s;
}

}  // namespace handout::epub
