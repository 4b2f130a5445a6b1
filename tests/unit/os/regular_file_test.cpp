// Content files are read only when regular: a FIFO or a folder is refused, never waited on.
#include "os/regular_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "process.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

using Problem = os::RegularFile::Problem;

}  // namespace

TEST_CASE("a regular file opens directly or through a symbolic link") {
  const testing::TempDir folder;
  std::ofstream(folder.path() / "clinic.xml") << "<clinic/>";
  fs::create_symlink("clinic.xml", folder.path() / "linked.xml");
  for (const char* name : {"clinic.xml", "linked.xml"}) {
    CAPTURE(name);
    const os::RegularFile file = os::open_regular_file(folder.path() / name);
    CHECK(file.problem == Problem::none);
    CHECK(file.fd);
    char byte = 0;
    CHECK(::read(file.fd.get(), &byte, 1) == 1);
    CHECK(byte == '<');
  }
}

TEST_CASE("a FIFO and a folder are refused at once and a missing file is said to be missing") {
  const testing::TempDir folder;
  REQUIRE(::mkfifo((folder.path() / "piped.xml").c_str(), 0644) == 0);  // no writer, ever
  fs::create_directory(folder.path() / "folder.xml");
  CHECK(os::open_regular_file(folder.path() / "piped.xml").problem == Problem::not_regular);
  CHECK_FALSE(os::open_regular_file(folder.path() / "piped.xml").fd);
  CHECK(os::open_regular_file(folder.path() / "folder.xml").problem == Problem::not_regular);
  CHECK(os::open_regular_file(folder.path() / "absent.xml").problem == Problem::missing);
}

}  // namespace handout::test
