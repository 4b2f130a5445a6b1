// prepare(): every PNG and JPEG a phone, a camera or an exercise library gives, ready to embed:
// upright, 8-bit, transparency kept, shrunk to fit and never enlarged, the same bytes each time.
#include "image/prepare.h"

#include <doctest/doctest.h>
#include <vips/vips.h>

#include <climits>
#include <string>

#include "image/error.h"
#include "pictures.h"

namespace handout::test {

namespace {

using testing::Colours;
using testing::PictureSpec;

// The prepared picture, decoded again, after checking what prepare() says of it.
testing::Decoded prepared_pixels(const std::vector<std::byte>& bytes, int max_width, int max_height,
                                 image::Format format) {
  const image::Prepared prepared = image::prepare(bytes, max_width, max_height);
  CHECK(prepared.format == format);
  CHECK(image::sniff(prepared.bytes) == format);
  const testing::Decoded decoded = testing::decode(prepared.bytes);
  CHECK(decoded.width == prepared.width);
  CHECK(decoded.height == prepared.height);
  CHECK(decoded.bits == 8);
  return decoded;
}

std::string error_of(const std::vector<std::byte>& bytes) {
  try {
    (void)image::prepare(bytes, 100, 100);
  } catch (const image::Error& error) {
    return error.what();
  }
  FAIL("prepared");
  return {};
}

}  // namespace

TEST_CASE("every kind of PNG is prepared as an 8-bit PNG with its bands") {
  struct Case {
    std::vector<std::byte> bytes;
    int bands;
  };
  const PictureSpec rgb{};
  const Case cases[] = {
      {testing::png_picture(rgb), 3},
      {testing::png_picture({.colours = Colours::grey}), 1},
      {testing::png_picture({.colours = Colours::grey_alpha}), 2},
      {testing::png_picture({.colours = Colours::rgba}), 4},
      {testing::png_picture({.sixteen_bit = true}), 3},
      {testing::png_picture({.colours = Colours::rgba, .sixteen_bit = true}), 4},
      {testing::png_picture({.colours = Colours::grey, .sixteen_bit = true}), 1},
      {testing::palette_png_picture(rgb), 3},
      {testing::palette_png_picture({.colours = Colours::rgba}), 4},
      {testing::interlaced_png_picture(rgb), 3},
      {testing::png_picture({.colours = Colours::grey, .png_bits = 1}), 1},  // a scanned drawing
      {testing::png_picture({.colours = Colours::grey, .png_bits = 4}), 1},
  };
  for (const Case& each : cases) {
    const testing::Decoded decoded = prepared_pixels(each.bytes, 1000, 1000, image::Format::png);
    CHECK(decoded.width == 64);  // not enlarged
    CHECK(decoded.height == 48);
    CHECK(decoded.bands == each.bands);
  }
}

TEST_CASE("every kind of JPEG is prepared as an 8-bit colour or grey JPEG") {
  struct Case {
    std::vector<std::byte> bytes;
    int bands;
  };
  const Case cases[] = {
      {testing::jpeg_picture({}), 3},
      {testing::jpeg_picture({.colours = Colours::grey}), 1},
      {testing::progressive_jpeg_picture({}), 3},
      {testing::jpeg_picture({.colours = Colours::cmyk}), 3},
      {testing::display_p3_jpeg_picture({}), 3},
  };
  for (const Case& each : cases) {
    const testing::Decoded decoded = prepared_pixels(each.bytes, 1000, 1000, image::Format::jpeg);
    CHECK(decoded.width == 64);
    CHECK(decoded.bands == each.bands);
  }
}

TEST_CASE("a picture is shrunk to fit the largest size with its proportions kept") {
  const std::vector<std::byte> photo = testing::jpeg_picture({.width = 800, .height = 600});
  const image::Prepared wide = image::prepare(photo, 200, 1000);
  CHECK(wide.width == 200);
  CHECK(wide.height == 150);
  const image::Prepared tall = image::prepare(photo, 1000, 60);
  CHECK(tall.width == 80);
  CHECK(tall.height == 60);
  const image::Prepared drawing =
      image::prepare(testing::png_picture({.width = 300, .height = 900}), 150, 150);
  CHECK(drawing.width == 50);
  CHECK(drawing.height == 150);
}

TEST_CASE("a photo is turned upright by its EXIF orientation") {
  // The red block is in the stored top-left corner. Shown upright, it is: 1 top left, 3 bottom
  // right (turned half round), 6 top right (a quarter clockwise), 8 bottom left.
  struct Case {
    int orientation;
    bool right;
    bool bottom;
  };
  for (const Case each :
       {Case{1, false, false}, Case{3, true, true}, Case{6, true, false}, Case{8, false, true}}) {
    CAPTURE(each.orientation);
    const std::vector<std::byte> photo =
        testing::jpeg_picture({.width = 160, .height = 120, .orientation = each.orientation});
    const testing::Decoded upright = prepared_pixels(photo, 80, 80, image::Format::jpeg);
    const bool quarter = each.orientation >= 5;
    CHECK(upright.width == (quarter ? 60 : 80));
    CHECK(upright.height == (quarter ? 80 : 60));
    const int left = upright.width / 8;
    const int right = upright.width - 1 - upright.width / 8;
    const int top = upright.height / 8;
    const int bottom = upright.height - 1 - upright.height / 8;
    CHECK(testing::is_red(upright.pixel(each.right ? right : left, each.bottom ? bottom : top)));
    CHECK_FALSE(
        testing::is_red(upright.pixel(each.right ? left : right, each.bottom ? top : bottom)));
    CHECK_FALSE(
        testing::is_red(upright.pixel(each.right ? left : right, each.bottom ? bottom : top)));
  }
}

TEST_CASE("transparency stays transparent - and opaque parts opaque") {
  const testing::Decoded rgba =
      prepared_pixels(testing::png_picture({.width = 200, .height = 100, .colours = Colours::rgba}),
                      100, 100, image::Format::png);
  REQUIRE(rgba.bands == 4);
  CHECK(rgba.pixel(10, 25)[3] == 255);  // the left half is opaque
  CHECK(rgba.pixel(90, 25)[3] == 0);    // the right half transparent
  CHECK(testing::is_red(rgba.pixel(5, 5)));
  const testing::Decoded grey = prepared_pixels(
      testing::png_picture({.width = 200, .height = 100, .colours = Colours::grey_alpha}), 100, 100,
      image::Format::png);
  REQUIRE(grey.bands == 2);
  CHECK(grey.pixel(10, 25)[1] == 255);
  CHECK(grey.pixel(90, 25)[1] == 0);
  const testing::Decoded palette = prepared_pixels(
      testing::palette_png_picture({.width = 200, .height = 100, .colours = Colours::rgba}), 100,
      100, image::Format::png);
  REQUIRE(palette.bands == 4);
  CHECK(palette.pixel(10, 25)[3] == 255);
  CHECK(palette.pixel(90, 25)[3] == 0);
}

TEST_CASE("16 bits a sample become 8 with the same colours") {
  const testing::Decoded decoded =
      prepared_pixels(testing::png_picture({.width = 64, .height = 48, .sixteen_bit = true}), 64,
                      64, image::Format::png);
  CHECK(decoded.pixel(2, 2) == std::vector<double>{230, 20, 20});  // the red block
  CHECK(decoded.pixel(63, 47) == std::vector<double>{10, 220, 200});
}

TEST_CASE("the same picture gives the same bytes - whatever the number of threads") {
  const std::vector<std::byte> photo =
      testing::jpeg_picture({.width = 900, .height = 700, .orientation = 6, .noise = true});
  const std::vector<std::byte> drawing =
      testing::png_picture({.width = 900, .height = 700, .colours = Colours::rgba, .noise = true});
  const image::Prepared photo_once = image::prepare(photo, 300, 300);
  const image::Prepared drawing_once = image::prepare(drawing, 300, 300);
  CHECK(image::prepare(photo, 300, 300).bytes == photo_once.bytes);
  CHECK(image::prepare(drawing, 300, 300).bytes == drawing_once.bytes);
  vips_concurrency_set(4);
  const image::Prepared photo_threads = image::prepare(photo, 300, 300);
  const image::Prepared drawing_threads = image::prepare(drawing, 300, 300);
  vips_concurrency_set(1);
  CHECK(photo_threads.bytes == photo_once.bytes);
  CHECK(drawing_threads.bytes == drawing_once.bytes);
}

TEST_CASE("a prepared picture carries no metadata") {
  // The source has EXIF (its orientation, the resolution libvips writes) and, in the PNG, text
  // and a pHYs chunk written with strip off.
  const image::Prepared photo = image::prepare(testing::jpeg_picture({.orientation = 6}), 100, 100);
  const std::string jpeg(reinterpret_cast<const char*>(photo.bytes.data()), photo.bytes.size());
  CHECK(jpeg.find("Exif") == std::string::npos);
  CHECK(jpeg.find("\xff\xe1", 0, 2) == std::string::npos);  // no APP1 (EXIF, XMP)
  CHECK(jpeg.find("\xff\xe2", 0, 2) == std::string::npos);  // no APP2 (ICC profile)
  CHECK(jpeg.find("\xff\xc2", 0, 2) == std::string::npos);  // baseline: no progressive frame
  const image::Prepared drawing = image::prepare(testing::display_p3_jpeg_picture({}), 100, 100);
  const std::string p3(reinterpret_cast<const char*>(drawing.bytes.data()), drawing.bytes.size());
  CHECK(p3.find("ICC_PROFILE") == std::string::npos);
  const image::Prepared png = image::prepare(testing::png_picture({}), 100, 100);
  const std::string chunks(reinterpret_cast<const char*>(png.bytes.data()), png.bytes.size());
  for (const char* chunk : {"tEXt", "zTXt", "iTXt", "tIME", "eXIf", "iCCP"}) {
    CAPTURE(chunk);
    CHECK(chunks.find(chunk) == std::string::npos);
  }
}

TEST_CASE("what inspect refuses prepare refuses with the same words") {
  CHECK(error_of(testing::bytes_of("garbage")) == "not a PNG or JPEG picture");
  CHECK(error_of(testing::gif_picture()).starts_with("a GIF picture, not a PNG or JPEG"));
  CHECK(error_of(testing::webp_picture()).starts_with("a WebP picture"));
  CHECK(error_of(testing::svg_picture()).starts_with("an SVG drawing"));
  CHECK(error_of(testing::png_header_claiming(100000, 100000))
            .starts_with("the picture is 100000 × 100000 pixels"));
}

TEST_CASE("a picture cut short or damaged in its pixels is an error - not a picture in part") {
  std::vector<std::byte> photo =
      testing::jpeg_picture({.width = 300, .height = 200, .noise = true});
  photo.resize(photo.size() / 2);
  CHECK(error_of(photo) == "the JPEG is damaged or cut short: Premature end of input file");
  std::vector<std::byte> progressive =
      testing::progressive_jpeg_picture({.width = 300, .height = 200, .noise = true});
  progressive.resize(progressive.size() * 2 / 3);
  CHECK(error_of(progressive).starts_with("the JPEG is damaged or cut short: "));
  std::vector<std::byte> drawing =
      testing::png_picture({.width = 300, .height = 200, .noise = true});
  drawing.resize(drawing.size() / 2);
  CHECK(error_of(drawing) == "the PNG is damaged or cut short: not enough data");
  std::vector<std::byte> interlaced =
      testing::interlaced_png_picture({.width = 300, .height = 200, .noise = true});
  interlaced.resize(interlaced.size() / 2);
  CHECK(error_of(interlaced).starts_with("the PNG is damaged or cut short: "));
  // An empty IDAT: the header is right, there are no pixels.
  CHECK(error_of(testing::png_header_claiming(50, 50)).starts_with("the PNG is damaged"));
}

TEST_CASE("a largest size beyond any picture leaves the picture as it is") {
  const image::Prepared prepared = image::prepare(testing::png_picture({}), INT_MAX, INT_MAX);
  CHECK(prepared.width == 64);
  CHECK(prepared.height == 48);
}

TEST_CASE("a largest size under one pixel is a caller's mistake") {
  CHECK_THROWS_AS((void)image::prepare(testing::png_picture({}), 0, 10), std::invalid_argument);
  CHECK_THROWS_AS((void)image::prepare(testing::png_picture({}), 10, -1), std::invalid_argument);
}

}  // namespace handout::test
