// A picture's format is known by its first bytes, never by its name.
#include "image/format.h"

#include <doctest/doctest.h>

#include "pictures.h"

namespace handout::test {

using testing::bytes_of;

TEST_CASE("a PNG and a JPEG are known by their magic numbers") {
  CHECK(image::sniff(testing::png_picture({})) == image::Format::png);
  CHECK(image::sniff(testing::jpeg_picture({})) == image::Format::jpeg);
  CHECK(image::sniff(bytes_of("\x89PNG\r\n\x1a\n")) == image::Format::png);
  CHECK(image::sniff(bytes_of("\xff\xd8\xff")) == image::Format::jpeg);
}

TEST_CASE("anything else is no format - a signature cut short included") {
  CHECK_FALSE(image::sniff({}));
  CHECK_FALSE(image::sniff(bytes_of("\x89PNG\r\n\x1a")));
  CHECK_FALSE(image::sniff(bytes_of("\xff\xd8")));
  CHECK_FALSE(image::sniff(bytes_of("photo.png")));
  CHECK_FALSE(image::sniff(testing::gif_picture()));
  CHECK_FALSE(image::sniff(testing::webp_picture()));
  CHECK_FALSE(image::sniff(testing::svg_picture()));
}

TEST_CASE("each format has its media type and its file name extension") {
  CHECK(image::media_type(image::Format::png) == "image/png");
  CHECK(image::media_type(image::Format::jpeg) == "image/jpeg");
  CHECK(image::extension(image::Format::png) == ".png");
  CHECK(image::extension(image::Format::jpeg) == ".jpg");
}

TEST_CASE("other kinds of picture are named so that a message can say what to do") {
  CHECK(image::other_kind(testing::gif_picture()) == "a GIF picture");
  CHECK(image::other_kind(testing::webp_picture()) == "a WebP picture");
  CHECK(image::other_kind(testing::svg_picture()) == "an SVG drawing");
  CHECK(image::other_kind(bytes_of("\xef\xbb\xbf  <svg>")) == "an SVG drawing");
  CHECK(image::other_kind(bytes_of(std::string("\0\0\0\x18"
                                               "ftypheic",
                                               12))) == "a HEIC photo");
  CHECK(image::other_kind(bytes_of("%PDF-1.7")) == "a PDF document");
  CHECK(image::other_kind(bytes_of("just some text")).empty());
}

}  // namespace handout::test
