#include "speech/regex_replace.h"

namespace handout::speech {

std::string replace_matches(std::string_view text, const std::regex& pattern,
                            const Replacer& replace) {
  std::string out;
  const char* const begin = text.data();
  const char* const end = text.data() + text.size();
  const char* copied = begin;
  for (std::cregex_iterator it(begin, end, pattern), last; it != last; ++it) {
    const std::cmatch& match = *it;
    std::optional<std::string> replacement = replace(match, text);
    if (!replacement) continue;
    out.append(copied, match[0].first);
    out += *replacement;
    copied = match[0].second;
  }
  out.append(copied, end);
  return out;
}

}  // namespace handout::speech
