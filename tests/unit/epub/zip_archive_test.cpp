// The archive: byte-identical for the same files, the mimetype first, stored, no extra field.
#include "epub/zip_archive.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace handout::test {

namespace {

unsigned le16(const std::string& b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}

std::vector<epub::PackageFile> files() {
  return {{"mimetype", "application/epub+zip", false},
          {"META-INF/container.xml", std::string(2000, 'x'), true},
          {"EPUB/audio/a.mp3", "not compressed", false}};
}

std::string contents_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the same files make the same bytes") {
  const std::string a = epub::zip_archive(files());
  const std::string b = epub::zip_archive(files());
  CHECK(a == b);
  CHECK(a.size() < 2000);  // the container was deflated
}

TEST_CASE("the mimetype is the first entry - stored and without extra field") {
  const std::string zip = epub::zip_archive(files());
  REQUIRE(zip.size() > 60);
  CHECK(zip.substr(0, 4) == std::string("PK\x03\x04", 4));
  CHECK(le16(zip, 8) == 0);   // stored
  CHECK(le16(zip, 26) == 8);  // name length
  CHECK(le16(zip, 28) == 0);  // extra field length
  CHECK(zip.substr(30, 8) == "mimetype");
  CHECK(zip.substr(38, 20) == "application/epub+zip");
  CHECK(le16(zip, 10) == 0);                          // time 00:00
  CHECK(le16(zip, 12) == ((0 << 9) | (1 << 5) | 1));  // 1980-01-01
}

TEST_CASE("an archive written to a file has the bytes of the one in memory") {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("zip-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  const std::string mp3(100000, 'm');  // borrowed, and read from a file: the same entry
  std::ofstream(folder / "a.mp3", std::ios::binary) << mp3;
  std::vector<epub::PackageFile> borrowed = files();
  borrowed.back().borrowed = mp3;
  std::vector<epub::PackageFile> from_file = files();
  from_file.back().file = folder / "a.mp3";
  std::ofstream(folder / "a.epub") << "an older file";  // replaced
  epub::write_zip_archive(from_file, folder / "a.epub");
  const std::string in_memory = epub::zip_archive(borrowed);
  CHECK(in_memory.size() > mp3.size());
  CHECK(contents_of(folder / "a.epub") == in_memory);
  std::filesystem::remove_all(folder);
}

}  // namespace handout::test
