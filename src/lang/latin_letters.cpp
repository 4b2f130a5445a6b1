#include "lang/latin_letters.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <memory>

namespace handout::lang {

namespace {

// One per thread: a transliterator keeps no state between calls, but ICU does not promise
// that two threads may share one.
const icu::Transliterator* latin_ascii() {
  thread_local const std::unique_ptr<icu::Transliterator> made = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> out(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(out) : nullptr;
  }();
  return made.get();
}

bool basic_latin_letter(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

}  // namespace

std::u32string latin_letters(char32_t c) {
  const auto code_point = static_cast<UChar32>(c);
  UErrorCode status = U_ZERO_ERROR;
  if (basic_latin_letter(c) || !u_isalpha(code_point) ||
      uscript_getScript(code_point, &status) != USCRIPT_LATIN)
    return {};
  const icu::Transliterator* transliterator = latin_ascii();
  if (!transliterator) return {};
  icu::UnicodeString text(code_point);
  transliterator->transliterate(text);
  std::u32string out;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1))
    out += static_cast<char32_t>(text.char32At(i));
  if (out.empty() || !std::ranges::all_of(out, basic_latin_letter)) return {};
  return out;
}

}  // namespace handout::lang
