#include "pictures.h"

#include <vips/vips.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "image/vips_library.h"

namespace handout::testing {

namespace {

struct Unref {
  void operator()(VipsImage* image) const { g_object_unref(image); }
};
using Image = std::unique_ptr<VipsImage, Unref>;

[[noreturn]] void vips_failed(const char* what) {
  const std::string reason = vips_error_buffer();
  vips_error_clear();
  throw std::runtime_error(std::string("test picture: ") + what + ": " + reason);
}

// libvips started as the module starts it (no modules, loaders blocked but PNG and JPEG).
void start() {
  static const bool started = (image::vips_library(), true);
  (void)started;
}

int bands_of(Colours colours) {
  switch (colours) {
    case Colours::grey:
      return 1;
    case Colours::grey_alpha:
      return 2;
    case Colours::rgb:
      return 3;
    case Colours::rgba:
    case Colours::cmyk:
      return 4;
  }
  return 3;
}

// The pixels: a red block top left, a blue-green gradient elsewhere (in CMYK: red is magenta
// and yellow, the rest cyan), transparent on the right half when there is alpha.
std::vector<unsigned> samples_of(const PictureSpec& spec) {
  const int bands = bands_of(spec.colours);
  std::vector<unsigned> samples;
  samples.reserve(static_cast<std::size_t>(spec.width) * spec.height * bands);
  std::uint32_t seed = 12345;
  for (int y = 0; y < spec.height; ++y) {
    for (int x = 0; x < spec.width; ++x) {
      const bool block = x < spec.width / 4 && y < spec.height / 4;
      int grain = 0;
      if (spec.noise) {
        seed = seed * 1664525u + 1013904223u;
        grain = static_cast<int>(seed >> 27) - 16;  // -16 … 15
      }
      const auto level = [grain](int value) {
        return static_cast<unsigned>(std::clamp(value + grain, 0, 255));
      };
      const unsigned gradient = level(40 + 180 * x / std::max(1, spec.width - 1));
      std::array<unsigned, 4> pixel{};
      switch (spec.colours) {
        case Colours::grey:
        case Colours::grey_alpha:
          pixel = {block ? level(230) : level(60), x < spec.width / 2 ? 255u : 0u};
          break;
        case Colours::rgb:
        case Colours::rgba:
          pixel = block ? std::array<unsigned, 4>{level(230), level(20), level(20), 255}
                        : std::array<unsigned, 4>{level(10), gradient, level(200), 255};
          if (spec.colours == Colours::rgba && x >= spec.width / 2) pixel[3] = 0;
          break;
        case Colours::cmyk:
          pixel = block ? std::array<unsigned, 4>{0, 255, 255, 0}
                        : std::array<unsigned, 4>{255, 0, level(40), 0};
          break;
      }
      for (int b = 0; b < bands; ++b) samples.push_back(pixel[static_cast<std::size_t>(b)]);
    }
  }
  return samples;
}

Image image_of(const PictureSpec& spec) {
  start();
  const int bands = bands_of(spec.colours);
  const std::vector<unsigned> samples = samples_of(spec);
  VipsImage* made = nullptr;
  if (spec.sixteen_bit) {
    std::vector<std::uint16_t> wide(samples.begin(), samples.end());
    for (std::uint16_t& sample : wide) sample = static_cast<std::uint16_t>(sample * 257);
    made = vips_image_new_from_memory_copy(wide.data(), wide.size() * 2, spec.width, spec.height,
                                           bands, VIPS_FORMAT_USHORT);
  } else {
    std::vector<unsigned char> narrow(samples.begin(), samples.end());
    made = vips_image_new_from_memory_copy(narrow.data(), narrow.size(), spec.width, spec.height,
                                           bands, VIPS_FORMAT_UCHAR);
  }
  if (made == nullptr) vips_failed("new_from_memory_copy");
  Image pixels(made);
  VipsInterpretation interpretation = VIPS_INTERPRETATION_sRGB;
  if (spec.colours == Colours::grey || spec.colours == Colours::grey_alpha)
    interpretation = spec.sixteen_bit ? VIPS_INTERPRETATION_GREY16 : VIPS_INTERPRETATION_B_W;
  else if (spec.colours == Colours::cmyk)
    interpretation = VIPS_INTERPRETATION_CMYK;
  else if (spec.sixteen_bit)
    interpretation = VIPS_INTERPRETATION_RGB16;
  VipsImage* copy = nullptr;
  if (vips_copy(pixels.get(), &copy, "interpretation", interpretation, nullptr) != 0)
    vips_failed("copy");
  Image image(copy);
  if (spec.orientation != 1) vips_image_set_int(image.get(), "orientation", spec.orientation);
  return image;
}

std::vector<std::byte> take(void* buffer, std::size_t length) {
  std::vector<std::byte> bytes(length);
  std::memcpy(bytes.data(), buffer, length);
  g_free(buffer);
  return bytes;
}

template <class... Options>
std::vector<std::byte> save_png(const PictureSpec& spec, Options... options) {
  const Image image = image_of(spec);
  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_pngsave_buffer(image.get(), &buffer, &length, options..., nullptr) != 0)
    vips_failed("pngsave");
  return take(buffer, length);
}

template <class... Options>
std::vector<std::byte> save_jpeg(VipsImage* image, Options... options) {
  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_jpegsave_buffer(image, &buffer, &length, "Q", 92, options..., nullptr) != 0)
    vips_failed("jpegsave");
  return take(buffer, length);
}

std::uint32_t crc32_of(const unsigned char* data, std::size_t length) {
  std::uint32_t crc = 0xffffffffu;
  for (std::size_t i = 0; i < length; ++i) {
    crc ^= data[i];
    for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

void put_be32(std::vector<unsigned char>& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<unsigned char>(value >> shift));
}

void put_chunk(std::vector<unsigned char>& out, const char* type,
               const std::vector<unsigned char>& data) {
  put_be32(out, static_cast<std::uint32_t>(data.size()));
  std::vector<unsigned char> typed(type, type + 4);
  typed.insert(typed.end(), data.begin(), data.end());
  out.insert(out.end(), typed.begin(), typed.end());
  put_be32(out, crc32_of(typed.data(), typed.size()));
}

}  // namespace

std::vector<std::byte> png_picture(const PictureSpec& spec) {
  if (spec.png_bits != 0) return save_png(spec, "bitdepth", spec.png_bits);
  return save_png(spec, "strip", FALSE);
}

std::vector<std::byte> palette_png_picture(const PictureSpec& spec) {
  return save_png(spec, "palette", TRUE, "dither", 0.0);
}

std::vector<std::byte> interlaced_png_picture(const PictureSpec& spec) {
  return save_png(spec, "interlace", TRUE);
}

std::vector<std::byte> jpeg_picture(const PictureSpec& spec) {
  return save_jpeg(image_of(spec).get(), "interlace", FALSE);
}

std::vector<std::byte> progressive_jpeg_picture(const PictureSpec& spec) {
  return save_jpeg(image_of(spec).get(), "interlace", TRUE);
}

std::vector<std::byte> display_p3_jpeg_picture(const PictureSpec& spec) {
  const Image srgb = image_of(spec);
  VipsImage* p3 = nullptr;
  if (vips_icc_transform(srgb.get(), &p3, "p3", "input_profile", "srgb", "embedded", FALSE,
                         "intent", VIPS_INTENT_RELATIVE, nullptr) != 0)
    vips_failed("icc_transform");
  const Image image(p3);
  return save_jpeg(image.get(), "interlace", FALSE);
}

std::vector<std::byte> damaged_profile_jpeg_picture(const PictureSpec& spec) {
  // libvips embeds only a profile it can read: the APP2 marker is written here, after SOI.
  std::vector<std::byte> jpeg = jpeg_picture(spec);
  const std::string name("ICC_PROFILE\0\1\1", 14);  // then this part's number, of 1 part
  std::vector<std::byte> marker{std::byte{0xff}, std::byte{0xe2}};
  const std::size_t length = 2 + name.size() + 300;
  marker.push_back(std::byte(static_cast<unsigned char>(length >> 8)));
  marker.push_back(std::byte(static_cast<unsigned char>(length)));
  for (const char c : name) marker.push_back(std::byte(static_cast<unsigned char>(c)));
  for (std::size_t i = 0; i < 300; ++i)
    marker.push_back(std::byte(static_cast<unsigned char>(i * 7)));
  jpeg.insert(jpeg.begin() + 2, marker.begin(), marker.end());
  return jpeg;
}

std::vector<std::byte> gif_picture() {
  const Image image = image_of({});
  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_gifsave_buffer(image.get(), &buffer, &length, nullptr) != 0) vips_failed("gifsave");
  return take(buffer, length);
}

std::vector<std::byte> webp_picture() {
  const Image image = image_of({});
  void* buffer = nullptr;
  std::size_t length = 0;
  if (vips_webpsave_buffer(image.get(), &buffer, &length, nullptr) != 0) vips_failed("webpsave");
  return take(buffer, length);
}

std::vector<std::byte> svg_picture() {
  return bytes_of(
      "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" "
      "height=\"48\"><rect width=\"16\" height=\"12\" fill=\"red\"/></svg>\n");
}

std::vector<std::byte> png_header_claiming(unsigned width, unsigned height, bool interlaced) {
  std::vector<unsigned char> png{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  std::vector<unsigned char> header;
  put_be32(header, width);
  put_be32(header, height);
  // 8 bits, RGB, deflate, adaptive filtering, then Adam7 or none.
  header.insert(header.end(), {8, 2, 0, 0, static_cast<unsigned char>(interlaced ? 1 : 0)});
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", {});
  put_chunk(png, "IEND", {});
  std::vector<std::byte> bytes(png.size());
  std::memcpy(bytes.data(), png.data(), png.size());
  return bytes;
}

std::vector<std::byte> with_jpeg_size(std::vector<std::byte> jpeg, unsigned width,
                                      unsigned height) {
  for (std::size_t at = 2; at + 9 < jpeg.size(); ++at) {
    const auto byte = [&](std::size_t i) { return std::to_integer<unsigned>(jpeg[i]); };
    if (byte(at) == 0xff && (byte(at + 1) == 0xc0 || byte(at + 1) == 0xc2)) {
      // FF Cn, length (2), precision (1), height (2), width (2).
      jpeg[at + 5] = std::byte(static_cast<unsigned char>(height >> 8));
      jpeg[at + 6] = std::byte(static_cast<unsigned char>(height));
      jpeg[at + 7] = std::byte(static_cast<unsigned char>(width >> 8));
      jpeg[at + 8] = std::byte(static_cast<unsigned char>(width));
      return jpeg;
    }
  }
  throw std::runtime_error("test picture: no frame header in the JPEG");
}

std::vector<std::byte> bytes_of(const std::string& text) {
  std::vector<std::byte> bytes(text.size());
  std::memcpy(bytes.data(), text.data(), text.size());
  return bytes;
}

Decoded decode(std::span<const std::byte> bytes) {
  start();
  void* data = const_cast<std::byte*>(bytes.data());
  VipsImage* loaded = nullptr;
  const bool png = bytes.size() > 0 && bytes[0] == std::byte{0x89};
  const int failed = png ? vips_pngload_buffer(data, bytes.size(), &loaded, nullptr)
                         : vips_jpegload_buffer(data, bytes.size(), &loaded, nullptr);
  if (failed != 0) vips_failed("load");
  const Image image(loaded);
  Decoded decoded;
  decoded.width = vips_image_get_width(image.get());
  decoded.height = vips_image_get_height(image.get());
  decoded.bands = vips_image_get_bands(image.get());
  decoded.bits = vips_image_get_format(image.get()) == VIPS_FORMAT_USHORT ? 16 : 8;
  VipsImage* narrow = nullptr;
  if (vips_cast(image.get(), &narrow, VIPS_FORMAT_UCHAR, "shift", decoded.bits == 16, nullptr) != 0)
    vips_failed("cast");
  const Image eight(narrow);
  std::size_t size = 0;
  void* memory = vips_image_write_to_memory(eight.get(), &size);
  if (memory == nullptr) vips_failed("write_to_memory");
  decoded.samples.assign(static_cast<unsigned char*>(memory),
                         static_cast<unsigned char*>(memory) + size);
  g_free(memory);
  return decoded;
}

std::vector<double> Decoded::pixel(int x, int y) const {
  const std::size_t at = (static_cast<std::size_t>(y) * width + x) * bands;
  return std::vector<double>(samples.begin() + static_cast<std::ptrdiff_t>(at),
                             samples.begin() + static_cast<std::ptrdiff_t>(at + bands));
}

bool is_red(const std::vector<double>& pixel) {
  return pixel.size() >= 3 && pixel[0] > 150 && pixel[1] < 100 && pixel[2] < 100;
}

}  // namespace handout::testing
