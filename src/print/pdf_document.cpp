#include "print/pdf_document.h"

#include <cstdio>

#include "model/diagnostic.h"

namespace handout::print {

void PdfDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* status) {
  auto* s = static_cast<Status*>(status);
  if (s->error == HPDF_OK) *s = {error, detail};
}

PdfDocument::PdfDocument(std::string file)
    : file_(std::move(file)), status_(std::make_unique<Status>()) {
  doc_ = HPDF_New(&PdfDocument::on_error, status_.get());
  if (!doc_) fail("the PDF library could not start");
}

PdfDocument::~PdfDocument() {
  if (doc_) HPDF_Free(doc_);
}

void PdfDocument::fail(const std::string& message, const model::Location& at) const {
  throw model::Error({file_, at, message});
}

void PdfDocument::check(std::string_view doing, const model::Location& at) const {
  if (status_->error == HPDF_OK) return;
  char code[48];
  std::snprintf(code, sizeof code, "error 0x%04X (detail %u)",
                static_cast<unsigned>(status_->error), static_cast<unsigned>(status_->detail));
  fail("the PDF library (libharu) reported " + std::string(code) + " while " + std::string(doing),
       at);
}

std::string PdfDocument::save() {
  HPDF_SaveToStream(doc_);
  check("writing the PDF");
  std::string bytes(HPDF_GetStreamSize(doc_), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc_, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  // HPDF_ReadFromStream reports the end of the stream as an error; anything else is real.
  if (status_->error == HPDF_STREAM_EOF) status_->error = HPDF_OK;
  check("reading the PDF back");
  return bytes;
}

}  // namespace handout::print
