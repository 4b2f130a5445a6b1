#pragma once
// out/index.html: every handout by title, in its language, with links to its files, and the
// clinic's contact details; a page a clinic can publish as it is. Pure.
#include <span>
#include <string>

#include "model/clinic.h"
#include "model/language_tag.h"
#include "web/page_assets.h"

namespace handout::web {

struct IndexItem {
  std::string title;
  model::LanguageTag lang;
  std::string web, pdf, mp3, epub;  // file names beside the index; empty when not built
};

// `lang`: the index's own language (the clinic's); `clinic` may be null.
std::string render_index(std::span<const IndexItem> items, const model::Clinic* clinic,
                         const model::LanguageTag& lang, const PageFonts& fonts);

}  // namespace handout::web
