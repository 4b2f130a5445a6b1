#pragma once
// out/index.html: every handout by title, in its language, with links to its files (each with
// its size, and a recording's length), a search by title as the reader types (in the page
// itself: the index stays a static file), and the clinic's contact details; a page a clinic
// can publish as it is. Pure.
#include <span>
#include <string>
#include <vector>

#include "model/clinic.h"
#include "model/language_tag.h"
#include "web/file_links.h"
#include "web/page_assets.h"

namespace handout::web {

struct IndexItem {
  std::string id;  // the handout's: its entry's anchor is index_anchor(id)
  std::string title;
  model::LanguageTag lang;
  std::vector<FileLink> links;  // the files it was built in
  // How hard it reads, in its language ("Reading level: grade 7.4"); empty when unmeasured.
  std::string reading = {};
};

// `lang`: the index's own language (the clinic's); `clinic` may be null.
std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts);

// The id of a handout's entry in the index, which its page links to: "handout-<id>" (no id the
// contact block gives its elements starts so).
std::string index_anchor(std::string_view id);

}  // namespace handout::web
