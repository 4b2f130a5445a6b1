#include "daisy/ncc.h"

#include <algorithm>
#include <stdexcept>

#include "daisy/clock.h"
#include "lang/xml_escape.h"

namespace handout::daisy {

namespace {

std::string meta(std::string_view name, std::string_view content, std::string_view scheme = {}) {
  std::string s = "<meta name=\"" + std::string(name) + "\" content=\"" +
                  lang::escape_xml_attribute(content) + "\"";
  if (!scheme.empty()) s += " scheme=\"" + std::string(scheme) + "\"";
  return s + "/>\n";
}

// The highest level, after checking that the levels nest: each at most one deeper than the one
// before, from 1.
int depth_of(const std::vector<NccEntry>& entries) {
  if (entries.empty()) throw std::invalid_argument("the book has no heading");
  int depth = 0, previous = 0;
  for (const NccEntry& entry : entries) {
    if (entry.level < 1 || entry.level > 6 || entry.level > previous + 1)
      throw std::invalid_argument("the heading " + entry.title + " skips a level");
    previous = entry.level;
    depth = std::max(depth, entry.level);
  }
  return depth;
}

std::string metadata_elements(const Metadata& m, const std::vector<NccEntry>& entries) {
  std::string s = "<meta http-equiv=\"Content-type\" content=\"text/html; charset=utf-8\"/>\n";
  s += "<title>" + lang::escape_xml_text(m.title) + "</title>\n";
  s += meta("dc:title", m.title);
  for (const std::string& creator : m.creators) s += meta("dc:creator", creator);
  s += meta("dc:date", m.date, "yyyy-mm-dd") + meta("dc:format", "Daisy 2.02") +
       meta("dc:identifier", m.identifier) + meta("dc:language", m.language) +
       meta("dc:publisher", m.publisher);
  s += meta("ncc:charset", "utf-8") + meta("ncc:generator", m.generator) +
       meta("ncc:multimediaType", "audioFullText") +
       meta("ncc:totalTime", hms_value(m.total_time)) + meta("ncc:files", std::to_string(m.files)) +
       meta("ncc:tocItems", std::to_string(entries.size())) +
       meta("ncc:depth", std::to_string(depth_of(entries))) + meta("ncc:pageFront", "0") +
       meta("ncc:pageNormal", "0") + meta("ncc:pageSpecial", "0") + meta("ncc:maxPageNormal", "0") +
       meta("ncc:setInfo", "1 of 1");
  return s;
}

std::string heading(const NccEntry& entry, bool first) {
  const std::string tag = "h" + std::to_string(entry.level);
  return "<" + tag + (first ? " class=\"title\"" : "") + " id=\"" +
         lang::escape_xml_attribute(entry.id) + "\"><a href=\"" +
         lang::escape_xml_attribute(entry.href) + "\">" + lang::escape_xml_text(entry.title) +
         "</a></" + tag + ">\n";
}

}  // namespace

std::string ncc_document(const Metadata& metadata, const std::vector<NccEntry>& entries) {
  const std::string head = metadata_elements(metadata, entries);
  const std::string lang = lang::escape_xml_attribute(metadata.language);
  std::string s =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
      "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"" +
      lang + "\" lang=\"" + lang + "\">\n<head>\n" + head + "</head>\n<body>\n";
  for (std::size_t i = 0; i < entries.size(); ++i) s += heading(entries[i], i == 0);
  return s + "</body>\n</html>\n";
}

}  // namespace handout::daisy
