#include "xhtml/pictures.h"

#include <algorithm>
#include <stdexcept>

#include "model/reading_order.h"

namespace handout::xhtml {

namespace {

// The same file: by the digest of its bytes, which the reader records.
bool same_file(const model::Picture& a, const model::Picture& b) {
  if (a.digest.empty() || b.digest.empty()) return a.bytes == b.bytes;
  return a.digest == b.digest;
}

}  // namespace

std::string_view picture_extension(model::PictureFormat format) {
  return format == model::PictureFormat::jpeg ? ".jpg" : ".png";
}

std::string_view picture_media_type(model::PictureFormat format) {
  return format == model::PictureFormat::jpeg ? "image/jpeg" : "image/png";
}

PictureFiles::PictureFiles(const model::Handout& handout) {
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.kind != model::UnitKind::figure) continue;
    const model::Figure& figure = std::get<model::Figure>(*unit.block);
    const model::Picture& picture = figure.picture;
    const auto same = [&](const PictureFile& file) {
      return same_file(file.figure->picture, picture);
    };
    if (std::ranges::any_of(files_, same)) continue;
    const std::vector<std::byte>* bytes = picture.bytes.get();
    files_.push_back(
        {&figure,
         handout.id + std::string(picture_infix) + std::to_string(files_.size() + 1) +
             std::string(picture_extension(picture.format)),
         picture_media_type(picture.format),
         bytes ? std::string_view(reinterpret_cast<const char*>(bytes->data()), bytes->size())
               : std::string_view(),
         picture.width, picture.height});
  }
}

const PictureFile& PictureFiles::of(const model::Picture& picture) const {
  for (const PictureFile& file : files_)
    if (same_file(file.figure->picture, picture)) return file;
  throw std::out_of_range("a picture of another handout: " + picture.src);
}

void PictureFiles::place_in(std::string_view folder) {
  for (PictureFile& file : files_) file.name = std::string(folder) + file.name;
}

}  // namespace handout::xhtml
