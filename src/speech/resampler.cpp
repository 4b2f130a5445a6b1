#include "speech/resampler.h"

#include <soxr.h>

#include <string>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

void require(soxr_error_t error, const char* what) {
  if (error) throw SpeechError(std::string("libsoxr cannot ") + what + ": " + error);
}

}  // namespace

Resampler::Resampler(int from_rate, int to_rate) {
  const soxr_io_spec_t io = soxr_io_spec(SOXR_INT16_I, SOXR_FLOAT32_I);
  const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
  const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
  soxr_error_t error = nullptr;
  soxr_ = soxr_create(from_rate, to_rate, 1, &error, &io, &quality, &runtime);
  if (!soxr_) require(error ? error : "no resampler", "start");
}

Resampler::~Resampler() {
  soxr_delete(soxr_);
}

Resampler::Step Resampler::add(std::span<const std::int16_t> in, std::span<float> out) {
  Step step;
  if (in.empty()) return step;  // a null input would end the stream
  require(soxr_process(soxr_, in.data(), in.size(), &step.used, out.data(), out.size(), &step.made),
          "resample");
  return step;
}

std::size_t Resampler::finish(std::span<float> out) {
  std::size_t made = 0;
  require(soxr_process(soxr_, nullptr, 0, nullptr, out.data(), out.size(), &made), "resample");
  return made;
}

}  // namespace handout::speech
