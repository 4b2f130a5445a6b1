#include "print/pictures.h"

#include <algorithm>

#include "print/pdf_objects.h"
#include "print/picture_size.h"

namespace handout::print {

HPDF_Image Pictures::image(const FigureBox& box) {
  const model::Figure& figure = *box.figure;
  const model::Picture& picture = figure.picture;
  if (!picture.bytes)
    document_.fail(picture.src + " was not read, so it cannot be printed", figure.at);
  std::shared_ptr<const image::Prepared> prepared;
  try {
    prepared =
        image::prepared(*picture.bytes, std::max(pixels_for(box.width, print_picture_dpi), 1),
                        std::max(pixels_for(box.height, print_picture_dpi), 1));
  } catch (const image::Error& error) {
    document_.fail(picture.src + " cannot be printed: " + error.what(), figure.at);
  }
  if (const auto found = images_.find(prepared.get()); found != images_.end()) return found->second;
  HPDF_Image image = load(*prepared, figure);
  images_.emplace(prepared.get(), image);
  held_.push_back(std::move(prepared));
  return image;
}

HPDF_Image Pictures::load(const image::Prepared& prepared, const model::Figure& figure) {
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(prepared.bytes.data());
  const auto size = static_cast<HPDF_UINT>(prepared.bytes.size());
  HPDF_Image image = prepared.format == image::Format::png
                         ? HPDF_LoadPngImageFromMem(document_.get(), data, size)
                         : HPDF_LoadJpegImageFromMem(document_.get(), data, size);
  document_.check("embedding " + figure.picture.src, figure.at);
  if (!image) document_.fail(figure.picture.src + " could not be embedded", figure.at);
  pdf::compress_soft_mask(image);
  return image;
}

}  // namespace handout::print
