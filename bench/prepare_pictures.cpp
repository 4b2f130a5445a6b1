// The picture bench's helper (bench/picture_bench.sh): prepares each file named to at most
// MAX_WIDTH × MAX_HEIGHT, as a build's worker would, and writes each result into OUT_FOLDER under
// the file's name. One after the other with image::prepare, reading each file when its turn
// comes; or, with -j N, every file read first and all prepared by image::prepare_all on N
// threads. libvips is opened as the program opens it, on the first picture. Built with the
// tests, not installed.
//
// Usage: prepare_pictures [-j N] MAX_WIDTH MAX_HEIGHT OUT_FOLDER FILE...
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "image/error.h"
#include "image/memo.h"
#include "image/prepare.h"

namespace {

std::vector<std::byte> contents_of(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::byte> bytes(std::filesystem::file_size(path));
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  return bytes;
}

void write(const std::filesystem::path& path, const handout::image::Prepared& prepared) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(prepared.bytes.data()),
             static_cast<std::streamsize>(prepared.bytes.size()));
  std::printf("%s: %d x %d, %zu bytes\n", path.filename().c_str(), prepared.width, prepared.height,
              prepared.bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  unsigned threads = 0;
  if (argc > 2 && std::strcmp(argv[1], "-j") == 0) {
    threads = static_cast<unsigned>(std::stoul(argv[2]));
    argc -= 2;
    argv += 2;
  }
  if (argc < 5) {
    std::fprintf(stderr,
                 "usage: prepare_pictures [-j N] MAX_WIDTH MAX_HEIGHT OUT_FOLDER FILE...\n");
    return 2;
  }
  const int max_width = std::stoi(argv[1]);
  const int max_height = std::stoi(argv[2]);
  const std::filesystem::path out = argv[3];
  try {
    if (threads == 0) {
      for (int i = 4; i < argc; ++i)
        write(out / std::filesystem::path(argv[i]).filename(),
              handout::image::prepare(contents_of(argv[i]), max_width, max_height));
      return 0;
    }
    std::vector<std::vector<std::byte>> pictures;
    for (int i = 4; i < argc; ++i) pictures.push_back(contents_of(argv[i]));
    const std::vector<std::span<const std::byte>> spans(pictures.begin(), pictures.end());
    handout::image::prepare_all(spans, max_width, max_height, threads);
    for (int i = 4; i < argc; ++i)
      write(
          out / std::filesystem::path(argv[i]).filename(),
          *handout::image::prepared(spans[static_cast<std::size_t>(i - 4)], max_width, max_height));
  } catch (const handout::image::Error& error) {
    std::fprintf(stderr, "%s\n", error.what());
    return 1;
  }
  return 0;
}
