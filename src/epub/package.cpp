#include "epub/package.h"

#include "epub/clock.h"
#include "epub/documents.h"
#include "lang/xml_escape.h"

namespace handout::epub {

namespace {

using lang::escape_xml_attribute;
using lang::escape_xml_text;

std::string meta(const std::string& property, const std::string& value) {
  return "    <meta property=\"" + property + "\">" + escape_xml_text(value) + "</meta>\n";
}

// EPUB Accessibility 1.1: how the handout can be read, and what it offers. Its pictures are
// visual content, each with a description that says it in words (alternative text), so the
// text alone or the recording alone still suffices.
std::string accessibility(const Metadata& m) {
  std::string s;
  const bool pictures = !m.pictures.empty();
  for (const char* mode : {"textual", "auditory"}) s += meta("schema:accessMode", mode);
  if (pictures) s += meta("schema:accessMode", "visual");
  for (const char* mode : {"textual", "auditory"}) s += meta("schema:accessModeSufficient", mode);
  for (const char* feature : {"synchronizedAudioText", "structuralNavigation", "tableOfContents",
                              "displayTransformability", "printPageNumbers"})
    s += meta("schema:accessibilityFeature", feature);
  if (pictures) s += meta("schema:accessibilityFeature", "alternativeText");
  s += meta("schema:accessibilityHazard", "none");
  s += meta("schema:accessibilitySummary", m.summary);
  // No dcterms:conformsTo and no a11y:certifiedBy: EPUB Accessibility 1.1 reads them as an
  // evaluation against WCAG, which no build makes. The summary says which checks the build ran.
  // The page list's source. EPUB 3.3's pageBreakSource is not yet known to the epubcheck of
  // Debian 12 (4.2.6), so the source is given the EPUB 3.2 way, which 3.3 still accepts.
  s += "    <dc:source id=\"page-source\">" + escape_xml_text(m.page_source) + "</dc:source>\n";
  s += "    <meta refines=\"#page-source\" property=\"source-of\">pagination</meta>\n";
  return s;
}

std::string overlays_metadata(const Book& book, const std::vector<Overlay>& overlays) {
  std::string s;
  std::int64_t total = 0;
  for (std::size_t i = 0; i < book.documents.size(); ++i) {
    s += "    <meta property=\"media:duration\" refines=\"#" +
         overlay_name(book.documents[i].name) + "\">" + clock_value(overlays[i].duration) +
         "</meta>\n";
    total += overlays[i].duration;
  }
  s += meta("media:duration", clock_value(total));
  s += meta("media:active-class", "-epub-media-overlay-active");
  return s;
}

std::string item(const std::string& id, const std::string& href, const std::string& type,
                 const std::string& extra = "") {
  return "    <item id=\"" + escape_xml_attribute(id) + "\" href=\"" + escape_xml_attribute(href) +
         "\" media-type=\"" + type + "\"" + extra + "/>\n";
}

std::string manifest(const Metadata& m, const Book& book) {
  std::string s = "  <manifest>\n";
  s += item("nav", "nav.xhtml", "application/xhtml+xml", " properties=\"nav\"");
  s += item("css", stylesheet_name, "text/css");
  for (std::size_t i = 0; i < m.fonts.size(); ++i)
    s += item("font" + std::to_string(i + 1), m.fonts[i], "font/ttf");
  for (std::size_t i = 0; i < m.pictures.size(); ++i)
    s += item("picture" + std::to_string(i + 1), m.pictures[i].href, m.pictures[i].media_type);
  s += item("audio", m.audio, "audio/mpeg");
  for (const ContentDocument& d : book.documents) {
    const std::string smil = overlay_name(d.name);
    s += item(d.name, d.name, "application/xhtml+xml", " media-overlay=\"" + smil + "\"");
    s += item(smil, smil, "application/smil+xml");
  }
  return s + "  </manifest>\n";
}

}  // namespace

std::string package_document(const Metadata& m, const Book& book,
                             const std::vector<Overlay>& overlays) {
  std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  s += "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
       "unique-identifier=\"pub-id\" xml:lang=\"" +
       escape_xml_attribute(m.language) + "\">\n";
  s += "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  s += "    <dc:identifier id=\"pub-id\">" + escape_xml_text(m.identifier) + "</dc:identifier>\n";
  s += "    <dc:title>" + escape_xml_text(m.title) + "</dc:title>\n";
  s += "    <dc:language>" + escape_xml_text(m.language) + "</dc:language>\n";
  for (const std::string& creator : m.creators)
    s += "    <dc:creator>" + escape_xml_text(creator) + "</dc:creator>\n";
  if (m.web_page)  // the same handout, read along on the clinic's site (clinic.xml <publish>)
    s += "    <dc:relation>" + escape_xml_text(*m.web_page) + "</dc:relation>\n";
  s += meta("dcterms:modified", m.modified);
  s += accessibility(m) + overlays_metadata(book, overlays);
  s += "  </metadata>\n" + manifest(m, book) + "  <spine>\n";
  for (const ContentDocument& d : book.documents)
    s += "    <itemref idref=\"" + escape_xml_attribute(d.name) + "\"/>\n";
  return s + "  </spine>\n</package>\n";
}

}  // namespace handout::epub
