#pragma once
// Every document of the DAISY 2.02 book, from the handout and the recording's times: the pure
// part of the writer. The recording itself is the writer's to add, beside them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "daisy/book.h"
#include "model/handout.h"
#include "xhtml/pictures.h"

namespace handout::daisy {

// The recording as the book uses it.
struct Timing {
  std::string audio;          // its file name, "<id>.mp3", beside the book's documents
  std::vector<Clip> clips;    // every spoken sentence, in reading order; `begin` is its mark
  std::int64_t duration = 0;  // milliseconds: the MP3's length as a player plays it
};

struct Document {
  std::string name;  // "ncc.html", in the book's folder
  std::string text;
};

struct Book {
  // ncc.html, the text document, master.smil, then a SMIL file per part in reading order.
  std::vector<Document> documents;
  std::size_t sentences = 0;  // synchronised with the recording
  std::size_t headings = 0;   // in ncc.html
  std::int64_t duration = 0;  // of the SMIL files together, in milliseconds
};

inline constexpr const char* ncc_name = "ncc.html";
inline constexpr const char* text_name = "content.html";
inline constexpr const char* master_name = "master.smil";

// The SMIL files tile the recording (clips.h), so their durations add up to ncc:totalTime.
// Throws std::invalid_argument when the recording's sentences are not the text's, in the same
// order, or their times go backwards. The text shows `pictures` (the handout's own files when
// null), which the writer adds beside the documents as it adds the recording.
Book make_book(const model::Handout& handout, const Timing& timing, std::int64_t fallback_epoch,
               const xhtml::PictureFiles* pictures = nullptr);

}  // namespace handout::daisy
