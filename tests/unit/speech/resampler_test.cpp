#include "speech/resampler.h"

#include <doctest/doctest.h>

#include <cmath>
#include <numbers>
#include <vector>

using namespace handout::speech;

namespace {

std::vector<std::int16_t> tone(double hertz, int rate, double seconds) {
  std::vector<std::int16_t> samples(static_cast<std::size_t>(rate * seconds));
  for (std::size_t i = 0; i < samples.size(); ++i)
    samples[i] =
        static_cast<std::int16_t>(8192 * std::sin(2 * std::numbers::pi * hertz * double(i) / rate));
  return samples;
}

std::vector<float> resampled(const std::vector<std::int16_t>& in, std::size_t chunk) {
  Resampler resampler(22050, 16000);
  std::vector<float> out;
  const std::span<const std::int16_t> all(in);
  for (std::size_t at = 0; at < all.size(); at += chunk)
    resampler.add(all.subspan(at, std::min(chunk, all.size() - at)), out);
  resampler.finish(out);
  return out;
}

// Root mean square of the middle half, away from the filter's edges.
double middle_rms(const std::vector<float>& samples) {
  double sum = 0;
  const std::size_t from = samples.size() / 4, to = samples.size() * 3 / 4;
  for (std::size_t i = from; i < to; ++i) sum += double(samples[i]) * samples[i];
  return std::sqrt(sum / double(to - from));
}

std::size_t rising_crossings(const std::vector<float>& samples) {
  std::size_t count = 0;
  for (std::size_t i = 1; i < samples.size(); ++i) count += samples[i - 1] < 0 && samples[i] >= 0;
  return count;
}

}  // namespace

TEST_CASE("speech resampled from 22.05 to 16 kHz keeps its length and pitch and loudness") {
  const std::vector<float> out = resampled(tone(440, 22050, 2), 1323);
  CHECK(out.size() >= 31999);
  CHECK(out.size() <= 32001);
  CHECK(rising_crossings(out) >= 879);  // 440 a second, for two seconds
  CHECK(rising_crossings(out) <= 881);
  CHECK(middle_rms(out) == doctest::Approx(0.25 / std::sqrt(2.0)).epsilon(0.01));
}

TEST_CASE("what the 16 kHz rate cannot hold is filtered out and not folded back as noise") {
  // 10 kHz is above 16 kHz's 8 kHz limit: without the filter it would come back at 6 kHz.
  CHECK(middle_rms(resampled(tone(10000, 22050, 1), 4096)) < 0.001);
}

TEST_CASE("the output does not depend on how the input is cut into pieces") {
  const std::vector<std::int16_t> in = tone(300, 22050, 1);
  const std::vector<float> whole = resampled(in, in.size());
  CHECK(resampled(in, 1) == whole);
  CHECK(resampled(in, 1323) == whole);
}
