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

// Resampled `chunk` input samples at a time, into at most `room` floats at a time.
std::vector<float> resampled(const std::vector<std::int16_t>& in, std::size_t chunk,
                             std::size_t room = 4096) {
  Resampler resampler(22050, 16000);
  std::vector<float> out;
  std::vector<float> space(room);
  std::span<const std::int16_t> rest(in);
  while (!rest.empty()) {
    const Resampler::Step step = resampler.add(rest.first(std::min(chunk, rest.size())), space);
    REQUIRE(step.used + step.made > 0);
    rest = rest.subspan(step.used);
    out.insert(out.end(), space.begin(), space.begin() + static_cast<std::ptrdiff_t>(step.made));
  }
  while (const std::size_t made = resampler.finish(space))
    out.insert(out.end(), space.begin(), space.begin() + static_cast<std::ptrdiff_t>(made));
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

TEST_CASE("the output does not depend on how the input or the room for output is cut") {
  const std::vector<std::int16_t> in = tone(300, 22050, 1);
  const std::vector<float> whole = resampled(in, in.size(), in.size());
  CHECK(resampled(in, 1) == whole);
  CHECK(resampled(in, 1323) == whole);
  CHECK(resampled(in, 1323, 1) == whole);
  CHECK(resampled(in, in.size(), 777) == whole);
}

TEST_CASE("an empty piece of input takes nothing and does not end the stream") {
  Resampler resampler(22050, 16000);
  std::vector<float> space(1024);
  const Resampler::Step step = resampler.add({}, space);
  CHECK(step.used == 0);
  CHECK(step.made == 0);
  const std::vector<std::int16_t> in = tone(300, 22050, 0.1);
  CHECK(resampler.add(in, space).used > 0);
}
