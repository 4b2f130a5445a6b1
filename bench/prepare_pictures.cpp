// The picture bench's helper (bench/picture_bench.sh): prepares each file named, one after the
// other in one process as a build's worker would, to at most MAX_WIDTH × MAX_HEIGHT, and writes
// each result into OUT_FOLDER under the file's name. libvips is opened as the program opens it,
// on the first picture. Built with the tests, not installed.
//
// Usage: prepare_pictures MAX_WIDTH MAX_HEIGHT OUT_FOLDER FILE...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "image/error.h"
#include "image/prepare.h"

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: prepare_pictures MAX_WIDTH MAX_HEIGHT OUT_FOLDER FILE...\n");
    return 2;
  }
  const int max_width = std::stoi(argv[1]);
  const int max_height = std::stoi(argv[2]);
  const std::filesystem::path out = argv[3];
  std::size_t bytes_in = 0;
  std::size_t bytes_out = 0;
  for (int i = 4; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::vector<char> text(std::filesystem::file_size(argv[i]));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    const std::span<const std::byte> bytes(reinterpret_cast<const std::byte*>(text.data()),
                                           text.size());
    try {
      const handout::image::Prepared prepared =
          handout::image::prepare(bytes, max_width, max_height);
      std::ofstream(out / std::filesystem::path(argv[i]).filename(), std::ios::binary)
          .write(reinterpret_cast<const char*>(prepared.bytes.data()),
                 static_cast<std::streamsize>(prepared.bytes.size()));
      bytes_in += bytes.size();
      bytes_out += prepared.bytes.size();
      std::printf("%s: %d x %d, %zu bytes\n", argv[i], prepared.width, prepared.height,
                  prepared.bytes.size());
    } catch (const handout::image::Error& error) {
      std::fprintf(stderr, "%s: %s\n", argv[i], error.what());
      return 1;
    }
  }
  std::printf("%d pictures, %zu bytes in, %zu bytes out\n", argc - 4, bytes_in, bytes_out);
  return 0;
}
