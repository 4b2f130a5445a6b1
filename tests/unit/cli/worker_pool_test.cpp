// Workers are child processes owned by the pool: whatever happens, none is left behind.
#include "cli/worker_pool.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <stdexcept>
#include <thread>

#include "cli/build_job.h"

namespace handout::test {

namespace {

// True when this process has no child left, running or unreaped.
bool no_children_left() {
  return ::waitpid(-1, nullptr, WNOHANG) < 0 && errno == ECHILD;
}

}  // namespace

TEST_CASE("every job runs in a worker and reports back with its index") {
  std::vector<std::string> payloads(5);
  cli::run_in_workers(
      5, 2, [](std::size_t i) { return "job " + std::to_string(i); },
      [&](std::size_t i, cli::WorkerOutcome outcome) {
        CHECK(outcome.completed);
        payloads[i] = outcome.payload;
      });
  for (std::size_t i = 0; i < 5; ++i) CHECK(payloads[i] == "job " + std::to_string(i));
  CHECK(no_children_left());
}

TEST_CASE("a worker sending garbage stops the batch and the others are killed and reaped") {
  // Job 0 answers at once with garbage; job 1 would run for a minute.
  const auto work = [](std::size_t i) -> std::string {
    if (i == 1) std::this_thread::sleep_for(std::chrono::seconds(60));
    return "\x01not json";
  };
  const auto start = std::chrono::steady_clock::now();
  CHECK_THROWS_AS(
      cli::run_in_workers(2, 2, work,
                          [](std::size_t, cli::WorkerOutcome outcome) {
                            cli::decode_job_result(outcome.payload);  // throws on garbage
                          }),
      model::Error);
  CHECK(no_children_left());
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(30));
}

TEST_CASE("a garbled job result is a located error not a crash") {
  CHECK_THROWS_WITH_AS(cli::decode_job_result("{\"ok\": tru"),
                       doctest::Contains("a worker sent an unreadable result"), model::Error);
  const cli::JobResult round_trip =
      cli::decode_job_result(cli::encode({true, {"e"}, {"w"}, {}, 1.5}));
  CHECK(round_trip.ok);
  CHECK(round_trip.errors == std::vector<std::string>{"e"});
  CHECK(round_trip.warnings == std::vector<std::string>{"w"});
}

TEST_CASE("a worker that dies is reported with its signal") {
  std::string failure;
  cli::run_in_workers(
      1, 1,
      [](std::size_t) -> std::string {
        ::raise(SIGKILL);
        return "";
      },
      [&](std::size_t, cli::WorkerOutcome outcome) {
        CHECK_FALSE(outcome.completed);
        failure = outcome.failure;
      });
  CHECK(failure.find("signal 9") != std::string::npos);
  CHECK(no_children_left());
}

}  // namespace handout::test
