// inspect(): the size a reader sees, from the header alone, or why the picture cannot be used,
// in words an admin acts on. Never an exception, never a crash, whatever the bytes.
#include "image/inspect.h"

#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "pictures.h"

namespace handout::test {

namespace {

using testing::Colours;
using testing::PictureSpec;

image::Header header_of(const std::vector<std::byte>& bytes) {
  const auto inspected = image::inspect(bytes);
  if (const auto* message = std::get_if<std::string>(&inspected)) FAIL("refused: " << *message);
  return std::get<image::Header>(inspected);
}

std::string refusal_of(const std::vector<std::byte>& bytes) {
  const auto inspected = image::inspect(bytes);
  REQUIRE(std::holds_alternative<std::string>(inspected));
  return std::get<std::string>(inspected);
}

void check_size(const std::vector<std::byte>& bytes, image::Format format, int width, int height) {
  const image::Header header = header_of(bytes);
  CHECK(header.format == format);
  CHECK(header.width == width);
  CHECK(header.height == height);
}

}  // namespace

TEST_CASE("every kind of PNG gives its format and size") {
  const PictureSpec rgb{.width = 64, .height = 48};
  const auto png = image::Format::png;
  check_size(testing::png_picture(rgb), png, 64, 48);
  check_size(testing::png_picture({.colours = Colours::grey}), png, 64, 48);
  check_size(testing::png_picture({.colours = Colours::grey_alpha}), png, 64, 48);
  check_size(testing::png_picture({.colours = Colours::rgba}), png, 64, 48);
  check_size(testing::png_picture({.sixteen_bit = true}), png, 64, 48);
  check_size(testing::png_picture({.colours = Colours::grey, .sixteen_bit = true}), png, 64, 48);
  check_size(testing::palette_png_picture(rgb), png, 64, 48);
  check_size(testing::palette_png_picture({.colours = Colours::rgba}), png, 64, 48);
  check_size(testing::interlaced_png_picture(rgb), png, 64, 48);
}

TEST_CASE("every kind of JPEG gives its format and size") {
  const auto jpeg = image::Format::jpeg;
  check_size(testing::jpeg_picture({}), jpeg, 64, 48);
  check_size(testing::jpeg_picture({.colours = Colours::grey}), jpeg, 64, 48);
  check_size(testing::progressive_jpeg_picture({}), jpeg, 64, 48);
  check_size(testing::jpeg_picture({.colours = Colours::cmyk}), jpeg, 64, 48);
  check_size(testing::display_p3_jpeg_picture({}), jpeg, 64, 48);
}

TEST_CASE("a photo's EXIF orientation gives the size it is seen at") {
  // A 4000 × 3000 photo taken with the phone upright is stored on its side, orientation 6.
  const std::vector<std::byte> photo = testing::jpeg_picture({.width = 400, .height = 300});
  check_size(testing::with_jpeg_size(photo, 4000, 3000), image::Format::jpeg, 4000, 3000);
  const auto turned = [](int orientation) {
    return testing::jpeg_picture({.width = 64, .height = 48, .orientation = orientation});
  };
  check_size(turned(1), image::Format::jpeg, 64, 48);
  check_size(turned(3), image::Format::jpeg, 64, 48);  // upside down
  check_size(turned(6), image::Format::jpeg, 48, 64);  // a quarter clockwise
  check_size(turned(8), image::Format::jpeg, 48, 64);  // a quarter anticlockwise
  check_size(testing::with_jpeg_size(turned(6), 4000, 3000), image::Format::jpeg, 3000, 4000);
}

TEST_CASE("bytes that are no PNG or JPEG are refused in words") {
  CHECK(refusal_of({}) == "not a PNG or JPEG picture");
  CHECK(refusal_of(testing::bytes_of("garbage, not a picture")) == "not a PNG or JPEG picture");
  CHECK(refusal_of(testing::gif_picture()) ==
        "a GIF picture, not a PNG or JPEG: save it as PNG (a drawing or diagram) or JPEG (a "
        "photo)");
  CHECK(refusal_of(testing::webp_picture()).starts_with("a WebP picture, not a PNG or JPEG"));
  CHECK(refusal_of(testing::svg_picture()).starts_with("an SVG drawing, not a PNG or JPEG"));
}

TEST_CASE("a damaged header is refused as damaged") {
  std::vector<std::byte> png = testing::png_picture({});
  png[20] ^= std::byte{0x40};  // in IHDR's width: its CRC no longer matches
  CHECK(refusal_of(png) == "the PNG is damaged: IHDR: CRC error");
  std::vector<std::byte> short_png = testing::png_picture({});
  short_png.resize(20);  // the signature and part of IHDR
  CHECK(refusal_of(short_png).starts_with("the PNG is damaged: "));
  std::vector<std::byte> short_jpeg = testing::jpeg_picture({});
  short_jpeg.resize(4);  // no frame header
  CHECK(refusal_of(short_jpeg).starts_with("the JPEG is damaged: "));
  CHECK(refusal_of(testing::bytes_of("\x89PNG\r\n\x1a\n and then garbage"))
            .starts_with("the PNG is damaged: "));
  CHECK(refusal_of(testing::bytes_of("\xff\xd8\xff and then garbage"))
            .starts_with("the JPEG is damaged: "));
}

TEST_CASE("a picture larger than 100 megapixels is refused before its pixels are read") {
  CHECK(refusal_of(testing::png_header_claiming(100000, 100000)) ==
        "the picture is 100000 × 100000 pixels (10000 megapixels): at most 100 megapixels can "
        "be used. Save it smaller (2,000 pixels wide is plenty for print)");
  const std::vector<std::byte> photo = testing::jpeg_picture({});
  CHECK(refusal_of(testing::with_jpeg_size(photo, 60000, 60000)).find("3600 megapixels") !=
        std::string::npos);
  // 100 megapixels exactly is a size a picture may have.
  CHECK(header_of(testing::png_header_claiming(10000, 10000)).width == 10000);
}

TEST_CASE("a picture decoded whole is held to the memory it would take") {
  // Interlaced: 9500 × 9500 RGB is 258 MiB of pixels; progressive: 8000 × 6000 is 274 MiB of
  // coefficients.
  CHECK(refusal_of(testing::png_header_claiming(9500, 9500, true)) ==
        "the picture is an interlaced PNG of 9500 × 9500 pixels (90 megapixels), which must be "
        "decoded whole (258 MiB; at most 256): save it smaller, or without interlacing");
  CHECK(header_of(testing::png_header_claiming(9000, 9000, true)).width == 9000);
  CHECK(header_of(testing::png_header_claiming(9500, 9500, false)).width == 9500);
  const std::vector<std::byte> progressive = testing::progressive_jpeg_picture({});
  CHECK(refusal_of(testing::with_jpeg_size(progressive, 8000, 6000))
            .starts_with("the picture is a progressive JPEG of 8000 × 6000 pixels"));
  CHECK(header_of(testing::with_jpeg_size(progressive, 6000, 4000)).width == 6000);
  CHECK(header_of(testing::with_jpeg_size(testing::jpeg_picture({}), 8000, 6000)).width == 8000);
}

TEST_CASE("a picture cut short in its pixels passes inspect - which reads the header only") {
  std::vector<std::byte> photo = testing::jpeg_picture({.noise = true});
  photo.resize(photo.size() / 2);
  check_size(photo, image::Format::jpeg, 64, 48);
}

TEST_CASE("no prefix of a picture and no single changed byte makes inspect throw") {
  for (const std::vector<std::byte>& picture :
       {testing::png_picture({.colours = Colours::rgba}), testing::jpeg_picture({.orientation = 6}),
        testing::palette_png_picture({})}) {
    for (std::size_t length = 0; length <= picture.size(); length += 7) {
      const std::span<const std::byte> prefix(picture.data(), length);
      CHECK_NOTHROW((void)image::inspect(prefix));
    }
    std::vector<std::byte> changed = picture;
    for (std::size_t at = 0; at < std::min<std::size_t>(changed.size(), 400); ++at) {
      changed[at] ^= std::byte{0xa5};
      CHECK_NOTHROW((void)image::inspect(changed));
      changed[at] ^= std::byte{0xa5};
    }
  }
}

}  // namespace handout::test
