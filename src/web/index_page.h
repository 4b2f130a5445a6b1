#pragma once
// out/index.html: every handout by title, in its language, with links to its files, and the
// clinic's contact details; a page a clinic can publish as it is. Pure.
#include <span>
#include <string>
#include <vector>

#include "model/clinic.h"
#include "model/language_tag.h"
#include "web/page_assets.h"

namespace handout::web {

struct IndexLink {
  std::string file;        // beside the index
  std::string label;       // "Large print (PDF)", in the handout's language
  std::string stale = {};  // when the file is older than its handout: a marker saying so
};

struct IndexItem {
  std::string title;
  model::LanguageTag lang;
  std::vector<IndexLink> links;  // the files it was built in
};

// `lang`: the index's own language (the clinic's); `clinic` may be null.
std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts);

}  // namespace handout::web
