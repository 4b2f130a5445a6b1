#include "cli/progress.h"

#include <unistd.h>

#include <cstdio>
#include <ctime>
#include <iostream>

namespace handout::cli {

Progress::Progress(std::size_t total, bool quiet, std::size_t id_width, bool changes_only)
    : total_(total),
      quiet_(quiet),
      id_width_(id_width),
      changes_only_(changes_only),
      live_(!quiet && ::isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()) {}

namespace {

// "14:03:27", local time: when a rebuild of `watch` ended.
std::string time_of_day() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char text[16];
  std::strftime(text, sizeof text, "%H:%M:%S", &local);
  return text;
}

}  // namespace

void Progress::clear_live_line() {
  if (!live_shown_) return;
  std::cerr << "\r\033[K" << std::flush;
  live_shown_ = false;
}

void Progress::working(std::size_t finished_so_far, std::string_view id) {
  if (!live_) return;
  std::cerr << "\r\033[K[" << finished_so_far << '/' << total_ << "] building " << id << " …"
            << std::flush;
  live_shown_ = true;
}

void Progress::finished(std::string_view status, std::string_view id, std::string_view detail) {
  clear_live_line();
  if (quiet_ && status != "failed") return;
  if (changes_only_ && status == "unchanged") return;
  char status_column[16];
  std::snprintf(status_column, sizeof status_column, "%-9.*s", static_cast<int>(status.size()),
                status.data());
  std::cout << status_column << ' ' << id;
  if (!detail.empty())
    std::cout << std::string(id_width_ > id.size() ? id_width_ - id.size() : 0, ' ') << "  "
              << detail;
  std::cout << std::endl;
}

void Progress::summary(std::size_t built, std::size_t unchanged, std::size_t failed,
                       std::size_t removed, std::string_view failed_ids, std::string_view note) {
  clear_live_line();
  if (changes_only_ && built + failed + removed == 0) return;
  if (changes_only_) std::cout << time_of_day() << "  ";
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start_;
  char line[256];
  std::snprintf(line, sizeof line, "%zu built, %zu unchanged, %zu failed, %zu removed in %.1f s",
                built, unchanged, failed, removed, elapsed.count());
  std::cout << line;
  if (failed > 0) std::cout << " (failed: " << failed_ids << ')';
  std::cout << note << std::endl;
}

}  // namespace handout::cli
