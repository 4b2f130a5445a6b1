#include "image/picture.h"

#include <vips/vips.h>

namespace handout::image {
std::optional<Format> sniff(std::span<const std::byte> b) {
  if (b.size() >= 8 && b[0] == std::byte{0x89} && b[1] == std::byte{'P'}) return Format::png;
  if (b.size() >= 3 && b[0] == std::byte{0xFF} && b[1] == std::byte{0xD8}) return Format::jpeg;
  return std::nullopt;
}
std::variant<Header, std::string> inspect(std::span<const std::byte> bytes) {
  const auto format = sniff(bytes);
  if (!format) return std::string("not a PNG or JPEG picture");
  static const bool ready = VIPS_INIT("handout") == 0;
  (void)ready;
  VipsImage* image = vips_image_new_from_buffer(bytes.data(), bytes.size(), "", nullptr);
  if (!image) return std::string("the picture is damaged");
  Header h{*format, vips_image_get_width(image), vips_image_get_height(image)};
  g_object_unref(image);
  return h;
}
}  // namespace handout::image
