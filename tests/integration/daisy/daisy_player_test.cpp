// An independent reader: Debian's daisy-player opens each sample book (the unzipped folder, as
// a patron copies it) and lists its headings and their lengths. It is a full-screen terminal
// program, so it runs in a tmux server of the test's own, whose screen the test reads with
// `tmux capture-pane`. It asks for a sound device first (Enter takes the default) and plays
// nothing until a heading is chosen, which the test never does, so no sound card is needed
// (headless_daisy_player.sh). It quits with its key, 'q'; the server is killed whatever happens.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <thread>

#include "book_reader.h"
#include "built_books.h"
#include "process.h"

namespace handout::test {

namespace {

using namespace std::chrono_literals;

// A tmux server on a socket in this process's scratch folder, so that no other tmux is touched
// and nothing is left behind.
class Tmux {
 public:
  Tmux() : socket_((scratch_dir() / "tmux").string()) {}
  Tmux(const Tmux&) = delete;
  Tmux& operator=(const Tmux&) = delete;
  ~Tmux() { run({"kill-server"}); }

  testing::ProcessResult run(std::vector<std::string> args) const {
    args.insert(args.begin(), {"tmux", "-u", "-S", socket_, "-f", "/dev/null"});
    return testing::run_process(args);
  }
  // A detached session running `command` in a terminal of 100 x 40 (the player needs 80 x 25).
  void start(const std::string& session, const std::string& command) const {
    const testing::ProcessResult started =
        run({"new-session", "-d", "-s", session, "-x", "100", "-y", "40", command});
    INFO(started.err);
    REQUIRE(started.exit_code == 0);
  }
  std::string screen(const std::string& session) const {
    return run({"capture-pane", "-p", "-t", session}).out;
  }
  // The screen once `ready` holds for it, or when `limit` has passed.
  std::string wait_for(const std::string& session,
                       const std::function<bool(const std::string&)>& ready,
                       std::chrono::seconds limit) const {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::string shown = screen(session);
    while (!ready(shown) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(200ms);
      shown = screen(session);
    }
    return shown;
  }

 private:
  std::string socket_;
};

// The start of a heading as the player shows it: its list is 80 columns wide, the durations at
// the right, so a long title is cut; never inside a UTF-8 character.
std::string shown_start(const std::string& title) {
  std::size_t n = std::min<std::size_t>(title.size(), 40);
  while (n < title.size() && (static_cast<unsigned char>(title[n]) & 0xC0) == 0x80) --n;
  return title.substr(0, n);
}

// daisy-player with an empty home of its own, then a line saying it has exited, after which the
// pane stays a while for the test to read. Should the test itself be killed, the player is
// stopped after two minutes and the pane closes a minute later, which ends the tmux server.
std::string player_command(const std::filesystem::path& folder, const std::filesystem::path& home) {
  const std::filesystem::path script = std::filesystem::path(HANDOUT_SOURCE_DIR) /
                                       "tests/integration/daisy/headless_daisy_player.sh";
  return "timeout --foreground -k 5 120 " + testing::shell_quote(script.string()) + " " +
         testing::shell_quote(folder.string()) + " " + testing::shell_quote(home.string()) +
         "; echo daisy-player exited with $?; sleep 60";
}

bool shows(const std::string& screen, const std::string& text) {
  return screen.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("daisy-player opens each book and lists its headings" *
          doctest::test_suite("validator")) {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const std::vector<NccHeading> headings = ncc_headings(book.folder);
    const std::filesystem::path home = scratch_dir() / ("player-home-" + id);
    std::filesystem::create_directories(home);
    const Tmux tmux;
    tmux.start("book", player_command(book.folder, home));
    const std::string asked = tmux.wait_for(
        "book", [](const std::string& s) { return shows(s, "Select a soundcard"); }, 30s);
    INFO(id, "\n", asked);
    REQUIRE(shows(asked, "Select a soundcard"));
    tmux.run({"send-keys", "-t", "book", "Enter"});  // the default device
    const auto lists_all = [&](const std::string& screen) {
      for (const NccHeading& h : headings)
        if (!shows(screen, shown_start(h.title))) return false;
      return true;
    };
    const std::string screen = tmux.wait_for("book", lists_all, 30s);
    INFO(screen);
    for (const NccHeading& h : headings) {
      CAPTURE(h.title);
      CHECK(shows(screen, shown_start(h.title)));
    }
    // Its total, from the SMIL files' clips, is ncc:totalTime (it cuts to the second).
    const std::string total = meta_values(load(book.folder / "ncc.html"), "ncc:totalTime").at(0);
    const std::size_t shown = screen.find("total length: ");
    REQUIRE(shown != std::string::npos);
    const double listed = hms_seconds(screen.substr(shown + 14, 8));
    CHECK(std::abs(listed - hms_seconds(total)) <= 1.0);
    tmux.run({"send-keys", "-t", "book", "q"});
    const std::string after = tmux.wait_for(
        "book", [](const std::string& s) { return shows(s, "daisy-player exited"); }, 10s);
    INFO(after);
    CHECK(shows(after, "daisy-player exited with 0"));
  }
}

}  // namespace handout::test
