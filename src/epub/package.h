#pragma once
// The package document (EPUB/package.opf): metadata, manifest, spine.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "epub/book.h"
#include "epub/overlay.h"

namespace handout::epub {

struct Metadata {
  std::string identifier;  // "urn:uuid:…", the same for every build of the handout
  std::string title;
  std::string language;
  std::vector<std::string> creators;
  std::string modified;     // "2026-11-26T00:00:00Z"
  std::string summary;      // schema:accessibilitySummary, with the checks the build ran
  std::string page_source;  // the printed edition the page list follows: the PDF's name
  std::string audio;        // "audio/<id>.mp3"
  std::optional<std::string> web_page;  // where the clinic publishes the read-along page
  std::vector<std::string> fonts;       // "fonts/….ttf"
  struct Picture {
    std::string href;  // "images/<id>.picture-1.png"
    std::string media_type;
  };
  std::vector<Picture> pictures;  // what the content documents show
};

// `overlays[i]` is the overlay of `book.documents[i]`.
std::string package_document(const Metadata& metadata, const Book& book,
                             const std::vector<Overlay>& overlays);

}  // namespace handout::epub
