#include "print/metadata.h"

#include <cstdio>

#include "lang/xml_escape.h"
#include "model/plan.h"
#include "print/pdf_objects.h"

namespace handout::print {

namespace {

std::string iso_time(const CivilTime& t) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day,
                t.hour, t.minute, t.second);
  return buffer;
}

}  // namespace

CivilTime document_time(const model::Handout& handout, std::int64_t epoch) {
  const model::DateTime t = model::civil_time(model::dated_at(handout, epoch));
  return {t.date.year, t.date.month, t.date.day, t.hour, t.minute, t.second};
}

std::string xmp_packet(const DocumentInfo& info, const std::string& producer) {
  std::string creators;
  for (const std::string& creator : info.creators)
    creators += "<rdf:li>" + lang::escape_xml_text(creator) + "</rdf:li>";
  const std::string time = iso_time(info.time);
  return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
         "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
         "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
         "<rdf:Description rdf:about=\"\"\n"
         " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
         " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
         " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
         " xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
         "<dc:format>application/pdf</dc:format>\n"
         "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
         lang::escape_xml_text(info.title) +
         "</rdf:li></rdf:Alt></dc:title>\n"
         "<dc:creator><rdf:Seq>" +
         creators +
         "</rdf:Seq></dc:creator>\n"
         "<dc:language><rdf:Bag><rdf:li>" +
         lang::escape_xml_text(info.lang) +
         "</rdf:li></rdf:Bag></dc:language>\n"
         "<xmp:CreateDate>" +
         time + "</xmp:CreateDate>\n<xmp:ModifyDate>" + time +
         "</xmp:ModifyDate>\n"
         "<pdf:Producer>" +
         lang::escape_xml_text(producer) +
         "</pdf:Producer>\n"
         "<pdfuaid:part>1</pdfuaid:part>\n"
         "</rdf:Description>\n"
         "</rdf:RDF>\n"
         "</x:xmpmeta>\n"
         "<?xpacket end=\"w\"?>";
}

namespace {

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : "; ") + part;
  return out;
}

void write_info(HPDF_Doc doc, const DocumentInfo& info) {
  HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, "-");  // makes sure the Info dictionary exists
  pdf::add_text(doc, pdf::info(doc), "Title", info.title);
  pdf::add_text(doc, pdf::info(doc), "Author", join(info.creators));
  const CivilTime& t = info.time;
  const HPDF_Date date{t.year, t.month, t.day, t.hour, t.minute, t.second, 'Z', 0, 0};
  HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, date);
  HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, date);
}

void write_catalog(HPDF_Doc doc, const DocumentInfo& info, const std::string& producer) {
  HPDF_Dict catalog = pdf::catalog(doc);
  pdf::add_text(doc, catalog, "Lang", info.lang);
  HPDF_Dict preferences = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(catalog, "ViewerPreferences", preferences);
  HPDF_Dict_AddBoolean(preferences, "DisplayDocTitle", HPDF_TRUE);
  HPDF_Dict metadata = pdf::new_stream(doc, xmp_packet(info, producer));
  HPDF_Dict_AddName(metadata, "Type", "Metadata");
  HPDF_Dict_AddName(metadata, "Subtype", "XML");
  HPDF_Dict_Add(catalog, "Metadata", metadata);
}

}  // namespace

void write_metadata(PdfDocument& document, const DocumentInfo& info) {
  HPDF_Doc doc = document.get();
  const std::string producer = std::string("Haru Free PDF Library ") + HPDF_GetVersion();
  write_info(doc, info);
  write_catalog(doc, info, producer);
  HPDF_Array id = HPDF_Array_New(doc->mmgr);
  HPDF_Dict_Add(pdf::trailer(doc), "ID", id);
  HPDF_Array_Add(id, pdf::byte_string(doc, info.id));
  HPDF_Array_Add(id, pdf::byte_string(doc, info.id));
  doc->pdf_version = HPDF_VER_17;
  document.check("writing the document's metadata");
}

}  // namespace handout::print
