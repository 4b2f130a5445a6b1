#include "web/html.h"

#include "lang/xml_escape.h"
#include "web/content_policy.h"

namespace handout::web {

std::string text(std::string_view plain) {
  return lang::escape_xml_text(plain);
}

std::string attribute(std::string_view plain) {
  return lang::escape_xml_attribute(plain);
}

std::string page_head(const model::LanguageTag& lang, std::string_view title,
                      std::string_view style, const std::optional<std::string>& canonical,
                      std::string_view script, bool worker) {
  const std::string link =
      canonical ? "<link rel=\"canonical\" href=\"" + attribute(*canonical) + "\">\n" : "";
  return "<!DOCTYPE html>\n<html lang=\"" + attribute(lang.tag) +
         "\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
         attribute(content_security_policy("\n" + std::string(style), script, worker)) +
         "\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
         text(title) + "</title>\n" + link + "<style>\n" + std::string(style) +
         "</style>\n</head>\n";
}

}  // namespace handout::web
