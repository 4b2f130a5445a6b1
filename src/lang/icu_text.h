#pragma once
// Small bridges between ICU's types and the project's UTF-8 strings (internal to lang/).
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <stdexcept>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::lang {

inline icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

inline std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

// Throws when an ICU call failed, naming what was being done.
inline void require(UErrorCode status, const char* what) {
  if (U_FAILURE(status))
    throw std::runtime_error(std::string(what) + " failed in ICU: " + u_errorName(status));
}

// The handout's locale; an ill-formed tag (refused by the reader) falls back to ICU's root.
inline icu::Locale locale_of(const model::LanguageTag& tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag.tag, status);
  return U_SUCCESS(status) ? locale : icu::Locale::getRoot();
}

}  // namespace handout::lang
