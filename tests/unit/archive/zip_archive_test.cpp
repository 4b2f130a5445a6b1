// The archive: byte-identical for the same entries, each stored or deflated as asked, in the
// order given (an EPUB's mimetype first), with no extra field.
#include "archive/zip_archive.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace handout::test {

namespace {

unsigned le16(const std::string& b, std::size_t at) {
  return static_cast<unsigned char>(b[at]) | static_cast<unsigned char>(b[at + 1]) << 8;
}

const std::string container(2000, 'x');

std::vector<archive::Entry> entries() {
  return {{"mimetype", "application/epub+zip", {}, false},
          {"META-INF/container.xml", container, {}, true},
          {"EPUB/audio/a.mp3", "not compressed", {}, false}};
}

std::string contents_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the same entries make the same bytes") {
  const std::string a = archive::zip_archive(entries());
  const std::string b = archive::zip_archive(entries());
  CHECK(a == b);
  CHECK(a.size() < 2000);  // the container was deflated
}

TEST_CASE("the first entry comes first - stored as asked and without extra field") {
  const std::string zip = archive::zip_archive(entries());
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
  std::vector<archive::Entry> borrowed = entries();
  borrowed.back().bytes = mp3;
  std::vector<archive::Entry> from_file = entries();
  from_file.back().bytes = {};
  from_file.back().file = folder / "a.mp3";
  std::ofstream(folder / "a.epub") << "an older file";  // replaced
  archive::write_zip_archive(from_file, folder / "a.epub");
  const std::string in_memory = archive::zip_archive(borrowed);
  CHECK(in_memory.size() > mp3.size());
  CHECK(contents_of(folder / "a.epub") == in_memory);
  std::filesystem::remove_all(folder);
}

}  // namespace handout::test
