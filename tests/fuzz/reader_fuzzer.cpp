// libFuzzer target: the content readers must never crash, hang or leak on any bytes, and a
// handout they accept must have a title, at least one section and one contact block.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "content/clinic_reader.h"
#include "content/handout_reader.h"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace handout;
  const std::string text(reinterpret_cast<const char*>(data), size);
  model::Clinic clinic;
  clinic.name = {"Clinic", {}};
  model::Diagnostics diagnostics;
  const content::HandoutContext context{"fuzz", &clinic};
  if (const auto handout = content::parse_handout(text, "fuzz.xml", context, diagnostics)) {
    check(diagnostics.empty());
    check(!handout->title.empty());
    std::size_t contacts = 0;
    for (const model::Block& block : handout->body)
      contacts += std::holds_alternative<model::Contact>(block) ? 1 : 0;
    check(contacts == 1);
  } else {
    check(!diagnostics.empty());
  }
  model::Diagnostics more;
  content::parse_clinic(text, "clinic.xml", more);
  content::parse_lexicon(text, "lexicon.pls", more);
  return 0;
}
