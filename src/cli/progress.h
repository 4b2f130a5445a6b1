#pragma once
// What a build tells the admin as it goes: a line per handout as it finishes (built,
// unchanged, failed, removed), a live line while work runs when stderr is a terminal, and
// a closing summary.
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

namespace handout::cli {

class Progress {
 public:
  // `id_width`: the longest id, so that the details after the ids line up in a column.
  // `changes_only`: no line for an unchanged handout, no summary when nothing changed, and the
  // summary starts with the time of day (watch's rebuilds).
  Progress(std::size_t total, bool quiet, std::size_t id_width = 0, bool changes_only = false);
  // A handout whose build is under way (live line only).
  void working(std::size_t finished_so_far, std::string_view id);
  void finished(std::string_view status, std::string_view id, std::string_view detail);
  // `note` is added to the line as it is ("; 1 error in the content folder, shown above").
  void summary(std::size_t built, std::size_t unchanged, std::size_t failed, std::size_t removed,
               std::string_view failed_ids, std::string_view note = {});

 private:
  void clear_live_line();
  std::size_t total_;
  bool quiet_;
  std::size_t id_width_;
  bool changes_only_;
  bool live_;
  bool live_shown_ = false;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace handout::cli
