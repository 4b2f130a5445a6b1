// A handout's outputs are replaced together: all of them, or none when one cannot be written.
#include "cli/atomic_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/handout_outputs.h"
#include "os/temporary_file.h"
#include "writer/spooled_file.h"

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

ino_t inode_of(const fs::path& path) {
  struct stat info {};
  REQUIRE(::stat(path.c_str(), &info) == 0);
  return info.st_ino;
}

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

TEST_CASE("a spooled file is removed unless it was renamed into place") {
  Folder folder;
  fs::path path;
  {
    const auto file = writer::spool(folder.path, "spooled bytes");
    path = file->path();
    CHECK(path.parent_path() == folder.path);
    CHECK(os::is_temporary_name(path.filename().string()));
    CHECK(contents_of(path) == "spooled bytes");
  }
  CHECK_FALSE(fs::exists(path));
  CHECK(names_in(folder.path).empty());
}

TEST_CASE("a spooled file replaces the old one together with the files written from bytes") {
  Folder folder;
  std::ofstream(folder.path / "a.epub") << "old epub";
  std::ofstream(folder.path / "a.pdf") << "old pdf";
  const auto epub = writer::spool(folder.path, "new epub");
  const std::vector<cli::PendingFile> files{{folder.path / "a.pdf", "new pdf"},
                                            {folder.path / "a.epub", {}, epub->path()}};
  cli::write_all_atomically(files);
  CHECK(contents_of(folder.path / "a.epub") == "new epub");
  CHECK(contents_of(folder.path / "a.pdf") == "new pdf");
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.epub", "a.pdf"});
}

TEST_CASE("when a batch with a spooled file fails every old file stays and the spool goes") {
  Folder folder;
  std::ofstream(folder.path / "a.epub") << "old epub";
  {
    const auto epub = writer::spool(folder.path, "new epub");
    const std::vector<cli::PendingFile> files{{folder.path / "a.epub", {}, epub->path()},
                                              {folder.path / "no-such-folder" / "a.pdf", "x"}};
    CHECK_THROWS_AS(cli::write_all_atomically(files), fs::filesystem_error);
    CHECK(contents_of(folder.path / "a.epub") == "old epub");
  }
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.epub"});
}

TEST_CASE("write_outputs renames a new spooled file into place and leaves an identical one") {
  Folder folder;
  std::ofstream(folder.path / "a.epub") << "same epub";
  std::ofstream(folder.path / "a.mp3") << "old mp3";
  const ino_t epub_before = inode_of(folder.path / "a.epub");
  {
    writer::RenderedFormats rendered;
    rendered["epub"].files.push_back({"a.epub", {}, writer::spool(folder.path, "same epub")});
    rendered["audio"].files.push_back({"a.mp3", {}, writer::spool(folder.path, "new mp3")});
    cli::write_outputs(folder.path, rendered);
  }
  CHECK(inode_of(folder.path / "a.epub") == epub_before);  // not rewritten
  CHECK(contents_of(folder.path / "a.epub") == "same epub");
  CHECK(contents_of(folder.path / "a.mp3") == "new mp3");
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.epub", "a.mp3"});
}

TEST_CASE(
    "only the build's own temporary files are abandoned ones and budget.tmp-2024.xlsx stays") {
  Folder folder;
  std::ofstream(folder.path / "budget.tmp-2024.xlsx") << "the clinic's budget";
  std::ofstream(folder.path / "a.pdf.tmp-123") << "not ours either";
  const fs::path abandoned = os::create_temporary(folder.path).path;
  cli::remove_abandoned_temporaries(folder.path);
  CHECK_FALSE(fs::exists(abandoned));
  CHECK(names_in(folder.path) == std::vector<std::string>{"a.pdf.tmp-123", "budget.tmp-2024.xlsx"});
}

TEST_CASE("a file is replaced through a new temporary file never through a planted link") {
  Folder folder;
  const fs::path victim = folder.path / "victim";
  std::ofstream(victim) << "keep me";
  // Names the old code wrote to, predictable from the process id.
  fs::create_symlink(victim, folder.path / ("a.pdf.tmp-" + std::to_string(::getpid())));
  cli::write_atomically(folder.path / "a.pdf", "new pdf");
  CHECK(contents_of(victim) == "keep me");
  CHECK(contents_of(folder.path / "a.pdf") == "new pdf");
}

}  // namespace handout::test
