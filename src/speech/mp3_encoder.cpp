#include "speech/mp3_encoder.h"

#include <lame/lame.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

struct LameCloser {
  void operator()(lame_global_flags* flags) const { lame_close(flags); }
};
using Lame = std::unique_ptr<lame_global_flags, LameCloser>;

constexpr std::size_t chunk_samples = 8192;

Lame open_encoder(int sample_rate) {
  Lame lame(lame_init());
  if (!lame) throw SpeechError("cannot start the LAME MP3 encoder");
  lame_global_flags* f = lame.get();
  lame_set_num_channels(f, 1);
  lame_set_in_samplerate(f, sample_rate);
  lame_set_out_samplerate(f, sample_rate);
  lame_set_mode(f, MONO);
  lame_set_VBR(f, vbr_off);
  lame_set_brate(f, mp3_bitrate_kbps);
  lame_set_quality(f, 3);
  lame_set_bWriteVbrTag(f, 1);
  lame_set_write_id3tag_automatic(f, 0);
  if (lame_init_params(f) < 0) throw SpeechError("LAME does not accept the MP3 settings");
  return lame;
}

void append(std::string& out, const std::vector<unsigned char>& buffer, int written) {
  if (written < 0) throw SpeechError("LAME could not encode the audio");
  out.append(reinterpret_cast<const char*>(buffer.data()), static_cast<std::size_t>(written));
}

// LAME's first frame is a placeholder for the info frame it can only fill in at the end.
void write_info_frame(lame_global_flags* f, std::string& mp3) {
  std::vector<unsigned char> frame(2880);
  const std::size_t size = lame_get_lametag_frame(f, frame.data(), frame.size());
  if (size == 0 || size > frame.size() || size > mp3.size()) {
    throw SpeechError("LAME did not write its info frame");
  }
  std::copy_n(frame.begin(), size, mp3.begin());
}

}  // namespace

std::string encode_mp3(std::span<const std::int16_t> samples, int sample_rate) {
  Lame lame = open_encoder(sample_rate);
  std::vector<unsigned char> buffer(chunk_samples * 5 / 4 + 7200);
  std::string mp3;
  for (std::size_t at = 0; at < samples.size(); at += chunk_samples) {
    const std::span<const std::int16_t> chunk =
        samples.subspan(at, std::min(chunk_samples, samples.size() - at));
    // LAME's API takes non-const pointers but only reads the samples.
    auto* pcm = const_cast<short*>(chunk.data());
    append(mp3, buffer,
           lame_encode_buffer(lame.get(), pcm, pcm, static_cast<int>(chunk.size()), buffer.data(),
                              static_cast<int>(buffer.size())));
  }
  append(mp3, buffer,
         lame_encode_flush(lame.get(), buffer.data(), static_cast<int>(buffer.size())));
  write_info_frame(lame.get(), mp3);
  return mp3;
}

}  // namespace handout::speech
