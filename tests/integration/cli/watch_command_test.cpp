// `handout watch`: each save under content/ is rebuilt soon after, errors are printed as they
// happen, and the watch goes on.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

// Waits until `ready()` or the timeout; returns whether it became ready.
template <typename Ready>
bool wait_for(Ready ready, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready()) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

}  // namespace

TEST_CASE("watch rebuilds a saved handout and reports a broken one without stopping") {
  TempDir dir;
  const fs::path content = dir.path() / "content";
  const fs::path out = dir.path() / "out";
  const fs::path log = dir.path() / "watch.log";
  write_file(content / "clinic.xml",
             "<clinic><name>C</name><phone>(207) 555-0142</phone></clinic>\n");
  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Rest for a day."));

  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const std::string redirect = "exec \"$0\" watch --content \"$1\" --out \"$2\" > \"$3\" 2>&1";
    ::execl("/bin/bash", "bash", "-c", redirect.c_str(), handout_binary.c_str(), content.c_str(),
            out.c_str(), log.c_str(), nullptr);
    ::_exit(127);
  }
  const auto log_has = [&](const std::string& text) {
    return read_all(log).find(text) != std::string::npos;
  };
  CHECK(wait_for([&] { return log_has("watching"); }, 60s));
  const std::string first_pdf = read_all(out / "alpha.pdf");
  CHECK(first_pdf.starts_with("%PDF"));

  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Ice for an hour."));
  const auto saved = std::chrono::steady_clock::now();
  CHECK(wait_for([&] { return read_all(out / "alpha.pdf") != first_pdf; }, 30s));
  MESSAGE(
      "rebuilt " << std::chrono::duration<double>(std::chrono::steady_clock::now() - saved).count()
                 << " s after the save");

  write_file(content / "handouts/alpha.xml", "<handout id=\"alpha\"");
  CHECK(wait_for([&] { return log_has("alpha.xml:1:"); }, 30s));
  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Walk for an hour."));
  CHECK(wait_for(
      [&] { return read_all(out / "alpha.ssml").find("Walk for an hour") != std::string::npos; },
      30s));

  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
  CHECK(WIFSIGNALED(status));
}
