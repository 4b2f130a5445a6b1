#include "speech/mp3_encoder.h"

#include <lame/lame.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string_view>

#include "speech/info_frame.h"
#include "speech/speech_error.h"

namespace handout::speech {

namespace {

constexpr std::size_t block_samples = 8192;
// 64 KiB: a few dozen writes for a handout, and a buffer that stays in the cache.
constexpr std::size_t flush_bytes = 1 << 16;

lame_global_flags* open_encoder() {
  lame_global_flags* f = lame_init();
  if (!f) throw SpeechError("cannot start the LAME MP3 encoder");
  lame_set_num_channels(f, 1);
  lame_set_in_samplerate(f, mp3_sample_rate);
  lame_set_mode(f, MONO);
  lame_set_VBR(f, vbr_off);
  lame_set_brate(f, mp3_bit_rate_kbps);
  lame_set_quality(f, mp3_algorithm_quality);
  lame_set_bWriteVbrTag(f, 1);
  lame_set_write_id3tag_automatic(f, 0);
  // The output rate is left to LAME, as the `lame` program measured does: it keeps the
  // input's rate.
  if (lame_init_params(f) < 0 || lame_get_out_samplerate(f) != mp3_sample_rate) {
    lame_close(f);
    throw SpeechError("LAME does not accept the MP3 settings");
  }
  return f;
}

}  // namespace

Mp3Encoder::Mp3Encoder(int input_rate, std::string out, int file)
    : lame_(open_encoder()),
      out_(std::move(out)),
      frames_at_(out_.size()),
      file_(file),
      pending_(block_samples),
      buffer_(block_samples * 5 / 4 + 7200) {
  // Into a file, the bytes wait for flush_bytes: room for them at once, not by doubling.
  if (file_ >= 0) out_.reserve(flush_bytes + buffer_.size());
  if (input_rate != mp3_sample_rate) resampler_.emplace(input_rate, mp3_sample_rate);
}

Mp3Encoder::~Mp3Encoder() {
  lame_close(lame_);
}

void Mp3Encoder::add(std::span<const std::int16_t> samples) {
  if (!resampler_) return take_as_they_are(samples);
  while (!samples.empty()) {
    const Resampler::Step step = resampler_->add(samples, std::span(pending_).subspan(filled_));
    if (step.used == 0 && step.made == 0) throw SpeechError("libsoxr took no samples");
    samples = samples.subspan(step.used);
    filled_ += step.made;
    if (filled_ == pending_.size()) encode_pending();
  }
}

// At the MP3's own rate the samples only become floats in [-1, 1), as libsoxr's are.
void Mp3Encoder::take_as_they_are(std::span<const std::int16_t> samples) {
  while (!samples.empty()) {
    const std::size_t n = std::min(samples.size(), pending_.size() - filled_);
    std::transform(samples.begin(), samples.begin() + static_cast<std::ptrdiff_t>(n),
                   pending_.begin() + static_cast<std::ptrdiff_t>(filled_),
                   [](std::int16_t s) { return static_cast<float>(s) * (1.0F / 32768); });
    samples = samples.subspan(n);
    filled_ += n;
    if (filled_ == pending_.size()) encode_pending();
  }
}

void Mp3Encoder::encode_pending() {
  const int count = static_cast<int>(filled_);
  append(lame_encode_buffer_ieee_float(lame_, pending_.data(), pending_.data(), count,
                                       buffer_.data(), static_cast<int>(buffer_.size())));
  sample_count_ += filled_;
  filled_ = 0;
}

void Mp3Encoder::append(int written) {
  if (written < 0) throw SpeechError("LAME could not encode the audio");
  out_.append(reinterpret_cast<const char*>(buffer_.data()), static_cast<std::size_t>(written));
  if (file_ >= 0 && out_.size() >= flush_bytes) flush();
}

void Mp3Encoder::flush() {
  std::string_view bytes = out_;
  while (!bytes.empty()) {
    const ssize_t n = ::write(file_, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw SpeechError("cannot write the MP3: " + std::string(std::strerror(errno)));
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  flushed_ += out_.size();
  out_.clear();
}

// LAME's first frame is a placeholder for the info frame it can only fill in at the end.
std::string Mp3Encoder::finish() {
  while (resampler_) {
    const std::size_t made = resampler_->finish(std::span(pending_).subspan(filled_));
    if (made == 0) break;
    filled_ += made;
    if (filled_ == pending_.size()) encode_pending();
  }
  if (filled_ > 0) encode_pending();
  append(lame_encode_flush(lame_, buffer_.data(), static_cast<int>(buffer_.size())));
  const std::size_t size = lame_get_lametag_frame(lame_, buffer_.data(), buffer_.size());
  if (size == 0 || size > buffer_.size() || size > flushed_ + out_.size() - frames_at_) {
    throw SpeechError("LAME did not write its info frame");
  }
  drop_seek_table(std::span(buffer_).first(size));
  if (file_ < 0) {
    std::copy_n(buffer_.begin(), size, out_.begin() + static_cast<std::ptrdiff_t>(frames_at_));
    return std::move(out_);
  }
  flush();
  if (::pwrite(file_, buffer_.data(), size, static_cast<off_t>(frames_at_)) !=
      static_cast<ssize_t>(size))
    throw SpeechError("cannot write the MP3's info frame: " + std::string(std::strerror(errno)));
  return {};
}

}  // namespace handout::speech
