#pragma once
// Test support: PNG files made in the test, so that no picture of a particular size or kind
// has to be committed. No image library: the pixels go in zlib's stored (uncompressed) blocks.
#include <functional>
#include <string>

namespace handout::test {

// `channels` 8-bit samples a pixel: 1 grey, 2 grey and alpha, 3 RGB, 4 RGB and alpha;
// `sample(x, y, channel)` gives each.
std::string png(int width, int height, int channels,
                const std::function<unsigned char(int, int, int)>& sample);

}  // namespace handout::test
