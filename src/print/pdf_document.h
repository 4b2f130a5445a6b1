#pragma once
// RAII owner of a libharu document. libharu reports errors through a callback; they are
// collected here and turned into model::Error by check(), never thrown through C code.
#include <hpdf.h>

#include <memory>
#include <string>
#include <string_view>

#include "model/location.h"

namespace handout::print {

class PdfDocument {
 public:
  explicit PdfDocument(std::string file);  // `file`: the handout, for error messages
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  HPDF_Doc get() const { return doc_; }
  const std::string& file() const { return file_; }
  // Throws model::Error when libharu reported an error since the last check, located at `at`
  // when the error comes from something in the handout (a picture).
  void check(std::string_view doing, const model::Location& at = {}) const;
  [[noreturn]] void fail(const std::string& message, const model::Location& at = {}) const;
  std::string save();  // the PDF's bytes

 private:
  struct Status {
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = HPDF_OK;
  };
  static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* status);

  std::string file_;
  std::unique_ptr<Status> status_;
  HPDF_Doc doc_ = nullptr;
};

}  // namespace handout::print
