// `handout watch`: each save under content/ is rebuilt soon after, errors are printed as they
// happen, and the watch goes on.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <regex>
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

// Starts `handout watch` on `content`, its output in `log`; returns its process id.
pid_t start_watch(const fs::path& content, const fs::path& out, const fs::path& log) {
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const std::string redirect = "exec \"$0\" watch --content \"$1\" --out \"$2\" > \"$3\" 2>&1";
    ::execl("/bin/bash", "bash", "-c", redirect.c_str(), handout_binary.c_str(), content.c_str(),
            out.c_str(), log.c_str(), nullptr);
    ::_exit(127);
  }
  return pid;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Saves `text` into `file` as vim does: the old file renamed to a backup, a new file created
// and written (here in two writes, `pause` apart), its mode set, the backup deleted.
void save_like_vim(const fs::path& file, const std::string& text, std::chrono::milliseconds pause) {
  const fs::path backup = file.string() + "~";
  fs::rename(file, backup);
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  REQUIRE(fd >= 0);
  const std::size_t half = text.size() / 2;
  REQUIRE(::write(fd, text.data(), half) == static_cast<ssize_t>(half));
  std::this_thread::sleep_for(pause);
  REQUIRE(::write(fd, text.data() + half, text.size() - half) ==
          static_cast<ssize_t>(text.size() - half));
  ::close(fd);
  fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                            fs::perms::others_read);
  fs::remove(backup);
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

  const pid_t pid = start_watch(content, out, log);
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

TEST_CASE("a save written in pieces is built once when it is complete and never half-written") {
  TempDir dir;
  const fs::path content = dir.path() / "content";
  const fs::path out = dir.path() / "out";
  const fs::path log = dir.path() / "watch.log";
  write_file(content / "clinic.xml",
             "<clinic><name>C</name><phone>(207) 555-0142</phone></clinic>\n");
  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Rest for a day."));
  const pid_t pid = start_watch(content, out, log);
  REQUIRE(wait_for([&] { return read_all(log).find("watching") != std::string::npos; }, 60s));

  // The pause is well below the quiet period a file still being written gets (150 ms), and
  // longer than the settling after a completed save (30 ms): a build that started after the
  // first write would see half a handout and report an error.
  save_like_vim(content / "handouts/alpha.xml", tiny_handout("alpha", "Ice for an hour."), 60ms);
  CHECK(wait_for(
      [&] { return read_all(out / "alpha.ssml").find("Ice for an hour") != std::string::npos; },
      30s));
  std::this_thread::sleep_for(1s);  // a second build, if one came, has finished by now
  const std::string printed = read_all(log);
  INFO(printed);
  CHECK(printed.find("alpha.xml:") == std::string::npos);  // no error from a half-written file
  CHECK(occurrences(printed, " built, ") == 2);            // the first build and one more
  CHECK(occurrences(printed, "1 built, ") == 2);

  ::kill(pid, SIGTERM);
  int status = 0;
  ::waitpid(pid, &status, 0);
}

TEST_CASE("a rebuild of watch prints only what changed with the time") {
  TempDir dir;
  const fs::path content = dir.path() / "content";
  const fs::path out = dir.path() / "out";
  const fs::path log = dir.path() / "watch.log";
  write_file(content / "clinic.xml",
             "<clinic><name>C</name><phone>(207) 555-0142</phone></clinic>\n");
  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Rest for a day."));
  write_file(content / "handouts/beta.xml", tiny_handout("beta", "Ice for a day."));
  const pid_t pid = start_watch(content, out, log);
  REQUIRE(wait_for([&] { return read_all(log).find("watching") != std::string::npos; }, 60s));
  const std::size_t first = read_all(log).size();
  write_file(content / "handouts/alpha.xml", tiny_handout("alpha", "Ice for an hour."));
  CHECK(wait_for([&] { return read_all(log).find(" built, ", first) != std::string::npos; }, 30s));
  ::kill(pid, SIGTERM);
  ::waitpid(pid, nullptr, 0);
  const std::string rebuild = read_all(log).substr(first);
  CAPTURE(rebuild);
  CHECK(rebuild.find("built     alpha") != std::string::npos);
  CHECK(rebuild.find("beta") == std::string::npos);  // unchanged: not a word about it
  // The placeholder number of clinic.xml is said again, as this rebuild built something.
  CHECK(rebuild.find("clinic.xml:1:") != std::string::npos);
  // "14:03:27  1 built, 1 unchanged, …": the time of day first.
  static const std::regex summary("\\n[0-2][0-9]:[0-5][0-9]:[0-5][0-9]  1 built, 1 unchanged, ");
  CHECK(std::regex_search(rebuild, summary));
}
