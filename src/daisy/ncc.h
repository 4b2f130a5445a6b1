#pragma once
// ncc.html, the navigation control centre of a DAISY 2.02 book: its metadata and its headings,
// each a link to the SMIL <par> it starts at. A player lists these headings and moves between
// them; the first is the book's title (<h1 class="title">).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace handout::daisy {

// The book's metadata (Dublin Core and the ncc: set of DAISY 2.02).
struct Metadata {
  std::string title;                  // dc:title
  std::vector<std::string> creators;  // dc:creator, at least one
  std::string date;                   // dc:date, "2026-11-26"
  std::string identifier;             // dc:identifier
  std::string language;               // dc:language, "en-US"
  std::string publisher;              // dc:publisher
  std::string generator;              // ncc:generator
  std::int64_t total_time = 0;        // ncc:totalTime, in milliseconds
  std::size_t files = 0;              // ncc:files: every file of the book, ncc.html included
};

struct NccEntry {
  int level = 1;      // 1 to 6; the first entry is the title
  std::string id;     // its id in ncc.html
  std::string title;  // the link's text
  std::string href;   // "s1.smil#u7-s1"
};

// Throws std::invalid_argument when there is no entry or an entry's level is not 1 to 6 or
// skips a level (an h3 right after an h1).
std::string ncc_document(const Metadata& metadata, const std::vector<NccEntry>& entries);

}  // namespace handout::daisy
