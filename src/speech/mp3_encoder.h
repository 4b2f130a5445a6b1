#pragma once
// MP3 through LAME, fed as the samples come: mono, with the LAME/Xing info frame at the start
// so that players show the true duration and can skip the encoder's delay and padding.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "speech/resampler.h"

struct lame_global_struct;  // LAME's encoder (lame.h)

namespace handout::speech {

// Chosen by measurement (docs/performance.md): eSpeak NG's 22.05 kHz speech resampled to
// 16 kHz (wideband speech, MPEG-2) and encoded at LAME's VBR quality 6 with algorithm quality 7
// (`lame -V 6 -q 7`), at about 42 kbit/s. LAME's cost grows with the number of samples and
// hardly with anything else: at 16 kHz it encodes in about 70 % of the CPU time it takes at
// 22.05 kHz (the resampling costs back a tenth), and pocketsphinx hears more words in it.
// 12 and 11.025 kHz (MPEG-2.5, not in the MPEG standards) lost more than 2 points of word
// score. The info frame is a Xing frame.
inline constexpr int mp3_sample_rate = 16000;
inline constexpr int mp3_vbr_quality = 6;
inline constexpr int mp3_algorithm_quality = 7;

class Mp3Encoder {
 public:
  // The frames are appended to `out`, which may already hold bytes (room for a tag). With a
  // file descriptor `file` open for writing at its start, the bytes go there instead,
  // 64 KiB at a time, so that memory does not grow with the recording.
  // The samples come at `input_rate` (eSpeak NG's) and are resampled to mp3_sample_rate.
  Mp3Encoder(int input_rate, std::string out, int file = -1);
  Mp3Encoder(const Mp3Encoder&) = delete;
  Mp3Encoder& operator=(const Mp3Encoder&) = delete;
  ~Mp3Encoder();

  // Encodes in fixed blocks whatever the sizes of the chunks, so the bytes depend on the
  // samples alone. Throws SpeechError.
  void add(std::span<const std::int16_t> samples);
  // The bytes given at construction, then every frame, the first being the info frame; empty
  // when they went to the file, which then holds them all. Throws SpeechError.
  std::string finish();
  // The samples in the MP3, at mp3_sample_rate: its exact duration once finished.
  std::uint64_t sample_count() const { return sample_count_; }

 private:
  void encode_pending();
  void append(int written);
  void flush();

  lame_global_struct* lame_;
  std::string out_;
  std::size_t frames_at_;
  int file_ = -1;
  std::size_t flushed_ = 0;  // bytes already in the file
  std::uint64_t sample_count_ = 0;
  Resampler resampler_;
  std::vector<float> pending_;  // a block: the resampler writes into it, LAME reads it
  std::size_t filled_ = 0;
  std::vector<unsigned char> buffer_;
};

}  // namespace handout::speech
