#pragma once
// Runs jobs in forked worker processes, a few at a time. Processes rather than threads,
// because eSpeak NG keeps global state; a crash in one job cannot take down the batch.
#include <cstddef>
#include <functional>
#include <string>

namespace handout::cli {

struct WorkerOutcome {
  std::string payload;     // what the job returned; empty if the worker died
  bool completed = false;  // the worker returned normally
  std::string failure;     // why not, e.g. "killed by signal 9"
  long max_rss_kib = 0;    // peak memory of the worker
};

// Calls `work(i)` in a child process for every i < count, at most `parallel` at once, and
// `done(i, outcome)` in this process as each one finishes (in finishing order). If `done`
// throws, the workers still running are killed and reaped before the exception leaves. A
// worker dies with this process (PR_SET_PDEATHSIG), so `kill -9` of it leaves none running.
void run_in_workers(std::size_t count, int parallel,
                    const std::function<std::string(std::size_t)>& work,
                    const std::function<void(std::size_t, WorkerOutcome)>& done);

}  // namespace handout::cli
