#pragma once
// The length of an MP3 as a player plays it, by an outside decoder: the samples ffprobe decodes
// (LAME's info frame tells the decoder to drop the encoder's delay and padding), over the
// sample rate.
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <string>

#include "process.h"

namespace handout::testing {

inline double played_seconds(const std::filesystem::path& mp3) {
  const ProcessResult rate =
      run_process({"ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                   "stream=sample_rate", "-of", "csv=p=0", mp3.string()});
  const ProcessResult frames =
      run_process({"ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                   "frame=nb_samples", "-of", "csv=p=0", mp3.string()});
  if (rate.exit_code != 0 || frames.exit_code != 0)
    throw std::runtime_error("ffprobe could not read " + mp3.string() + ": " + rate.err +
                             frames.err);
  std::istringstream lines(frames.out);
  double samples = 0;
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) samples += std::stod(line);
  return samples / std::stod(rate.out);
}

}  // namespace handout::testing
