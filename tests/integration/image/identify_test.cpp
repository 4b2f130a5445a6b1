// Prepared pictures read back by ImageMagick's identify, which shares no code with libvips's
// loaders: the format, size, bit depth and channels prepare() says it made, no metadata left,
// and a baseline JPEG. The pictures it starts from are checked with it too: what the tests
// call a 16-bit, palette, interlaced, progressive or CMYK picture is one.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "image/prepare.h"
#include "pictures.h"
#include "process.h"

namespace handout::test {

namespace {

using testing::Colours;

// identify's words for the picture: `format` is one of its -format strings.
std::string identify(const std::vector<std::byte>& bytes, const std::string& format) {
  static int count = 0;
  static const testing::TempDir folder;
  const auto path = folder.path() / ("picture-" + std::to_string(count++));
  {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
  }
  const testing::ProcessResult result =
      testing::run_process({"identify", "-format", format, path.string()});
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  return result.out;
}

}  // namespace

TEST_CASE("the test pictures are what their names say") {
  CHECK(identify(testing::png_picture({.sixteen_bit = true}), "%m %z %[channels]") ==
        "PNG 16 srgb");
  CHECK(identify(testing::png_picture({.colours = Colours::grey_alpha}), "%m %z %[channels]") ==
        "PNG 8 graya");
  CHECK(identify(testing::palette_png_picture({}), "%[png:IHDR.color-type-orig]") == "3");
  CHECK(identify(testing::png_picture({.colours = Colours::grey, .png_bits = 1}),
                 "%[png:IHDR.bit-depth-orig] %[channels]") == "1 gray");
  CHECK(identify(testing::palette_png_picture({.colours = Colours::rgba}),
                 "%[png:IHDR.color-type-orig] %A") == "3 True");
  CHECK(identify(testing::interlaced_png_picture({}), "%m %[interlace]") == "PNG PNG");
  CHECK(identify(testing::progressive_jpeg_picture({}), "%m %[interlace]") == "JPEG JPEG");
  CHECK(identify(testing::jpeg_picture({}), "%m %[interlace]") == "JPEG None");
  CHECK(identify(testing::jpeg_picture({.colours = Colours::cmyk}), "%m %[colorspace]") ==
        "JPEG CMYK");
  CHECK(identify(testing::jpeg_picture({.orientation = 6}), "%[EXIF:Orientation]") == "6");
  CHECK(identify(testing::display_p3_jpeg_picture({}), "%[icc:description]").find("P3") !=
        std::string::npos);
  CHECK(identify(testing::damaged_profile_jpeg_picture({}), "%[profiles]") == "exif,icc");
}

TEST_CASE("prepared pictures are 8-bit PNGs and baseline JPEGs of the size prepare says") {
  const std::vector<std::pair<std::vector<std::byte>, std::string>> cases{
      {testing::png_picture({.width = 600, .height = 400}), "PNG 300 200 8 srgb"},
      {testing::png_picture({.width = 600, .height = 400, .sixteen_bit = true}),
       "PNG 300 200 8 srgb"},
      {testing::png_picture(
           {.width = 600, .height = 400, .colours = Colours::rgba, .sixteen_bit = true}),
       "PNG 300 200 8 srgba"},
      {testing::png_picture({.width = 600, .height = 400, .colours = Colours::grey}),
       "PNG 300 200 8 gray"},
      {testing::png_picture({.width = 600, .height = 400, .colours = Colours::grey_alpha}),
       "PNG 300 200 8 graya"},
      {testing::palette_png_picture({.width = 600, .height = 400, .colours = Colours::rgba}),
       "PNG 300 200 8 srgba"},
      {testing::interlaced_png_picture({.width = 600, .height = 400}), "PNG 300 200 8 srgb"},
      {testing::jpeg_picture({.width = 600, .height = 400, .noise = true}), "JPEG 300 200 8 srgb"},
      {testing::progressive_jpeg_picture({.width = 600, .height = 400}), "JPEG 300 200 8 srgb"},
      {testing::jpeg_picture({.width = 600, .height = 400, .colours = Colours::cmyk}),
       "JPEG 300 200 8 srgb"},
      {testing::jpeg_picture({.width = 600, .height = 400, .orientation = 8}),
       "JPEG 200 300 8 srgb"},
  };
  for (const auto& [bytes, wanted] : cases) {
    const std::string& expected = wanted;  // a binding clang 14 cannot capture in CAPTURE
    CAPTURE(expected);
    const image::Prepared prepared = image::prepare(bytes, 300, 300);
    const std::string format = prepared.format == image::Format::png ? "PNG" : "JPEG";
    CHECK(expected == format + " " + std::to_string(prepared.width) + " " +
                          std::to_string(prepared.height) + expected.substr(expected.rfind(" 8 ")));
    CHECK(identify(prepared.bytes, "%m %w %h %z %[channels]") == expected);
    CHECK(identify(prepared.bytes, "%[interlace]") == "None");
    CHECK(identify(prepared.bytes, "%[EXIF:*]%[icc:description]").empty());
  }
}

TEST_CASE("a prepared photo is a JPEG of quality 85") {
  const image::Prepared prepared =
      image::prepare(testing::jpeg_picture({.width = 400, .height = 300, .noise = true}), 200, 200);
  CHECK(identify(prepared.bytes, "%Q") == "85");
}

}  // namespace handout::test
