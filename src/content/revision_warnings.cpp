#include "content/revision_warnings.h"

namespace handout::content {

model::Diagnostics revision_warnings(const model::Handout& handout, const model::Date& today) {
  if (!handout.revised || *handout.revised <= today) return {};
  return {{handout.file, handout.at,
           "revised '" + model::iso_text(*handout.revised) + "' is after today (" +
               model::iso_text(today) +
               "); every format prints and says this date: write the day the handout was last "
               "changed",
           model::Severity::warning}};
}

}  // namespace handout::content
