#include "image/picture.h"

#include <vips/vips.h>

#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace handout::image {

namespace {

void start() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (VIPS_INIT("handout") != 0) throw Error("libvips could not start");
    vips_concurrency_set(1);
  });
}

struct Unref {
  void operator()(void* object) const { g_object_unref(object); }
};
using Image = std::unique_ptr<VipsImage, Unref>;

}  // namespace

std::string_view media_type(Format format) {
  return format == Format::png ? "image/png" : "image/jpeg";
}

std::string_view extension(Format format) {
  return format == Format::png ? ".png" : ".jpg";
}

std::optional<Format> sniff(std::span<const std::byte> b) {
  if (b.size() >= 8 && b[0] == std::byte{0x89} && b[1] == std::byte{'P'} &&
      b[2] == std::byte{'N'} && b[3] == std::byte{'G'})
    return Format::png;
  if (b.size() >= 3 && b[0] == std::byte{0xFF} && b[1] == std::byte{0xD8} &&
      b[2] == std::byte{0xFF})
    return Format::jpeg;
  return std::nullopt;
}

std::variant<Header, std::string> inspect(std::span<const std::byte> bytes) {
  const auto format = sniff(bytes);
  if (!format) return std::string("it is not a PNG or JPEG picture");
  start();
  Image image(vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr));
  if (!image) {
    vips_error_clear();
    return std::string("the picture is damaged and cannot be read");
  }
  int width = vips_image_get_width(image.get());
  int height = vips_image_get_height(image.get());
  int orientation = 1;
  if (vips_image_get_typeof(image.get(), VIPS_META_ORIENTATION))
    vips_image_get_int(image.get(), VIPS_META_ORIENTATION, &orientation);
  if (orientation >= 5 && orientation <= 8) std::swap(width, height);
  return Header{*format, width, height};
}

Prepared prepare(std::span<const std::byte> bytes, int max_width, int max_height) {
  const auto format = sniff(bytes);
  if (!format) throw Error("not a PNG or JPEG picture");
  start();
  VipsImage* out = nullptr;
  if (vips_thumbnail_buffer(const_cast<std::byte*>(bytes.data()), bytes.size(), &out, max_width,
                            "height", max_height, "size", VIPS_SIZE_DOWN, nullptr) != 0) {
    vips_error_clear();
    throw Error("the picture is damaged and cannot be read");
  }
  Image thumb(out);
  void* buffer = nullptr;
  size_t length = 0;
  const int failed =
      *format == Format::png
          ? vips_pngsave_buffer(thumb.get(), &buffer, &length, "strip", TRUE, "bitdepth", 8,
                                nullptr)
          : vips_jpegsave_buffer(thumb.get(), &buffer, &length, "strip", TRUE, "Q", 85, nullptr);
  if (failed) {
    vips_error_clear();
    throw Error("the picture cannot be encoded");
  }
  Prepared prepared{
      *format, vips_image_get_width(thumb.get()), vips_image_get_height(thumb.get()), {}};
  const auto* start_byte = static_cast<const std::byte*>(buffer);
  prepared.bytes.assign(start_byte, start_byte + length);
  g_free(buffer);
  return prepared;
}

const Prepared& prepared(std::span<const std::byte> bytes, int max_width, int max_height) {
  static std::mutex mutex;
  static std::map<std::tuple<const std::byte*, std::size_t, int, int>, Prepared> cache;
  const std::lock_guard lock(mutex);
  const auto key = std::make_tuple(bytes.data(), bytes.size(), max_width, max_height);
  if (auto found = cache.find(key); found != cache.end()) return found->second;
  return cache.emplace(key, prepare(bytes, max_width, max_height)).first->second;
}

}  // namespace handout::image
