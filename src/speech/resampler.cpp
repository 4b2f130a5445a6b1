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

Resampler::Resampler(int from_rate, int to_rate)
    : ratio_(static_cast<double>(to_rate) / from_rate) {
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

void Resampler::add(std::span<const std::int16_t> in, std::vector<float>& out) {
  if (!in.empty()) drain(in.data(), in.size(), out);
}

void Resampler::finish(std::vector<float>& out) {
  drain(nullptr, 0, out);
}

// Gives soxr every input sample (a null `in` ends the input) and takes all it gives back.
void Resampler::drain(const std::int16_t* in, std::size_t count, std::vector<float>& out) {
  const std::size_t room = static_cast<std::size_t>(static_cast<double>(count) * ratio_) + 1024;
  for (;;) {
    const std::size_t at = out.size();
    out.resize(at + room);
    std::size_t used = 0;
    std::size_t made = 0;
    require(soxr_process(soxr_, in, count, &used, out.data() + at, room, &made), "resample");
    out.resize(at + made);
    if (in) {
      in += used;
      count -= used;
      if (count == 0) return;
    } else if (made == 0) {
      return;
    }
  }
}

}  // namespace handout::speech
