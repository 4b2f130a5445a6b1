#pragma once
// Document-level metadata: Info, XMP (dc:title, dc:language, dc:creator, pdfuaid:part 1),
// /Lang, /ViewerPreferences, PDF 1.7 and a trailer /ID derived from the content.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/date.h"
#include "model/handout.h"
#include "print/pdf_document.h"

namespace handout::print {

struct CivilTime {
  int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;  // UTC
  friend bool operator==(const CivilTime&, const CivilTime&) = default;
};

// When the handout's PDF is dated (model::dated_at).
CivilTime document_time(const model::Handout& handout, std::int64_t epoch);

struct DocumentInfo {
  std::string title;
  std::vector<std::string> creators;  // the authors, or the clinic when there are none
  std::string lang;
  CivilTime time;
  std::string id;  // 16 bytes
};

// The XMP packet, UTF-8.
std::string xmp_packet(const DocumentInfo& info, const std::string& producer);

void write_metadata(PdfDocument& document, const DocumentInfo& info);

}  // namespace handout::print
