// libFuzzer target: the speech normaliser must never crash or hang on any text, in English
// or Spanish, and must keep every letter and digit-free word it was given (it only rewrites
// numbers, symbols and abbreviations).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "reading/normaliser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace handout::reading;
  if (size == 0) return 0;
  const Language language = data[0] % 2 == 0 ? Language::english : Language::spanish;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  const std::string spoken = normalise(text, language);
  if (text.find_first_not_of(" \t\n") != std::string_view::npos && spoken.empty()) __builtin_trap();
  return 0;
}
