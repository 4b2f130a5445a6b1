// An output folder is a build's own: a build refuses a folder of another content folder or
// one holding files it did not make, touches nothing there, and publishes no machine path.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

struct TwoContentFolders {
  TempDir dir;
  fs::path first = dir.path() / "first";
  fs::path second = dir.path() / "second";
  fs::path out = dir.path() / "out";

  TwoContentFolders() {
    for (const fs::path& content : {first, second})
      write_file(content / "clinic.xml",
                 "<clinic><name>Test Clinic</name><phone>(207) 555-0142</phone></clinic>\n");
    write_file(first / "handouts/alpha.xml", tiny_handout("alpha"));
    write_file(second / "handouts/beta.xml", tiny_handout("beta"));
  }

  ProcessResult build(const fs::path& content, std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {handout_binary, "build",      "--content", content.string(),
                                     "--out",        out.string(), "--formats", "pdf,braille"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_process(args);
  }
};

}  // namespace

TEST_CASE("a folder holding files handout did not make and no manifest is refused untouched") {
  TwoContentFolders ws;
  write_file(ws.out / "budget.tmp-2024.xlsx", "the clinic's budget");
  const ProcessResult refused = ws.build(ws.first);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("holds files handout did not make ('budget.tmp-2024.xlsx') and no "
                         "manifest.json") != std::string::npos);
  CHECK(refused.err.find("--take-over") != std::string::npos);
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(ws.out)) ++entries;
  CHECK(entries == 1);  // not even a lock file was made

  const ProcessResult taken = ws.build(ws.first, {"--take-over"});
  CHECK_MESSAGE(taken.exit_code == 0, taken.err);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK(read_all(ws.out / "budget.tmp-2024.xlsx") == "the clinic's budget");
}

TEST_CASE("a folder holding only hidden files such as .gitkeep is a new output folder") {
  TwoContentFolders ws;
  write_file(ws.out / ".gitkeep", "");
  const ProcessResult built = ws.build(ws.first);
  CHECK_MESSAGE(built.exit_code == 0, built.err);
  CHECK(fs::exists(ws.out / ".gitkeep"));
  // Now it is a build's folder: the next build needs no --take-over.
  CHECK(ws.build(ws.first).exit_code == 0);
}

TEST_CASE("a second content folder cannot take another's output folder unless told to") {
  TwoContentFolders ws;
  REQUIRE(ws.build(ws.first).exit_code == 0);
  const ProcessResult refused = ws.build(ws.second);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("holds the outputs of another content folder") != std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK_FALSE(fs::exists(ws.out / "beta.pdf"));

  const ProcessResult taken = ws.build(ws.second, {"--take-over"});
  CHECK_MESSAGE(taken.exit_code == 0, taken.err);
  CHECK(fs::exists(ws.out / "beta.pdf"));
  CHECK_FALSE(fs::exists(ws.out / "alpha.pdf"));  // the admin said to take it over
}

TEST_CASE("the published manifest names no path of the machine that built it") {
  TwoContentFolders ws;
  write_file(ws.first / "handouts/broken.xml",
             "<handout id=\"broken\" lang=\"en-US\"><title>B</title></handout>\n");
  ws.build(fs::absolute(ws.first));
  const std::string manifest = read_all(ws.out / "manifest.json");
  CHECK(manifest.find("\"source\": \"handouts/alpha.xml\"") != std::string::npos);
  CHECK(manifest.find("handouts/broken.xml:1:") != std::string::npos);  // its error, kept
  CHECK(manifest.find(ws.dir.path().string()) == std::string::npos);
}

TEST_CASE("a FIFO named manifest.json does not hang a build") {
  TwoContentFolders ws;
  fs::create_directories(ws.out);
  REQUIRE(::mkfifo((ws.out / "manifest.json").c_str(), 0600) == 0);
  const ProcessResult result =
      run_process({"timeout", "20", handout_binary, "build", "--content", ws.first.string(),
                   "--out", ws.out.string(), "--formats", "pdf", "--take-over"});
  CHECK(result.exit_code != 124);  // timeout's code: it hung
  CHECK(result.err.find("not a regular file") != std::string::npos);
}

TEST_CASE("a FIFO named as the lock is refused and never waited on") {
  TwoContentFolders ws;
  REQUIRE(ws.build(ws.first).exit_code == 0);
  fs::remove(ws.out / ".handout.lock");
  REQUIRE(::mkfifo((ws.out / ".handout.lock").c_str(), 0600) == 0);
  const ProcessResult result =
      run_process({"timeout", "20", handout_binary, "build", "--content", ws.first.string(),
                   "--out", ws.out.string(), "--formats", "pdf"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("the lock is not a regular file") != std::string::npos);
}
