// A handout's outputs are replaced together: all of them, or none when one cannot be written.
#include "cli/atomic_file.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace handout::test {

namespace {

namespace fs = std::filesystem;

std::string contents_of(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> names_in(const fs::path& folder) {
  std::vector<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

struct Folder {
  fs::path path = fs::temp_directory_path() / ("atomic-test-" + std::to_string(::getpid()));
  Folder() { fs::create_directories(path); }
  ~Folder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("every file of a batch is replaced and no temporary file is left") {
  Folder folder;
  std::ofstream(folder.path / "a.pdf") << "old pdf";
  const std::vector<cli::PendingFile> files{{folder.path / "a.pdf", "new pdf"},
                                            {folder.path / "a.mp3", "new mp3"}};
  cli::write_all_atomically(files);
  CHECK(contents_of(folder.path / "a.pdf") == "new pdf");
  CHECK(contents_of(folder.path / "a.mp3") == "new mp3");
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.mp3", "a.pdf"});
}

TEST_CASE("when one file of a batch cannot be written the others keep their old contents") {
  Folder folder;
  std::ofstream(folder.path / "a.pdf") << "old pdf";
  std::ofstream(folder.path / "a.mp3") << "old mp3";
  const std::vector<cli::PendingFile> files{{folder.path / "a.pdf", "new pdf"},
                                            {folder.path / "no-such-folder" / "a.ssml", "x"},
                                            {folder.path / "a.mp3", "new mp3"}};
  CHECK_THROWS_AS(cli::write_all_atomically(files), fs::filesystem_error);
  CHECK(contents_of(folder.path / "a.pdf") == "old pdf");
  CHECK(contents_of(folder.path / "a.mp3") == "old mp3");
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.mp3", "a.pdf"});
}

}  // namespace handout::test
