// Reaping a child: its exit code or the signal that stopped it, even when a signal interrupts
// the wait.
#include "os/child_exit.h"

#include <doctest/doctest.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

namespace handout::test {

namespace {

void ignore_alarm(int) {}

}  // namespace

TEST_CASE("a child's exit code or stopping signal is what the wait gives") {
  const pid_t exits = ::fork();
  REQUIRE(exits >= 0);
  if (exits == 0) ::_exit(7);
  const int exited = os::wait_for_child(exits);
  CHECK(WIFEXITED(exited));
  CHECK(WEXITSTATUS(exited) == 7);

  const pid_t killed = ::fork();
  REQUIRE(killed >= 0);
  if (killed == 0) {
    ::pause();
    ::_exit(0);
  }
  ::kill(killed, SIGKILL);
  const int stopped = os::wait_for_child(killed);
  CHECK(WIFSIGNALED(stopped));
  CHECK(WTERMSIG(stopped) == SIGKILL);
}

TEST_CASE("a signal arriving during the wait does not end it before the child") {
  struct sigaction quiet {};
  quiet.sa_handler = ignore_alarm;  // no SA_RESTART: waitpid fails with EINTR
  struct sigaction before {};
  REQUIRE(::sigaction(SIGALRM, &quiet, &before) == 0);
  const pid_t child = ::fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    ::usleep(300'000);
    ::_exit(3);
  }
  itimerval tick{};
  tick.it_value.tv_usec = 20'000;
  tick.it_interval.tv_usec = 20'000;  // several interruptions, not one
  ::setitimer(ITIMER_REAL, &tick, nullptr);
  const int status = os::wait_for_child(child);
  const itimerval off{};
  ::setitimer(ITIMER_REAL, &off, nullptr);
  ::sigaction(SIGALRM, &before, nullptr);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 3);
}

}  // namespace handout::test
