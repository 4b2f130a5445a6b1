#pragma once
// What one format gives the formats made after it (Writer::provides and Writer::needs): typed
// values the compiler checks, so a format reads another's results without naming it or parsing
// anything. The build passes them along without looking inside.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "writer/output_kind.h"
#include "writer/spooled_file.h"

namespace handout::writer {

struct OutputFile {
  std::string name;   // the file's name in the output folder, e.g. "dry-needling.pdf"
  std::string bytes;  // the contents, unless spooled
  // Or the contents, already written to a file in Resources::scratch_dir (bytes is empty);
  // the file goes when the last copy of this does, unless it was renamed into place.
  std::shared_ptr<const SpooledFile> spooled = nullptr;
};

// When one sentence of the reading order (model/reading_order.h: "u7-s2", "contents-s1") is
// spoken.
struct TimedSentence {
  std::string id;
  double begin_seconds = 0;
  double end_seconds = 0;
};

// A chapter of the recording: the opening ("intro"), a section (its id) or the contact block
// ("contact").
struct TimedChapter {
  std::string id;
  std::string title;
  double start_seconds = 0;
  double end_seconds = 0;
};

// The recording and when each sentence is spoken in it, in reading order.
struct Recording {
  OutputFile file;     // the MP3, as the audio format wrote it
  double seconds = 0;  // its length, as a player plays it
  std::vector<TimedChapter> chapters;
  std::vector<TimedSentence> sentences;
};

// Where a printed page starts, named by the reading order: at `offset` bytes into the text of
// `unit`, or at the contact block's `sentence` when it starts inside that block.
struct PageStart {
  int page = 0;  // from 1
  std::string unit;
  std::size_t offset = 0;
  std::string sentence;
};

// The printed pages, for page lists that let a reader find "page 3" of the paper copy.
struct PrintedPages {
  std::string name;  // the PDF's file name
  int pages = 0;
  std::vector<PageStart> starts;
};

// A file of one handout in the output folder, and what kind of output it is.
struct ListedFile {
  std::string name;  // "dry-needling.pdf"
  OutputKind kind;
  std::uint64_t size = 0;  // in bytes, as the build wrote it
  // Older than the handout's source: its format failed or was not chosen since the handout
  // changed (a build with --formats), so a reader may find other words in it.
  bool stale = false;
  // A recording's (a file of an audio/ media type): its length, as its format's summary
  // records it (Rendered::summary "seconds"); a stale file's is its own, not the new one's.
  std::optional<double> seconds = {};
};

enum class Product { recording, printed_pages };

// The products of the formats rendered so far for one handout.
struct Products {
  std::optional<Recording> recording;
  std::optional<PrintedPages> printed_pages;
  // Not a format's: the build's, for a writer that lists_other_files(). The handout's files of
  // every other format, as the output folder holds them once this build has written it: those
  // made now, and those kept from earlier builds (stale when older than the handout); in the
  // list of writers' order and each writer's.
  std::optional<std::vector<ListedFile>> other_files;

  bool has(Product product) const;
  // Takes what `other` has; a product both have is `other`'s (other_files too).
  void add(Products other);
};

}  // namespace handout::writer
