#include "speech/peak_limiter.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

using namespace handout::speech;

namespace {

constexpr int rate = 22050;

// Two seconds of quiet noise (a fixed pseudo-random sequence) with a few loud clicks.
std::vector<std::int16_t> quiet_with_clicks() {
  std::vector<std::int16_t> samples(2 * rate);
  unsigned state = 12345;
  for (std::int16_t& s : samples) {
    state = state * 1103515245 + 12345;
    s = static_cast<std::int16_t>(static_cast<int>((state >> 16) % 2001) - 1000);
  }
  for (std::size_t at : {3000U, 3001U, 9000U, 40000U}) samples[at] = 30000;
  samples[15000] = -32767;
  return samples;
}

std::vector<std::int16_t> limit(const std::vector<std::int16_t>& in, double gain, double ceiling,
                                std::size_t chunk) {
  PeakLimiter limiter(rate, gain, ceiling);
  std::vector<std::int16_t> out;
  for (std::size_t at = 0; at < in.size(); at += chunk)
    limiter.add(std::span(in).subspan(at, std::min(chunk, in.size() - at)), out);
  limiter.finish(out);
  return out;
}

int peak(std::span<const std::int16_t> samples) {
  int most = 0;
  for (std::int16_t s : samples) most = std::max(most, std::abs(int(s)));
  return most;
}

}  // namespace

TEST_CASE("the gain reaches the target loudness and is 1 for silence") {
  CHECK(normalising_gain(-23.5, -17.5) == doctest::Approx(2.0).epsilon(0.01));  // +6 dB
  CHECK(normalising_gain(-11.5, -17.5) == doctest::Approx(0.5).epsilon(0.01));
  CHECK(normalising_gain(-HUGE_VAL, -17.5) == 1.0);
}

TEST_CASE("every sample comes out once in order whatever the chunking") {
  const std::vector<std::int16_t> in = quiet_with_clicks();
  const std::vector<std::int16_t> whole = limit(in, 3.0, 0.5, in.size());
  CHECK(whole.size() == in.size());
  CHECK(limit(in, 3.0, 0.5, 1) == whole);
  CHECK(limit(in, 3.0, 0.5, 1323) == whole);
  CHECK(limit({}, 3.0, 0.5, 1).empty());
  CHECK(limit({100, -200, 300}, 1.0, 1.0, 2) == std::vector<std::int16_t>{100, -200, 300});
}

TEST_CASE("peaks stay under the ceiling and the quiet part gets the whole gain") {
  const std::vector<std::int16_t> in = quiet_with_clicks();
  const std::vector<std::int16_t> out = limit(in, 3.0, 0.5, 4096);
  CHECK(peak(out) <= 16384);  // half of full scale
  // Far from a click (eight release time constants), every sample is three times louder.
  for (std::size_t i = 30000; i < 39000; ++i) CHECK(std::abs(out[i] - 3 * in[i]) <= 2);
  // Just before a click the gain ramps down: no sample jumps by the whole reduction.
  CHECK(std::abs(out[8999]) < std::abs(3 * in[8999]) + 1);
  CHECK(out[9000] > 15000);  // the click itself is still loud, at the ceiling
}

TEST_CASE("a gain of one under a ceiling above the peaks changes nothing") {
  const std::vector<std::int16_t> in = quiet_with_clicks();
  CHECK(limit(in, 1.0, 1.0, 777) == in);
}
