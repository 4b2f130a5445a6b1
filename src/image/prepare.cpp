#include "image/prepare.h"

#include <algorithm>
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

// The power of two (1, 2, 4 or 8) a JPEG is shrunk by while it is decoded (libjpeg scales its
// inverse DCT): the largest that leaves it at least as large as it will be shown, so that the
// resize after it only shrinks. libvips's thumbnail keeps a factor of two for its resize (a
// 4000-pixel photo shown 1700 wide would be decoded whole); this decodes it at 2000, which takes
// half the time, and libjpeg's scaled transform is no plain block average.
int jpeg_shrink(const SourceHeader& source, int max_width, int max_height) {
  const double factor = std::max(static_cast<double>(source.header.width) / max_width,
                                 static_cast<double>(source.header.height) / max_height);
  int shrink = 1;
  while (shrink < 8 && shrink * 2 <= factor) shrink *= 2;
  return shrink;
}

// The picture decoded by the loader of its sniffed format only, a few rows at a time as the
// steps after it ask (a JPEG shrunk while decoded), failing on damaged or missing data.
VipsImagePtr decoder(const VipsLibrary& vips, const SourceHeader& source,
                     std::span<const std::byte> bytes, int max_width, int max_height) {
  void* data = const_cast<std::byte*>(bytes.data());  // read only, as in source_header.cpp
  VipsImage* image = nullptr;
  const int failed =
      source.header.format == Format::png
          ? vips.pngload_buffer(data, bytes.size(), &image, "access", VIPS_ACCESS_SEQUENTIAL,
                                "fail_on", VIPS_FAIL_ON_ERROR, nullptr)
          : vips.jpegload_buffer(data, bytes.size(), &image, "access", VIPS_ACCESS_SEQUENTIAL,
                                 "fail_on", VIPS_FAIL_ON_ERROR, "shrink",
                                 jpeg_shrink(source, max_width, max_height), nullptr);
  VipsImagePtr owned(image);
  if (failed != 0) throw Error(damaged(source.header.format, vips_reason(vips)));
  return owned;
}

// Turned upright and shrunk by libvips's thumbnail: transparency premultiplied while shrinking,
// CMYK made sRGB, 16 bits made 8. A colour picture with a colour profile (a phone's Display P3)
// is converted to sRGB with it; without one it is taken to be sRGB already. A grey picture
// stays grey.
VipsImagePtr shrink(const VipsLibrary& vips, const SourceHeader& source, VipsImage* decoded,
                    int max_width, int max_height) {
  const bool to_srgb = source.colour_profile && source.bands >= 3;
  VipsImage* image = nullptr;
  const int failed =
      to_srgb ? vips.thumbnail_image(decoded, &image, max_width, "height", max_height, "size",
                                     VIPS_SIZE_DOWN, "export_profile", "srgb", nullptr)
              : vips.thumbnail_image(decoded, &image, max_width, "height", max_height, "size",
                                     VIPS_SIZE_DOWN, nullptr);
  VipsImagePtr owned(image);
  if (failed != 0) throw Error(damaged(source.header.format, vips_reason(vips)));
  return owned;
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
  // libvips's thumbnail takes sides of at most 10,000,000 pixels: a larger one is no limit.
  max_width = std::min(max_width, 10'000'000);
  max_height = std::min(max_height, 10'000'000);
  const Format format = source.header.format;
  const VipsLibrary& vips = vips_library();
  vips_forget_reasons(vips);  // a warning reading the header is no reason for what follows
  const VipsImagePtr decoded = decoder(vips, source, bytes, max_width, max_height);
  VipsImagePtr image =
      eight_bit(vips, shrink(vips, source, decoded.get(), max_width, max_height), format);
  Prepared prepared{
      format, vips.image_get_width(image.get()), vips.image_get_height(image.get()), {}};
  prepared.bytes = encode(vips, image.get(), format);
  return prepared;
}

}  // namespace handout::image
