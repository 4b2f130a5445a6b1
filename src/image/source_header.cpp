#include "image/source_header.h"

#include <string>

#include "image/vips_library.h"

namespace handout::image {

namespace {

std::string format_name(Format format) {
  return format == Format::png ? "PNG" : "JPEG";
}

// "12,000 × 10,000 pixels (120 megapixels)".
std::string size_in_words(int width, int height) {
  const long long pixels = static_cast<long long>(width) * height;
  return std::to_string(width) + " × " + std::to_string(height) + " pixels (" +
         std::to_string((pixels + 500'000) / 1'000'000) + " megapixels)";
}

std::string not_png_or_jpeg(std::span<const std::byte> bytes) {
  const std::string_view kind = other_kind(bytes);
  if (kind.empty()) return "not a PNG or JPEG picture";
  return std::string(kind) +
         ", not a PNG or JPEG: save it as PNG (a drawing or diagram) or JPEG (a photo)";
}

// The header as libvips's own PNG or JPEG loader reads it (no pixel is decoded).
VipsImagePtr load_header(const VipsLibrary& vips, Format format, std::span<const std::byte> bytes) {
  // libvips takes the buffer as void* but never writes to it.
  void* data = const_cast<std::byte*>(bytes.data());
  VipsImage* image = nullptr;
  const int failed =
      format == Format::png
          ? vips.pngload_buffer(data, bytes.size(), &image, "fail_on", VIPS_FAIL_ON_ERROR, nullptr)
          : vips.jpegload_buffer(data, bytes.size(), &image, "fail_on", VIPS_FAIL_ON_ERROR,
                                 nullptr);
  VipsImagePtr owned(image);
  if (failed != 0) owned.reset();
  return owned;
}

// The memory decoding the whole picture takes, when it must be decoded whole: an interlaced PNG
// is held as its pixels, a progressive JPEG as its DCT coefficients (two bytes a sample).
long long whole_decode_bytes(const VipsLibrary& vips, VipsImage* image, Format format) {
  int interlaced = 0;
  if (vips.image_get_typeof(image, "interlaced") == 0 ||
      vips.image_get_int(image, "interlaced", &interlaced) != 0 || interlaced == 0)
    return 0;
  const long long samples = static_cast<long long>(vips.image_get_width(image)) *
                            vips.image_get_height(image) * vips.image_get_bands(image);
  const int sample_bytes =
      format == Format::jpeg || vips.image_get_format(image) == VIPS_FORMAT_USHORT ? 2 : 1;
  return samples * sample_bytes;
}

}  // namespace

std::variant<SourceHeader, std::string> read_source_header(std::span<const std::byte> bytes) {
  const std::optional<Format> format = sniff(bytes);
  if (!format) return not_png_or_jpeg(bytes);
  const VipsLibrary& vips = vips_library();
  vips_forget_reasons(vips);
  const VipsImagePtr image = load_header(vips, *format, bytes);
  if (!image) return "the " + format_name(*format) + " is damaged: " + vips_reason(vips);

  SourceHeader source;
  source.stored_width = vips.image_get_width(image.get());
  source.stored_height = vips.image_get_height(image.get());
  if (static_cast<long long>(source.stored_width) * source.stored_height > max_pixels)
    return "the picture is " + size_in_words(source.stored_width, source.stored_height) +
           ": at most " + std::to_string(max_pixels / 1'000'000) +
           " megapixels can be used. Save it smaller (2,000 pixels wide is plenty for print)";
  const long long whole = whole_decode_bytes(vips, image.get(), *format);
  if (whole > max_whole_decode_bytes)
    return "the picture is " +
           std::string(*format == Format::png ? "an interlaced PNG" : "a progressive JPEG") +
           " of " + size_in_words(source.stored_width, source.stored_height) +
           ", which must be decoded whole (" + std::to_string(whole >> 20) + " MiB; at most " +
           std::to_string(max_whole_decode_bytes >> 20) +
           "): save it smaller, or without interlacing";
  source.bands = vips.image_get_bands(image.get());
  source.colour_profile = vips.image_get_typeof(image.get(), VIPS_META_ICC_NAME) != 0;
  // Orientations 5 to 8 turn the picture a quarter: its width is what was stored as its height.
  const int orientation = vips.image_get_orientation(image.get());
  const bool turned = orientation >= 5 && orientation <= 8;
  source.header = {*format, turned ? source.stored_height : source.stored_width,
                   turned ? source.stored_width : source.stored_height};
  return source;
}

}  // namespace handout::image
