#pragma once
// The pictures of a handout as the XHTML formats publish them (the web page beside it, the
// books inside them): one file for each distinct picture (by its bytes), numbered
// from 1 in reading order, "<id>.picture-<n>.png" or ".jpg", so that a build can tell its own
// files from any other. Pure: each format prepares the files for its medium and sets their
// bytes and size here before it renders (image/picture.h is the format's to call).
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/handout.h"

namespace handout::xhtml {

// What comes between the handout's id and a picture's number in its file's name.
inline constexpr std::string_view picture_infix = ".picture-";

// ".png" or ".jpg", and its media type: a prepared picture keeps its format.
std::string_view picture_extension(model::PictureFormat format);
std::string_view picture_media_type(model::PictureFormat format);

struct PictureFile {
  const model::Figure* figure = nullptr;  // its first figure in reading order
  // Where the documents find it: its file's name ("exercise-sampler.picture-1.png"), in a folder
  // of its own when placed in one ("images/exercise-sampler.picture-1.png").
  std::string name;
  std::string_view media_type;  // "image/png"
  // What is published, borrowed: the picture's own file and size until a format sets the
  // prepared file's.
  std::string_view bytes;
  int width = 0;  // in pixels
  int height = 0;
  std::shared_ptr<const void> owner = nullptr;  // what holds `bytes` once prepared
};

class PictureFiles {
 public:
  PictureFiles() = default;  // none
  // The handout must outlive it.
  explicit PictureFiles(const model::Handout& handout);

  std::vector<PictureFile>& files() { return files_; }
  const std::vector<PictureFile>& files() const { return files_; }
  // The file of a picture of the handout (or one with the same bytes); throws
  // std::out_of_range for another.
  const PictureFile& of(const model::Picture& picture) const;
  // Puts every file in `folder` ("images/"), relative to the documents.
  void place_in(std::string_view folder);

 private:
  std::vector<PictureFile> files_;
};

}  // namespace handout::xhtml
