#include "print/pdf_writer.h"

namespace handout::print {

std::string render_pdf(const model::Handout& handout, const PrintOptions&) {
  throw model::Error({handout.file, handout.at, "PDF output is not implemented yet"});
}

}  // namespace handout::print
