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
      held_(lookahead_),
      lowest_(lookahead_ + 1),
      recent_(lookahead_, 1.0F),
      recent_sum_(static_cast<double>(lookahead_)) {}

void PeakLimiter::add(std::span<const std::int16_t> in, std::vector<std::int16_t>& out) {
  out.reserve(out.size() + in.size());
  const double loudest = ceiling_ / gain_ * 32768.0;  // the largest sample that needs no cut
  for (const std::int16_t sample : in) {
    hold(sample);
    const double level = std::abs(sample);
    push(level > loudest ? static_cast<float>(loudest / level) : 1.0F, out);
  }
}

void PeakLimiter::hold(std::int16_t sample) {
  held_[held_in_] = sample;
  held_in_ = held_in_ + 1 == lookahead_ ? 0 : held_in_ + 1;
}

// After the last sample the window runs on over silence, which allows any gain.
void PeakLimiter::finish(std::vector<std::int16_t>& out) {
  const std::uint64_t samples = pushed_;
  while (emitted_ < samples) {
    hold(0);
    push(1.0F, out);
  }
}

// The window's minimum is the first of an ascending queue; once the window is full, its first
// sample's gain is known.
void PeakLimiter::push(float need, std::vector<std::int16_t>& out) {
  // Ring positions without a division: this runs for every sample.
  const std::size_t ring = lowest_.size();
  const auto slot = [&](std::size_t i) {
    const std::size_t at = lowest_first_ + i;
    return at >= ring ? at - ring : at;
  };
  while (lowest_count_ > 0 && lowest_[slot(lowest_count_ - 1)].gain >= need) --lowest_count_;
  lowest_[slot(lowest_count_)] = {pushed_, need};
  ++lowest_count_;
  ++pushed_;
  if (pushed_ < lookahead_) return;
  const std::uint64_t first = pushed_ - lookahead_;
  if (lowest_[lowest_first_].at < first) {
    lowest_first_ = slot(1);
    --lowest_count_;
  }
  emit(lowest_[lowest_first_].gain, out);
}

// The gain of a sample is the average of the last `lookahead_` window minima, each at most the
// gain its window's peak allows, so the average is too at the peak, which every one of those
// windows holds: the gain falls in a straight ramp before the peak, never a step.
void PeakLimiter::emit(float lowest, std::vector<std::int16_t>& out) {
  reduction_ = std::min(lowest, reduction_ + static_cast<float>(release_) * (1 - reduction_));
  recent_sum_ += reduction_ - recent_[recent_at_];
  recent_[recent_at_] = reduction_;
  recent_at_ = recent_at_ + 1 == lookahead_ ? 0 : recent_at_ + 1;
  const std::int16_t sample = held_[held_out_];
  held_out_ = held_out_ + 1 == lookahead_ ? 0 : held_out_ + 1;
  ++emitted_;
  const double limited = gain_ * sample * (recent_sum_ / static_cast<double>(lookahead_));
  // Rounded half away from zero, without a library call: this runs for every sample.
  const double rounded = std::clamp(limited + (limited < 0 ? -0.5 : 0.5), -32767.0, 32767.0);
  out.push_back(static_cast<std::int16_t>(rounded));
}

}  // namespace handout::speech
