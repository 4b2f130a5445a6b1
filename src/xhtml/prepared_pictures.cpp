#include "xhtml/prepared_pictures.h"

#include <span>
#include <stdexcept>

#include "image/picture.h"
#include "model/diagnostic.h"

namespace handout::xhtml {

PictureFiles prepared_pictures(const model::Handout& handout) {
  PictureFiles pictures(handout);
  for (PictureFile& file : pictures.files()) {
    const model::Picture& picture = file.figure->picture;
    if (!picture.bytes) throw std::logic_error("a picture without its bytes: " + picture.src);
    try {
      const std::shared_ptr<const image::Prepared> prepared =
          image::prepared(std::span(*picture.bytes), picture_max_pixels, picture_max_pixels);
      if (image::extension(prepared->format) != picture_extension(picture.format))
        throw std::logic_error("a prepared picture changed its format: " + picture.src);
      file.bytes = {reinterpret_cast<const char*>(prepared->bytes.data()), prepared->bytes.size()};
      file.width = prepared->width;
      file.height = prepared->height;
      file.owner = prepared;
    } catch (const image::Error& error) {
      throw model::Error({handout.file, file.figure->at,
                          "the picture " + picture.src + " cannot be prepared: " + error.what()});
    }
  }
  return pictures;
}

}  // namespace handout::xhtml
