#include "cli/format_needs.h"

#include <algorithm>
#include <set>

#include "writers/writers.h"

namespace handout::cli {

std::vector<std::string> with_needs(std::span<const std::string> formats) {
  std::set<std::string, std::less<>> chosen(formats.begin(), formats.end());
  // Needs come earlier in the list, so one pass from the end reaches every one of them.
  const std::span<const writer::Writer* const> list = writers::all();
  for (auto w = list.rbegin(); w != list.rend(); ++w)
    if (chosen.contains((*w)->name()))
      for (const writer::Product need : (*w)->needs())
        chosen.emplace(writers::provider(need).name());
  std::vector<std::string> ordered;
  for (const writer::Writer* w : list)
    if (chosen.contains(w->name())) ordered.emplace_back(w->name());
  return ordered;
}

}  // namespace handout::cli
