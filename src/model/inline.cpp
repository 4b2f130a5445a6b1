#include "model/inline.h"

namespace handout::model {

std::string plain_text(const Inlines& runs) {
  std::string out;
  for (const Run& run : runs) out += run.text;
  return out;
}

Location locate_in(const Run& run, std::size_t offset) {
  TextPlace from{0, run.at};
  for (const TextPlace& place : run.places)
    if (place.offset <= offset) from = place;
  if (from.at.line == 0) return from.at;
  Location at = from.at;
  for (std::size_t i = from.offset; i < offset && i < run.text.size(); ++i)
    if ((static_cast<unsigned char>(run.text[i]) & 0xC0) != 0x80) ++at.column;
  return at;
}

}  // namespace handout::model
