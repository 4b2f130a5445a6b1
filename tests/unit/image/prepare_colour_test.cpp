// prepare() gives sRGB: a print shop's CMYK photo and a phone's Display P3 photo keep their
// colours when their profile is stripped.
#include <doctest/doctest.h>

#include "image/prepare.h"
#include "pictures.h"

namespace handout::test {

namespace {

testing::Decoded prepared_colours(const std::vector<std::byte>& bytes) {
  const image::Prepared prepared = image::prepare(bytes, 64, 64);
  return testing::decode(prepared.bytes);
}

}  // namespace

TEST_CASE("a CMYK JPEG becomes sRGB with its colours") {
  // Magenta and yellow ink make red; cyan ink makes a blue-green.
  const testing::Decoded decoded =
      prepared_colours(testing::jpeg_picture({.colours = testing::Colours::cmyk}));
  REQUIRE(decoded.bands == 3);
  CHECK(testing::is_red(decoded.pixel(4, 4)));
  const std::vector<double> cyan = decoded.pixel(50, 40);
  CHECK(cyan[0] < 100);
  CHECK(cyan[1] > 120);
  CHECK(cyan[2] > 150);
}

TEST_CASE("a Display P3 photo is converted to sRGB - not shown with P3's numbers") {
  // sRGB (230, 20, 20) is about (207, 53, 37) in Display P3: read as sRGB, those numbers would
  // be a duller red. Converted back, the red is the sRGB one, give or take the JPEG's rounding.
  const testing::Decoded decoded = prepared_colours(testing::display_p3_jpeg_picture({}));
  const std::vector<double> red = decoded.pixel(4, 4);
  CHECK(red[0] > 218);
  CHECK(red[1] < 35);
  CHECK(red[2] < 35);
}

TEST_CASE("a damaged colour profile is passed over - the picture is taken as sRGB") {
  const testing::Decoded decoded = prepared_colours(testing::damaged_profile_jpeg_picture({}));
  CHECK(testing::is_red(decoded.pixel(4, 4)));
}

}  // namespace handout::test
