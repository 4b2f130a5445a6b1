#pragma once
// The steps every content file goes through: characters, then XML, then a strict reader.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>

#include "content/element_checker.h"
#include "content/source_text.h"
#include "content/xml_source.h"

namespace handout::content {

// Orders the diagnostics from `first` on by line and column, as an admin reads the file.
inline void sort_by_location(model::Diagnostics& out, std::size_t first) {
  std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                   [](const model::Diagnostic& a, const model::Diagnostic& b) {
                     return std::pair(a.at.line, a.at.column) < std::pair(b.at.line, b.at.column);
                   });
}

inline constexpr std::size_t max_errors_per_file = 20;

// Keeps the first max_errors_per_file diagnostics added since `before`, and says how many
// more there were.
inline void cut_to_first(model::Diagnostics& out, std::size_t before,
                         const std::string& display_name) {
  const std::size_t count = out.size() - before;
  if (count <= max_errors_per_file) return;
  out.resize(before + max_errors_per_file);
  out.push_back({display_name,
                 {},
                 "and " + std::to_string(count - max_errors_per_file) +
                     " more errors in this file; fix these first, then check again"});
}

// Runs `read(checker, root)` on checked, well-formed text; a result is returned only when
// no diagnostic at all was added.
template <typename Read>
auto parse_checked(std::string text, const std::string& display_name, model::Diagnostics& out,
                   Read read) -> decltype(read(std::declval<ElementChecker&>(), pugi::xml_node())) {
  const SourceText source(display_name, std::move(text));
  const std::size_t before = out.size();
  check_characters(source, out);
  if (out.size() != before) return std::nullopt;
  std::optional<XmlSource> xml = XmlSource::parse(source, out);
  if (!xml) {
    sort_by_location(out, before);
    cut_to_first(out, before, display_name);
    return std::nullopt;
  }
  ElementChecker checker(source, out);
  auto result = read(checker, xml->root());
  sort_by_location(out, before);
  cut_to_first(out, before, display_name);
  if (out.size() != before) return std::nullopt;
  return result;
}

// Loads a file (within the size limit) and parses it as above.
template <typename Read>
auto read_checked(const std::filesystem::path& path, const std::string& display_name,
                  model::Diagnostics& out, Read read)
    -> decltype(read(std::declval<ElementChecker&>(), pugi::xml_node())) {
  std::optional<SourceText> source = load_source(path, display_name, out);
  if (!source) return std::nullopt;
  return parse_checked(std::string(source->text()), display_name, out, read);
}

}  // namespace handout::content
