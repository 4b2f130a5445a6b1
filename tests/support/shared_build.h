#pragma once
// A build of a content folder shared by every test process of one test run. ctest runs each
// test case in a process of its own, and most cases of a format's tests need the same built
// samples: the first process to ask builds them under a lock, the others wait for it and then
// find them up to date by the program's own rebuild check (its rebuild keys cover the content,
// the program and its libraries). A test that must see a fresh build (comparing two builds)
// builds into a folder of its own instead.

#include <filesystem>
#include <string>
#include <vector>

#include "cli_fixture.h"
#include "process.h"
#include "run_cache.h"

namespace handout::testing {

// What `handout build` printed when it failed; empty when it succeeded.
struct SharedBuild {
  std::filesystem::path out;
  ProcessResult result;
};

// out = <build tree>/tests/shared-builds/<name>, built from `content` with `options` (such as
// "--formats", "daisy") at SOURCE_DATE_EPOCH=0.
inline SharedBuild shared_build(const std::string& name, const std::filesystem::path& content,
                                const std::vector<std::string>& options = {}) {
  const std::filesystem::path folder = HANDOUT_SHARED_BUILDS;
  std::filesystem::create_directories(folder);
  const std::filesystem::path out = folder / name;
  // The lock is released when its file is closed, also if this process dies.
  const run_cache_detail::FileLock lock(folder / (name + ".lock"));
  std::vector<std::string> args{"env",     "SOURCE_DATE_EPOCH=0", handout_binary,  "build",
                                "--quiet", "--content",           content.string()};
  args.insert(args.end(), options.begin(), options.end());
  args.insert(args.end(), {"--out", out.string()});
  return {out, run_process(args)};
}

// A content folder built into every format with the repository's fonts, as the EPUB, DAISY and
// plain-language tests read it: one build (and one synthesis of each recording) serves all of
// their processes.
inline SharedBuild shared_samples(const std::string& name, const std::filesystem::path& content) {
  const std::filesystem::path source = HANDOUT_SOURCE_DIR;
  return shared_build("samples-" + name, content, {"--fonts", (source / "fonts").string()});
}

}  // namespace handout::testing
