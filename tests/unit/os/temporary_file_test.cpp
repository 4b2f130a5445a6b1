// Temporary files are new files with names nobody can guess, never reached through a link.
#include "os/temporary_file.h"

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

}  // namespace

TEST_CASE("each temporary file is new in the folder and named .handout-tmp-<random>") {
  const testing::TempDir folder;
  const os::CreatedFile one = os::create_temporary(folder.path());
  const os::CreatedFile two = os::create_temporary(folder.path());
  CHECK(one.fd);
  CHECK(one.path.parent_path() == folder.path());
  CHECK(one.path.filename().string().starts_with(".handout-tmp-"));
  CHECK(one.path != two.path);
  CHECK(os::is_temporary_name(one.path.filename().string()));
  CHECK(fs::is_regular_file(fs::symlink_status(one.path)));
  CHECK(fs::file_size(one.path) == 0);
}

TEST_CASE("only names of the temporary pattern are temporary") {
  CHECK(os::is_temporary_name(".handout-tmp-0123456789abcdef"));
  CHECK_FALSE(os::is_temporary_name("budget.tmp-2024.xlsx"));
  CHECK_FALSE(os::is_temporary_name("a.pdf.tmp-1234"));
  CHECK_FALSE(os::is_temporary_name(".handout-tmp-notes.txt"));
  CHECK_FALSE(os::is_temporary_name(".handout.lock"));
}

TEST_CASE("a folder that cannot hold the file is an error naming it") {
  CHECK_THROWS_AS(os::create_temporary("/nonexistent-handout-folder"), fs::filesystem_error);
  CHECK_THROWS_AS(os::sync_folder("/nonexistent-handout-folder"), fs::filesystem_error);
}

}  // namespace handout::test
