#include "running_title.h"

#include <doctest/doctest.h>

#include "rendered.h"

namespace handout::test {

bool is_running_title(const std::string& text, const model::Handout& handout) {
  std::string shown = normalise(text);
  const std::string ellipsis = "\u2026";
  const bool cut = shown.ends_with(ellipsis);
  if (cut) shown.erase(shown.size() - ellipsis.size());
  const std::string title = normalise(model::plain_text(handout.title));
  if (shown.empty()) return false;
  return cut ? title.starts_with(shown) && title.size() > shown.size() : shown == title;
}

std::string without_running_title(const std::string& page_text, const model::Handout& handout) {
  // pdftotext -raw reads it last (it is painted last), the default order first (it is on top).
  std::string text = page_text;
  while (!text.empty() && (text.front() == '\n' || text.front() == ' ')) text.erase(0, 1);
  const std::size_t first_end = text.find('\n');
  if (is_running_title(text.substr(0, first_end), handout))
    return first_end == std::string::npos ? std::string() : text.substr(first_end + 1);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  const std::size_t line = text.rfind('\n');
  const std::string last = text.substr(line == std::string::npos ? 0 : line + 1);
  REQUIRE_MESSAGE(is_running_title(last, handout), "no running title on the page: " << text);
  return line == std::string::npos ? std::string() : text.substr(0, line + 1);
}

std::string without_running_titles(const std::string& text, const model::Handout& handout) {
  std::string out;
  std::size_t start = 0;
  for (int page = 0; start < text.size(); ++page) {
    std::size_t end = text.find('\f', start);
    if (end == std::string::npos) end = text.size();
    const std::string one = text.substr(start, end - start);
    out += (page == 0 ? one : without_running_title(one, handout)) + "\f";
    start = end + 1;
  }
  return out;
}

}  // namespace handout::test
