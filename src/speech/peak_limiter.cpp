#include "speech/peak_limiter.h"

#include <algorithm>
#include <cmath>

namespace handout::speech {

double normalising_gain(double measured_lufs, double target) {
  if (!std::isfinite(measured_lufs)) return 1;
  return std::pow(10.0, (target - measured_lufs) / 20);
}

PeakLimiter::PeakLimiter(int sample_rate, double gain, double ceiling, double lookahead_seconds,
                         double release_seconds)
    : gain_(gain),
      ceiling_(ceiling),
      release_(1 - std::exp(-1 / (release_seconds * sample_rate))),
      lookahead_(std::max<std::size_t>(
          1, static_cast<std::size_t>(std::lround(lookahead_seconds * sample_rate)))),
      recent_(lookahead_, 1.0F),
      recent_sum_(static_cast<double>(lookahead_)) {}

void PeakLimiter::add(std::span<const std::int16_t> in, std::vector<std::int16_t>& out) {
  for (const std::int16_t sample : in) {
    held_.push_back(sample);
    const double level = gain_ * std::abs(sample) / 32768.0;
    push(level > ceiling_ ? static_cast<float>(ceiling_ / level) : 1.0F, out);
  }
}

// After the last sample the window runs on over silence, which allows any gain.
void PeakLimiter::finish(std::vector<std::int16_t>& out) {
  while (!held_.empty()) push(1.0F, out);
}

// The window's minimum is the front of an ascending queue; once the window is full, its first
// sample's gain is known.
void PeakLimiter::push(float need, std::vector<std::int16_t>& out) {
  while (!lowest_.empty() && lowest_.back().gain >= need) lowest_.pop_back();
  lowest_.push_back({pushed_, need});
  ++pushed_;
  if (pushed_ < lookahead_) return;
  const std::uint64_t first = pushed_ - lookahead_;
  while (lowest_.front().at < first) lowest_.pop_front();
  emit(lowest_.front().gain, out);
}

// The gain of a sample is the average of the last `lookahead_` window minima, each at most the
// gain its window's peak allows, so the average is too at the peak, which every one of those
// windows holds: the gain falls in a straight ramp before the peak, never a step.
void PeakLimiter::emit(float lowest, std::vector<std::int16_t>& out) {
  reduction_ = std::min(lowest, reduction_ + static_cast<float>(release_) * (1 - reduction_));
  recent_sum_ += reduction_ - recent_[recent_at_];
  recent_[recent_at_] = reduction_;
  recent_at_ = (recent_at_ + 1) % recent_.size();
  const double limited = gain_ * held_.front() * (recent_sum_ / static_cast<double>(lookahead_));
  held_.pop_front();
  out.push_back(static_cast<std::int16_t>(std::clamp(std::lround(limited), -32767L, 32767L)));
}

}  // namespace handout::speech
