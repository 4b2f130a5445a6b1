#pragma once
// MP3 through LAME, fed as the samples come: mono, with the LAME/Xing info frame at the start
// so that players show the true duration and can skip the encoder's delay and padding.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "speech/resampler.h"

struct lame_global_struct;  // LAME's encoder (lame.h)

namespace handout::speech {

// Chosen by measurement (docs/performance.md): eSpeak NG's 22.05 kHz speech resampled to
// 24 kHz (MPEG-2) and encoded at a constant 64 kbit/s with LAME's algorithm quality 5
// (`lame --cbr -b 64 -q 5`): quality 7 leaves out the noise shaping (LAME 3.100 runs the same
// psychoacoustic model at both), and pocketsphinx then misheard the samples' sentence clips at
// 64, 80 and 96 kbit/s. Quality 5 costs LAME about 70 % more time than 7, most of a build's.
// Constant bitrate, so that a player finds any time by arithmetic (a chapter link, a read-along
// highlight) instead of through a coarse seek table: at 24 kHz an MPEG-2 frame holds 576 samples in
// exactly 3 bytes per kbit/s (never a padding byte), so every frame's byte is proportional to its
// time. 24 kHz keeps eSpeak NG's whole band (to 11 kHz, where s, f and th are told apart), which
// LAME passes whole at 64 kbit/s. At eSpeak NG's own 22.05 kHz (no resampling, a fifth less CPU
// for LAME) seeking stays exact, but LAME's constant bitrate leaves 10 to 11 kHz (its last
// scalefactor band there) about 17 dB down, and pocketsphinx misheard a sentence clip. 64 is the
// least rate whose frame (192 bytes) holds the Info frame (the CBR form of Xing) with the LAME
// tag, which gives players the encoder's delay and padding: 48 kbit/s frames are 25 bytes short.
// The Info frame goes without its seek table (info_frame.h), which would make seeking coarse.
inline constexpr int mp3_sample_rate = 24000;
inline constexpr int mp3_bit_rate_kbps = 64;
inline constexpr int mp3_algorithm_quality = 5;
// LAME at a constant bitrate this low decodes 0.5 dB quieter than its input, whatever the
// level and the signal (a 1 kHz sine, pink noise, speech: measured with sox and ffmpeg's
// ebur128); the levelling makes it up so that the MP3 is at the target loudness.
inline constexpr double mp3_level_loss_db = 0.5;

class Mp3Encoder {
 public:
  // The frames are appended to `out`, which may already hold bytes (room for a tag). With a
  // file descriptor `file` open for writing at its start, the bytes go there instead,
  // 64 KiB at a time, so that memory does not grow with the recording.
  // The samples come at `input_rate` (eSpeak NG's) and are resampled to mp3_sample_rate unless
  // they are at it already.
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
  void take_as_they_are(std::span<const std::int16_t> samples);
  void encode_pending();
  void append(int written);
  void flush();

  lame_global_struct* lame_;
  std::string out_;
  std::size_t frames_at_;
  int file_ = -1;
  std::size_t flushed_ = 0;  // bytes already in the file
  std::uint64_t sample_count_ = 0;
  std::optional<Resampler> resampler_;  // none when the samples come at mp3_sample_rate
  std::vector<float> pending_;          // a block: the resampler writes into it, LAME reads it
  std::size_t filled_ = 0;
  std::vector<unsigned char> buffer_;
};

}  // namespace handout::speech
