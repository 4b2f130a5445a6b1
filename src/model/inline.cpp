#include "model/inline.h"

namespace handout::model {

std::string plain_text(const Inlines& runs) {
  std::string out;
  for (const Run& run : runs) out += run.text;
  return out;
}

}  // namespace handout::model
