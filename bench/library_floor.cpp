// The floor of a handout's audio (bench/speed_bench.sh, row F): the three libraries `handout`
// speaks and encodes with, driven directly at its settings, in one process and on one thread,
// with nothing else: no checks, no PDF, no chapters or tags, no files but the MP3. What
// `handout build` costs beyond this is its own.
//
// Usage: library_floor SCRIPT.ssml LANGUAGE RATE OUT.mp3
#include <espeak-ng/espeak_ng.h>
#include <lame/lame.h>
#include <soxr.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "speech/mp3_encoder.h"  // the settings, so that they cannot drift apart

namespace {

using handout::speech::mp3_algorithm_quality;
using handout::speech::mp3_bit_rate_kbps;
using handout::speech::mp3_sample_rate;

struct LameClose {
  void operator()(lame_global_flags* lame) const { lame_close(lame); }
};
struct SoxrDelete {
  void operator()(soxr* resampler) const { soxr_delete(resampler); }
};
struct FileClose {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// eSpeak NG's samples, resampled to the MP3's rate and encoded as they come.
class Pipeline {
 public:
  Pipeline(int input_rate, const char* out_path) : out_(std::fopen(out_path, "wb")) {
    if (!out_) throw std::runtime_error("cannot write the MP3");
    const soxr_io_spec_t io = soxr_io_spec(SOXR_INT16_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    const soxr_runtime_spec_t runtime = soxr_runtime_spec(1);
    soxr_error_t error = nullptr;
    // As handout does: libsoxr only when eSpeak NG's rate is not the MP3's.
    if (input_rate != mp3_sample_rate)
      resampler_.reset(
          soxr_create(input_rate, mp3_sample_rate, 1, &error, &io, &quality, &runtime));
    lame_.reset(lame_init());
    if ((input_rate != mp3_sample_rate && !resampler_) || !lame_)
      throw std::runtime_error("cannot start libsoxr or LAME");
    lame_set_num_channels(lame_.get(), 1);
    lame_set_in_samplerate(lame_.get(), mp3_sample_rate);
    lame_set_mode(lame_.get(), MONO);
    lame_set_VBR(lame_.get(), vbr_off);
    lame_set_brate(lame_.get(), mp3_bit_rate_kbps);
    lame_set_quality(lame_.get(), mp3_algorithm_quality);
    lame_set_bWriteVbrTag(lame_.get(), 1);
    lame_set_write_id3tag_automatic(lame_.get(), 0);
    if (lame_init_params(lame_.get()) < 0) throw std::runtime_error("LAME refused the settings");
  }

  void add(std::span<const short> samples) {
    if (!resampler_) {
      write(lame_encode_buffer(lame_.get(), samples.data(), nullptr,
                               static_cast<int>(samples.size()), mp3_.data(),
                               static_cast<int>(mp3_.size())));
      return;
    }
    while (!samples.empty()) {
      std::size_t used = 0;
      std::size_t made = 0;
      soxr_process(resampler_.get(), samples.data(), samples.size(), &used, resampled_.data(),
                   resampled_.size(), &made);
      encode(made);
      samples = samples.subspan(used);
    }
  }

  void finish() {
    std::size_t made = 0;
    while (resampler_) {
      soxr_process(resampler_.get(), nullptr, 0, nullptr, resampled_.data(), resampled_.size(),
                   &made);
      encode(made);
      if (made == 0) break;
    }
    write(lame_encode_flush(lame_.get(), mp3_.data(), static_cast<int>(mp3_.size())));
  }

 private:
  void encode(std::size_t count) {
    if (count == 0) return;
    write(lame_encode_buffer_ieee_float(lame_.get(), resampled_.data(), nullptr,
                                        static_cast<int>(count), mp3_.data(),
                                        static_cast<int>(mp3_.size())));
  }
  void write(int bytes) {
    if (bytes < 0) throw std::runtime_error("LAME failed");
    std::fwrite(mp3_.data(), 1, static_cast<std::size_t>(bytes), out_.get());
  }

  std::unique_ptr<std::FILE, FileClose> out_;
  std::unique_ptr<soxr, SoxrDelete> resampler_;
  std::unique_ptr<lame_global_flags, LameClose> lame_;
  std::array<float, 8192> resampled_{};
  std::array<unsigned char, 1 << 16> mp3_{};  // more than LAME needs for 8192 samples
};

int on_synth(short* samples, int count, espeak_EVENT* events) {
  if (samples != nullptr && count > 0)
    static_cast<Pipeline*>(events->user_data)->add({samples, static_cast<std::size_t>(count)});
  return 0;
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read ") + path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 5) {
    std::cerr << "usage: library_floor SCRIPT.ssml LANGUAGE RATE OUT.mp3\n";
    return 2;
  }
  const std::string script = read_file(argv[1]);
  espeak_ng_InitializePath(nullptr);
  if (espeak_ng_Initialize(nullptr) != ENS_OK ||
      espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr) != ENS_OK)
    throw std::runtime_error("cannot start eSpeak NG");
  espeak_SetSynthCallback(on_synth);
  espeak_VOICE voice{};
  voice.languages = argv[2];
  if (espeak_SetVoiceByProperties(&voice) != EE_OK) throw std::runtime_error("no such voice");
  espeak_SetParameter(espeakRATE, std::stoi(argv[3]), 0);
  Pipeline pipeline(espeak_ng_GetSampleRate(), argv[4]);
  if (espeak_Synth(script.c_str(), script.size() + 1, 0, POS_CHARACTER, 0,
                   espeakCHARS_UTF8 | espeakSSML, nullptr, &pipeline) != EE_OK)
    throw std::runtime_error("eSpeak NG could not speak the script");
  pipeline.finish();
  return 0;
} catch (const std::exception& error) {
  std::cerr << "library_floor: " << error.what() << '\n';
  return 1;
}
