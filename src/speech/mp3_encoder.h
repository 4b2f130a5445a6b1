#pragma once
// MP3 through LAME, fed as the samples come: mono, with the LAME/Xing info frame at the start
// so that players show the true duration and can skip the encoder's delay and padding.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

struct lame_global_struct;  // LAME's encoder (lame.h)

namespace handout::speech {

// Variable bit rate, chosen by measurement (docs/performance.md): LAME's VBR quality 6 with
// algorithm quality 7 (`lame -V 6 -q 7`) encodes eSpeak NG's 22.05 kHz speech at about
// 52 kbit/s, in about half the CPU time of constant 64 kbit/s at quality 3, and
// pocketsphinx hears as many words in it. The info frame is then a Xing frame.
inline constexpr int mp3_vbr_quality = 6;
inline constexpr int mp3_algorithm_quality = 7;

class Mp3Encoder {
 public:
  // The frames are appended to `out`, which may already hold bytes (room for a tag). With a
  // file descriptor `file` open for writing at its start, the bytes go there instead, a
  // mebibyte at a time, so that memory does not grow with the recording.
  Mp3Encoder(int sample_rate, std::string out, int file = -1);
  Mp3Encoder(const Mp3Encoder&) = delete;
  Mp3Encoder& operator=(const Mp3Encoder&) = delete;
  ~Mp3Encoder();

  // Encodes in fixed blocks whatever the sizes of the chunks, so the bytes depend on the
  // samples alone. Throws SpeechError.
  void add(std::span<const std::int16_t> samples);
  // The bytes given at construction, then every frame, the first being the info frame; empty
  // when they went to the file, which then holds them all. Throws SpeechError.
  std::string finish();

 private:
  void encode_pending();
  void append(int written);
  void flush();

  lame_global_struct* lame_;
  std::string out_;
  std::size_t frames_at_;
  int file_ = -1;
  std::size_t flushed_ = 0;  // bytes already in the file
  std::vector<std::int16_t> pending_;
  std::vector<unsigned char> buffer_;
};

}  // namespace handout::speech
