#pragma once
// A kind of file a format writes for each handout, declared by its writer: the index, the links
// between formats and the manifest loop over these declarations and name no format.
#include <string>

#include "lang/terms.h"

namespace handout::writer {

struct OutputKind {
  std::string suffix;                               // the file is "<id><suffix>": ".pdf", ".tar.gz"
  std::string media_type;                           // "application/pdf"
  lang::Medium medium = lang::Medium::large_print;  // what a patient gets, worded by lang::Terms
  std::string format;                               // its own name in every language: "PDF"
  // Offered to patients (the index, the other formats' links); not a file for the clinic's
  // staff such as the recording's script.
  bool for_patients = true;

  // "Large print (PDF)" in the language of `terms`.
  std::string label(const lang::Terms& terms) const { return terms.output_label(medium, format); }
};

}  // namespace handout::writer
