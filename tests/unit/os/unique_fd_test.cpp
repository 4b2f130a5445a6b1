// A descriptor has one owner, which closes it when it goes, and hands it on when moved.
#include "os/unique_fd.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace handout::test {

namespace {

bool is_open(int fd) {
  return ::fcntl(fd, F_GETFD) != -1 || errno != EBADF;
}

// Both ends of a new pipe, not owned.
std::pair<int, int> new_pipe() {
  int ends[2];
  REQUIRE(::pipe2(ends, O_CLOEXEC) == 0);
  return {ends[0], ends[1]};
}

}  // namespace

TEST_CASE("a UniqueFd closes the descriptor it holds when it goes") {
  const auto [read_end, write_end] = new_pipe();
  {
    const os::UniqueFd reader(read_end);
    const os::UniqueFd writer(write_end);
    CHECK(reader);
    CHECK(reader.get() == read_end);
    CHECK(is_open(read_end));
  }
  CHECK_FALSE(is_open(read_end));
  CHECK_FALSE(is_open(write_end));
}

TEST_CASE("an empty UniqueFd holds -1 and closes nothing") {
  const os::UniqueFd none;
  CHECK_FALSE(none);
  CHECK(none.get() == -1);
  const os::UniqueFd failed(-1);  // what a failed open() gave
  CHECK_FALSE(failed);
}

TEST_CASE("moving a UniqueFd hands its descriptor on and leaves the source empty") {
  const auto [read_end, write_end] = new_pipe();
  os::UniqueFd first(read_end);
  os::UniqueFd second(std::move(first));
  CHECK_FALSE(first);
  CHECK(second.get() == read_end);
  CHECK(is_open(read_end));

  os::UniqueFd third(write_end);
  third = std::move(second);  // closes the write end it held
  CHECK_FALSE(is_open(write_end));
  CHECK(third.get() == read_end);
  CHECK(is_open(read_end));

  os::UniqueFd& same = third;
  third = std::move(same);  // moved onto itself: still held, still open
  CHECK(third.get() == read_end);
  CHECK(is_open(read_end));
}

TEST_CASE("reset closes the descriptor held and release gives it up unclosed") {
  const auto [read_end, write_end] = new_pipe();
  os::UniqueFd fd(read_end);
  fd.reset(write_end);
  CHECK_FALSE(is_open(read_end));
  CHECK(fd.get() == write_end);

  CHECK(fd.release() == write_end);
  CHECK_FALSE(fd);
  CHECK(is_open(write_end));
  CHECK(::close(write_end) == 0);
}

}  // namespace handout::test
