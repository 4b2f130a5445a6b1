#include "image/prepare.h"

#include <cstring>
#include <stdexcept>
#include <string>

#include "image/error.h"
#include "image/source_header.h"
#include "image/vips_library.h"

namespace handout::image {

namespace {

std::string damaged(Format format, const std::string& reason) {
  return std::string(format == Format::png ? "the PNG" : "the JPEG") +
         " is damaged or cut short: " + reason;
}

// Decoded, turned upright and shrunk in one pass of libvips's thumbnail: a JPEG is shrunk while
// it is decoded (by a power of two, in its DCT), then resized; transparency is premultiplied
// while shrinking; a CMYK picture becomes sRGB; 16 bits become 8. A colour picture with a
// colour profile (a phone's Display P3) is converted to sRGB with it; without one it is taken
// to be sRGB already. A grey picture stays grey.
VipsImagePtr shrink(const VipsLibrary& vips, const SourceHeader& source,
                    std::span<const std::byte> bytes, int max_width, int max_height) {
  void* data = const_cast<std::byte*>(bytes.data());  // read only, as in source_header.cpp
  const bool to_srgb = source.colour_profile && source.bands >= 3;
  VipsImage* image = nullptr;
  // libvips 8.14's thumbnail passes its own fail_on to files only: the loader's options say it
  // for a buffer.
  const int failed =
      to_srgb ? vips.thumbnail_buffer(data, bytes.size(), &image, max_width, "height", max_height,
                                      "size", VIPS_SIZE_DOWN, "option_string", "fail_on=error",
                                      "export_profile", "srgb", nullptr)
              : vips.thumbnail_buffer(data, bytes.size(), &image, max_width, "height", max_height,
                                      "size", VIPS_SIZE_DOWN, "option_string", "fail_on=error",
                                      nullptr);
  VipsImagePtr owned(image);
  if (failed != 0) throw Error(damaged(source.header.format, vips_reason(vips)));
  return owned;
}

// Which loader libvips chose: the one the bytes were sniffed as (the others are blocked).
void require_loader(const VipsLibrary& vips, VipsImage* image, Format format) {
  const char* loader = nullptr;
  const std::string expected = format == Format::png ? "pngload_buffer" : "jpegload_buffer";
  if (vips.image_get_string(image, "vips-loader", &loader) != 0 || loader == nullptr ||
      expected != loader)
    throw Error(damaged(format, "read by another decoder than libvips's " + expected));
}

// 8 bits a sample (thumbnail's sRGB and B_W already are).
VipsImagePtr eight_bit(const VipsLibrary& vips, VipsImagePtr image, Format format) {
  if (vips.image_get_format(image.get()) == VIPS_FORMAT_UCHAR) return image;
  VipsImage* cast = nullptr;
  if (vips.cast(image.get(), &cast, VIPS_FORMAT_UCHAR, nullptr) != 0)
    throw Error(damaged(format, vips_reason(vips)));
  return VipsImagePtr(cast);
}

// Encoded: the pixels are decoded here, as the encoder asks for them, so a picture cut short
// fails here.
std::vector<std::byte> encode(const VipsLibrary& vips, VipsImage* image, Format format) {
  void* buffer = nullptr;
  std::size_t length = 0;
  const int failed =
      format == Format::png
          ? vips.pngsave_buffer(image, &buffer, &length, "bitdepth", 8, "strip", TRUE, "interlace",
                                FALSE, nullptr)
          : vips.jpegsave_buffer(image, &buffer, &length, "Q", jpeg_quality, "strip", TRUE,
                                 "interlace", FALSE, "optimize_coding", TRUE, nullptr);
  const GlibBuffer owned(buffer);
  if (failed != 0) throw Error(damaged(format, vips_reason(vips)));
  std::vector<std::byte> bytes(length);
  std::memcpy(bytes.data(), owned.get(), length);
  return bytes;
}

}  // namespace

Prepared prepare(std::span<const std::byte> bytes, int max_width, int max_height) {
  if (max_width < 1 || max_height < 1)
    throw std::invalid_argument("image::prepare: the largest size must be at least 1 × 1");
  auto read = read_source_header(bytes);
  if (auto* message = std::get_if<std::string>(&read)) throw Error(*message);
  const SourceHeader& source = std::get<SourceHeader>(read);
  const Format format = source.header.format;
  const VipsLibrary& vips = vips_library();
  vips_forget_reasons(vips);  // a warning reading the header is no reason for what follows
  VipsImagePtr image = shrink(vips, source, bytes, max_width, max_height);
  require_loader(vips, image.get(), format);
  image = eight_bit(vips, std::move(image), format);
  Prepared prepared{
      format, vips.image_get_width(image.get()), vips.image_get_height(image.get()), {}};
  prepared.bytes = encode(vips, image.get(), format);
  return prepared;
}

}  // namespace handout::image
