#include "speech/audio_writer.h"

#include "speech/chapter_times.h"
#include "speech/id3_tag.h"
#include "speech/isolated_synthesis.h"
#include "speech/language.h"
#include "speech/mp3_encoder.h"
#include "speech/phrases.h"
#include "speech/script.h"
#include "speech/speech_error.h"
#include "speech/wav_writer.h"

namespace handout::speech {

namespace {

const model::Clinic* clinic_of(const model::Handout& handout) {
  for (const model::Block& block : handout.body) {
    if (const auto* contact = std::get_if<model::Contact>(&block)) return &contact->clinic;
  }
  return nullptr;
}

std::string tagged_mp3(const model::Handout& handout, const Synthesis& speech,
                       std::span<const Chapter> chapters) {
  const model::Clinic* clinic = clinic_of(handout);
  const TagInfo info{
      .title = model::plain_text(handout.title),
      .subtitle = handout.subtitle ? model::plain_text(*handout.subtitle) : std::string(),
      .artist = clinic ? clinic->name.text : std::string(),
      .album = std::string(Phrases(handout.lang).album()),
      .language = std::string(iso639_2(handout.lang.tag)),
      .chapters = chapters,
  };
  return render_id3(info) + encode_mp3(speech.samples, speech.sample_rate);
}

Audio render(const model::Handout& handout, const model::Lexicon& lexicon,
             const SpeechOptions& options) {
  Script script = build_script(handout, lexicon);
  const Synthesis speech = synthesize(script.ssml, handout.lang.tag, options.rate_wpm);
  Audio audio;
  audio.duration_seconds =
      static_cast<double>(speech.samples.size()) / static_cast<double>(speech.sample_rate);
  audio.chapters = chapter_times(script.chapters, speech.marks, audio.duration_seconds);
  audio.mp3 = tagged_mp3(handout, speech, audio.chapters);
  if (options.wav) audio.wav = encode_wav(speech.samples, speech.sample_rate);
  audio.ssml = std::move(script.ssml);
  return audio;
}

}  // namespace

Audio render_audio(const model::Handout& handout, const model::Lexicon& lexicon,
                   const SpeechOptions& options) {
  if (options.rate_wpm < min_rate_wpm || options.rate_wpm > max_rate_wpm) {
    throw model::Error({handout.file, handout.at,
                        "speech rate " + std::to_string(options.rate_wpm) + " is outside " +
                            std::to_string(min_rate_wpm) + " to " + std::to_string(max_rate_wpm) +
                            " words per minute"});
  }
  try {
    return render(handout, lexicon, options);
  } catch (const SpeechError& e) {
    throw model::Error(
        {handout.file, handout.at, std::string("cannot make the audio: ") + e.what()});
  }
}

}  // namespace handout::speech
