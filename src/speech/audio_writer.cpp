#include "speech/audio_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>

#include "lang/read_along.h"
#include "os/unique_fd.h"
#include "reading/language.h"
#include "reading/phrases.h"
#include "reading/script.h"
#include "speech/chapter_times.h"
#include "speech/id3_tag.h"
#include "speech/isolated_synthesis.h"
#include "speech/levelling.h"
#include "speech/loudness_meter.h"
#include "speech/mp3_encoder.h"
#include "speech/pcm_spool.h"
#include "speech/sentence_times.h"
#include "speech/speech_error.h"
#include "speech/synthesis_sink.h"
#include "speech/voices.h"
#include "speech/wav_writer.h"

namespace handout::speech {

namespace {

TagInfo tag_info(const model::Handout& handout, std::span<const Chapter> chapters) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return {
      .title = model::plain_text(handout.title),
      .subtitle = handout.subtitle ? model::plain_text(*handout.subtitle) : std::string(),
      .artist = clinic ? clinic->name.text : std::string(),
      .album = std::string(reading::Phrases(handout.lang).album()),
      .language = std::string(reading::iso639_2(handout.lang.tag)),
      .page = lang::read_along_url(handout).value_or(std::string()),
      .chapters = chapters,
  };
}

// The chapters before their times are known: the tag made of them has the final tag's size
// (a chapter's times are fixed-size fields), so the MP3 frames can follow it from the start
// and the real tag takes its place at the end without moving them.
std::vector<Chapter> untimed(std::span<const reading::ScriptChapter> chapters) {
  std::vector<Chapter> out;
  for (const reading::ScriptChapter& chapter : chapters)
    out.push_back({chapter.id, chapter.title, 0, 0});
  return out;
}

// The synthesizer's output as it arrives: kept aside in a temporary file while its loudness is
// measured; at the end, levelled (levelling.h) and encoded into the MP3, and into a WAV file
// when one is asked for. Memory holds neither.
class AudioSink final : public SynthesisSink {
 public:
  // `mp3` holds the room for the tag; the frames follow it, in memory or in `file`.
  AudioSink(std::string mp3, bool wav, int file)
      : tag_room_(std::move(mp3)), want_wav_(wav), file_(file) {}

  void start(int sample_rate) override {
    sample_rate_ = sample_rate;
    meter_.emplace(sample_rate);
  }
  void samples(std::span<const std::int16_t> chunk) override {
    spool_.add(chunk);
    meter_->add(chunk);
    sample_count_ += chunk.size();
  }
  void mark(const MarkTime& m) override { marks_.push_back(m); }

  bool silent() const { return sample_count_ == 0; }
  std::span<const MarkTime> marks() const { return marks_; }
  // The levelled samples into the MP3 (and the WAV): the MP3's bytes unless they went to the
  // file.
  std::string finish_mp3() {
    mp3_.emplace(sample_rate_, std::move(tag_room_), file_);
    if (want_wav_) wav_.emplace(sample_rate_);
    level(spool_, sample_rate_, meter_->integrated_lufs(), [&](std::span<const std::int16_t> s) {
      mp3_->add(s);
      if (wav_) wav_->add(s);
    });
    return mp3_->finish();
  }
  // The MP3's exact duration (at its own rate), once finished.
  double mp3_seconds() const {
    return static_cast<double>(mp3_->sample_count()) / static_cast<double>(mp3_sample_rate);
  }
  std::optional<std::string> finish_wav() {
    return wav_ ? std::optional(wav_->finish()) : std::nullopt;
  }

 private:
  std::string tag_room_;
  bool want_wav_;
  int file_;
  int sample_rate_ = 0;
  std::uint64_t sample_count_ = 0;
  PcmSpool spool_;
  std::optional<LoudnessMeter> meter_;
  std::optional<Mp3Encoder> mp3_;
  std::optional<WavStream> wav_;
  std::vector<MarkTime> marks_;
};

// The file the MP3 goes to, emptied (never through a symbolic link), or none when it stays in
// memory.
os::UniqueFd open_mp3_file(const std::filesystem::path& path) {
  if (path.empty()) return os::UniqueFd();
  os::UniqueFd file(
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
  if (!file)
    throw SpeechError("cannot write " + path.string() + ": " + std::string(std::strerror(errno)));
  return file;
}

// More than the MP3 of a script takes: eSpeak NG speaks about 16 characters of SSML a second
// at 150 words per minute, and the MP3 is a constant mp3_bit_rate_kbps. Reserved at
// once, so that the MP3 does not grow by copying itself (which holds two copies at once);
// pages never written are never resident. A longer MP3 still fits, by growing.
std::size_t mp3_room(const reading::Script& script, int rate_wpm) {
  constexpr double margin = 2;
  const double seconds = margin * static_cast<double>(script.ssml.size()) / 16 * 150 / rate_wpm;
  return static_cast<std::size_t>(seconds * mp3_bit_rate_kbps * 1000 / 8);
}

Audio render(const model::Handout& handout, const model::Lexicon& lexicon,
             const model::ClinicalLexicon* clinical, const SpeechOptions& options) {
  reading::Script script =
      reading::build_script(handout, lexicon, clinical, voice_main_languages());
  const std::string tag_room = render_id3(tag_info(handout, untimed(script.chapters)));
  const os::UniqueFd file = open_mp3_file(options.mp3_file);
  std::string mp3;
  if (!file) mp3.reserve(tag_room.size() + mp3_room(script, options.rate_wpm));
  mp3.append(tag_room);
  AudioSink sink(std::move(mp3), options.wav, file.get());
  synthesize(script.ssml, script.voice, options.rate_wpm, sink, options.place);
  if (sink.silent()) throw SpeechError("eSpeak NG produced no audio");
  Audio audio;
  audio.mp3 = sink.finish_mp3();
  audio.duration_seconds = sink.mp3_seconds();
  audio.chapters = chapter_times(script.chapters, sink.marks(), audio.duration_seconds);
  audio.sentences = sentence_times(script.sentence_marks, sink.marks(), audio.duration_seconds);
  const std::string tag = render_id3(tag_info(handout, audio.chapters));
  if (!file)
    audio.mp3.replace(0, tag_room.size(), tag);
  else if (::pwrite(file.get(), tag.data(), tag.size(), 0) != static_cast<ssize_t>(tag.size()))
    throw SpeechError("cannot write the MP3's tag: " + std::string(std::strerror(errno)));
  audio.wav = sink.finish_wav();
  audio.ssml = std::move(script.ssml);
  return audio;
}

}  // namespace

Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const SpeechOptions& options) {
  return render_audio(handout, lexicon, nullptr, options);
}

Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const model::ClinicalLexicon* clinical, const SpeechOptions& options) {
  if (options.rate_wpm < min_rate_wpm || options.rate_wpm > max_rate_wpm) {
    throw model::Error({handout.file, handout.at,
                        "speech rate " + std::to_string(options.rate_wpm) + " is outside " +
                            std::to_string(min_rate_wpm) + " to " + std::to_string(max_rate_wpm) +
                            " words per minute"});
  }
  try {
    return render(handout, lexicon, clinical, options);
  } catch (const SpeechError& e) {
    throw model::Error(
        {handout.file, handout.at, std::string("cannot make the audio: ") + e.what()});
  }
}

}  // namespace handout::speech
