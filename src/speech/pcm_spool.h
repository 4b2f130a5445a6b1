#pragma once
// The synthesized samples, kept aside in an unnamed temporary file while the recording is
// measured, then read back in order: memory stays small whatever the recording's length.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "os/unique_fd.h"

namespace handout::speech {

class PcmSpool {
 public:
  // In the system's temporary folder ($TMPDIR). Throws SpeechError.
  PcmSpool();

  void add(std::span<const std::int16_t> samples);
  // Calls `take` with every sample in order, a block at a time. Throws SpeechError.
  void replay(const std::function<void(std::span<const std::int16_t>)>& take);

 private:
  void flush();

  os::UniqueFd file_;
  std::vector<std::int16_t> buffer_;
  std::uint64_t bytes_ = 0;  // in the file
};

}  // namespace handout::speech
