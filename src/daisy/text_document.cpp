#include "daisy/text_document.h"

#include "daisy/text_builder.h"
#include "lang/terms.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

TextDocument build_text(const model::Handout& handout, const xhtml::PictureFiles* pictures) {
  return TextBuilder(handout, pictures).build();
}

std::string closing_title(const model::LanguageTag& language) {
  std::string title(lang::Terms(language).closing());
  while (!title.empty() && (title.back() == ':' || title.back() == ' ')) title.pop_back();
  return title;
}

// Emphasis is bold, as in print and on the web page: large-print guidance avoids italics.
std::string xhtml_document(const std::string& title, const std::string& language,
                           const std::string& body) {
  const std::string lang = lang::escape_xml_attribute(language);
  return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
         "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
         "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"" +
         lang + "\" lang=\"" + lang +
         "\">\n<head>\n<meta http-equiv=\"Content-type\" content=\"text/html; "
         "charset=utf-8\"/>\n<title>" +
         lang::escape_xml_text(title) +
         "</title>\n<style type=\"text/css\">em{font-style:normal;font-weight:bold}</style>\n"
         "</head>\n<body>\n" +
         body + "</body>\n</html>\n";
}

}  // namespace handout::daisy
