#pragma once
// Every file of the EPUB, in the order the archive stores them: the pure part of the writer.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "epub/book.h"
#include "model/handout.h"
#include "xhtml/pictures.h"

namespace handout::epub {

struct Recording {
  std::string name;            // "<id>.mp3", stored as EPUB/audio/<name>
  std::string_view bytes;      // the MP3 the audio writer made, not copied
  std::filesystem::path file;  // or the file it spooled the MP3 to, when it did
  std::vector<Clip> clips;     // every spoken sentence's clip, in reading order
  std::int64_t duration = 0;   // milliseconds: the MP3's length as a player plays it
};

struct FontFile {
  std::string name;  // "AtkinsonHyperlegible-Regular.ttf"
  std::string bytes;
};

struct PackageInputs {
  std::vector<PageStart> pages;  // where each page of the PDF starts
  std::string pdf_name;          // "<id>.pdf"
  Recording audio;
  std::vector<FontFile> fonts;
  std::int64_t fallback_epoch = 0;  // dcterms:modified when the handout has no `revised`
  // The pictures as prepared (their bytes borrowed), stored in EPUB/images/; the handout's own
  // files when null.
  const xhtml::PictureFiles* pictures = nullptr;
};

struct PackageFile {
  std::string path;   // in the archive
  std::string bytes;  // made for the package
  bool compress = true;
  // Or bytes of the inputs (the recording, the fonts), not copied: the inputs must outlive
  // the package.
  std::string_view borrowed = {};
  std::filesystem::path file = {};  // or a file's contents, read as the archive is written

  std::string_view contents() const { return borrowed.data() != nullptr ? borrowed : bytes; }
};

struct Package {
  std::vector<PackageFile> files;  // "mimetype" first
  std::size_t sentences = 0;       // synchronised with the recording
  std::int64_t duration = 0;       // of the overlays, in milliseconds
  std::size_t pages = 0;           // in the page list
};

// The overlays tile the recording (overlay.h, tile). Throws std::invalid_argument when the
// recording lacks a sentence the documents show or speaks one they do not show, or a page start
// is not in the handout. The recording's, fonts' and pictures' files borrow their bytes from
// `inputs` (the pictures' from the handout when `inputs` has none).
Package package_files(const model::Handout& handout, const PackageInputs& inputs);

// "2026-11-26T00:00:00Z": the handout's revision date, else the fallback time.
std::string modified_time(const model::Handout& handout, std::int64_t fallback_epoch);

// "urn:uuid:…" from the clinic's name and the handout's id: the same on every build.
std::string identifier(const model::Handout& handout);

}  // namespace handout::epub
