#pragma once
// Pictures made for the tests with libvips, in every form a phone, a camera or an exercise
// library gives them, so that no binary picture is committed. Each has a red block in its
// stored top-left corner (a quarter of its width and height) on a blue-green gradient, so that
// a test sees where that corner went.
#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace handout::testing {

enum class Colours { grey, grey_alpha, rgb, rgba, cmyk };

struct PictureSpec {
  int width = 64;
  int height = 48;
  Colours colours = Colours::rgb;
  bool sixteen_bit = false;  // PNG only
  int png_bits = 0;          // 1, 2 or 4 to save a PNG with so few bits a sample (a scan)
  int orientation = 1;       // the EXIF orientation written (JPEG)
  bool noise = false;        // a photo's grain, so that encoders have work to do
};

std::vector<std::byte> png_picture(const PictureSpec& spec);
// With a palette (PLTE; tRNS when the spec has alpha), as drawing programs save diagrams.
std::vector<std::byte> palette_png_picture(const PictureSpec& spec);
std::vector<std::byte> interlaced_png_picture(const PictureSpec& spec);
std::vector<std::byte> jpeg_picture(const PictureSpec& spec);
std::vector<std::byte> progressive_jpeg_picture(const PictureSpec& spec);
// The spec's sRGB picture converted to Display P3 with the profile embedded, as phones save
// photos.
std::vector<std::byte> display_p3_jpeg_picture(const PictureSpec& spec);
// The spec's picture with 300 bytes of garbage where its ICC profile should be.
std::vector<std::byte> damaged_profile_jpeg_picture(const PictureSpec& spec);
std::vector<std::byte> gif_picture();
std::vector<std::byte> webp_picture();
std::vector<std::byte> svg_picture();

// A PNG header (signature, IHDR with a right CRC) claiming width × height 8-bit RGB pixels,
// then an empty IDAT and IEND.
std::vector<std::byte> png_header_claiming(unsigned width, unsigned height,
                                           bool interlaced = false);

// A JPEG whose frame header (SOF0 or SOF2) says width × height, its data unchanged.
std::vector<std::byte> with_jpeg_size(std::vector<std::byte> jpeg, unsigned width, unsigned height);

// The bytes of a file or a string.
std::vector<std::byte> bytes_of(const std::string& text);

// A PNG or JPEG decoded again (with libvips's own PNG and JPEG loaders).
struct Decoded {
  int width = 0;
  int height = 0;
  int bands = 0;
  int bits = 0;  // a sample's
  std::vector<double> pixel(int x, int y) const;
  std::vector<unsigned char> samples;  // 8-bit, `bands` a pixel, row after row
};
Decoded decode(std::span<const std::byte> bytes);

// Whether a pixel is the red block's (red, not green or blue).
bool is_red(const std::vector<double>& pixel);

}  // namespace handout::testing
