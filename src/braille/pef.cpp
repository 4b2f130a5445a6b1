#include "braille/pef.h"

#include "lang/xml_escape.h"

namespace handout::braille {

namespace {

void meta_element(std::string& out, const char* name, const std::string& value) {
  out += "      <dc:";
  out += name;
  out += '>' + lang::escape_xml_text(value) + "</dc:" + name + ">\n";
}

}  // namespace

std::string pef(const std::vector<Page>& pages, PageSize size, const PefMeta& meta) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<pef version=\"2008-1\" xmlns=\"http://www.daisy.org/ns/2008/pef\">\n"
      "  <head>\n"
      "    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
      "      <dc:format>application/x-pef+xml</dc:format>\n";
  meta_element(out, "identifier", meta.identifier);
  meta_element(out, "title", meta.title);
  meta_element(out, "language", meta.language);
  meta_element(out, "date", meta.date);
  out += "    </meta>\n  </head>\n  <body>\n";
  out += "    <volume cols=\"" + std::to_string(size.cells) + "\" rows=\"" +
         std::to_string(size.lines) + "\" rowgap=\"0\" duplex=\"false\">\n      <section>\n";
  for (const Page& page : pages) {
    out += "        <page>\n";
    for (const Cells& line : page) {
      const Cells cells = trim_right(line);
      out += cells.empty() ? "          <row/>\n" : "          <row>" + to_utf8(cells) + "</row>\n";
    }
    out += "        </page>\n";
  }
  out += "      </section>\n    </volume>\n  </body>\n</pef>\n";
  return out;
}

}  // namespace handout::braille
