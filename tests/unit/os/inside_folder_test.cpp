// A path written in content opens a regular file inside the content folder or nothing: never
// through a symbolic link, never outside the folder, never waiting on a FIFO or a device.
#include "os/inside_folder.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "process.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

using InsideProblem = os::InsideFile::Problem;

InsideProblem opened(const testing::TempDir& folder, const std::string& relative) {
  return os::open_inside(folder.path(), relative).problem;
}

}  // namespace

TEST_CASE("a file inside the folder opens and reads whole") {
  const testing::TempDir folder;
  testing::write_file(folder.path() / "images/knees/bridge.png", "picture bytes");
  const os::InsideFile file = os::open_inside(folder.path(), "images/knees/bridge.png");
  REQUIRE(file.problem == InsideProblem::none);
  const os::ReadBytes read = os::read_all(file.fd, 1024);
  CHECK(read.problem == InsideProblem::none);
  CHECK(std::string(reinterpret_cast<const char*>(read.bytes.data()), read.bytes.size()) ==
        "picture bytes");
}

TEST_CASE("a symbolic link is never followed whether it is the file or a folder on the way") {
  const testing::TempDir folder;
  testing::write_file(folder.path() / "images/bridge.png", "picture bytes");
  fs::create_symlink("bridge.png", folder.path() / "images/linked.png");
  fs::create_directory_symlink("images", folder.path() / "pictures");
  fs::create_symlink("/etc/hostname", folder.path() / "images/outside.png");
  CHECK(opened(folder, "images/linked.png") == InsideProblem::link);
  CHECK(opened(folder, "pictures/bridge.png") == InsideProblem::link);
  CHECK(opened(folder, "images/outside.png") == InsideProblem::link);
}

TEST_CASE("a FIFO and a device and a folder are refused at once") {
  const testing::TempDir folder;
  fs::create_directories(folder.path() / "images/folder.png");
  REQUIRE(::mkfifo((folder.path() / "images/piped.png").c_str(), 0644) == 0);  // no writer
  CHECK(opened(folder, "images/piped.png") == InsideProblem::not_regular);
  CHECK(opened(folder, "images/folder.png") == InsideProblem::not_regular);
  CHECK(opened(folder, "images") == InsideProblem::not_regular);
  // A copy of /dev/zero, which never ends: made only where the tests may make devices (root).
  const fs::path zero = folder.path() / "images/zero.png";
  if (::mknod(zero.c_str(), S_IFCHR | 0644, makedev(1, 5)) == 0) {
    const os::InsideFile file = os::open_inside(folder.path(), "images/zero.png");
    CHECK(
        (file.problem == InsideProblem::not_regular || file.problem == InsideProblem::cannot_open));
    CHECK_FALSE(file.fd);
  } else {
    MESSAGE("no device made (not allowed here): the FIFO stands for it");
  }
}

TEST_CASE("a missing file or folder is missing and so is a file used as a folder") {
  const testing::TempDir folder;
  testing::write_file(folder.path() / "images/bridge.png", "picture bytes");
  CHECK(opened(folder, "images/absent.png") == InsideProblem::missing);
  CHECK(opened(folder, "absent/bridge.png") == InsideProblem::missing);
  CHECK(opened(folder, "images/bridge.png/more.png") == InsideProblem::missing);
  CHECK(opened(folder, "images/Bridge.png") == InsideProblem::missing);  // case counts
}

TEST_CASE("a path that is absolute or climbs or names a folder roundabout is refused unopened") {
  const testing::TempDir folder;
  testing::write_file(folder.path() / "inner/images/bridge.png", "picture bytes");
  for (const char* path :
       {"../inner/images/bridge.png", "images/../images/bridge.png", "./images/bridge.png",
        "images/./bridge.png", "/etc/hostname", "images/", ""}) {
    CAPTURE(path);
    const os::InsideFile file = os::open_inside(folder.path() / "inner", path);
    CHECK_FALSE(file.fd);
    CHECK((file.problem == InsideProblem::outside ||
           (std::string(path).empty() && file.problem == InsideProblem::missing)));
  }
}

TEST_CASE("a file larger than the limit is too large and none of it is kept") {
  const testing::TempDir folder;
  testing::write_file(folder.path() / "big.png", std::string(200'000, 'x'));
  const os::InsideFile file = os::open_inside(folder.path(), "big.png");
  REQUIRE(file.problem == InsideProblem::none);
  const os::ReadBytes read = os::read_all(file.fd, 100'000);
  CHECK(read.problem == InsideProblem::too_large);
  CHECK(read.bytes.empty());
  const os::InsideFile again = os::open_inside(folder.path(), "big.png");
  CHECK(os::read_all(again.fd, 200'000).bytes.size() == 200'000);
}

}  // namespace handout::test
