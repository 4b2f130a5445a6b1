#pragma once
// Links to a handout's files, each with its label, its size and a recording's length, in the
// handout's language: the index's entry of each handout and the page's own list of its other
// formats show them alike. Pure.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/language_tag.h"

namespace handout::web {

struct FileLink {
  std::string file;   // beside the page
  std::string label;  // "Large print (PDF)", in the handout's language
  std::uint64_t size = 0;
  std::optional<double> seconds = {};  // a recording's length
  std::string stale = {};  // when the file is older than its handout: a marker saying so
};

// "245 kB" or "4.1 MB, length 4 min, 12 sec", in the handout's language.
std::string file_details(const FileLink& link, const model::LanguageTag& lang);

// What a link does with a recording: opens it where it is, or downloads it (from a page that
// plays it already, so that the link does not leave the read-along).
enum class Recordings { open, download };

// One <li> per link: its label (and `unseen`, words only a screen reader says after it: the
// handout's title in the index, whose links would otherwise read alike), its details, its
// marker.
std::string file_items_html(std::span<const FileLink> links, const model::LanguageTag& lang,
                            std::string_view unseen, Recordings recordings);

}  // namespace handout::web
