#include "speech/audio_format.h"

#include <cstdio>
#include <iostream>
#include <optional>

#include "reading/lexicon_rules.h"
#include "reading/normaliser.h"
#include "reading/spoken_length.h"
#include "reading/unreadable_tokens.h"
#include "speech/audio_writer.h"
#include "speech/engine_versions.h"
#include "speech/phonemes.h"
#include "speech/voices.h"

namespace handout::speech {

namespace {

using writer::OptionSpec;

const OptionSpec rate =
    OptionSpec::integer("rate", "Speaking rate in words per minute; phone numbers are slower",
                        min_rate_wpm, max_rate_wpm, SpeechOptions{}.rate_wpm);
const OptionSpec wav =
    OptionSpec::flag("wav", "Also write out/<id>.wav, the uncompressed recording");

const std::vector<std::string>& installed_voices() {
  static const std::vector<std::string> voices = voice_languages();
  return voices;
}

std::optional<model::Diagnostic> voice_problem(const model::Handout& handout) {
  if (has_voice(handout.lang.tag, installed_voices())) return std::nullopt;
  return model::Diagnostic{
      handout.file, handout.lang.at,
      "lang '" + handout.lang.tag +
          "' has no eSpeak NG voice; use a language tag such as en-US, en-GB or es"};
}

// The lexicon of the handout's language (lexicon.pls for English, lexicon.es.pls for es and
// es-MX …), or null when that language has none.
const model::Lexicon* lexicon_of(const writer::Resources& resources,
                                 const model::LanguageTag& language) {
  return reading::lexicon_for(*resources.lexicons, language);
}

const model::Lexicon& lexicon_or_none(const writer::Resources& resources,
                                      const model::LanguageTag& language) {
  static const model::Lexicon none;
  const model::Lexicon* lexicon = lexicon_of(resources, language);
  return lexicon ? *lexicon : none;
}

}  // namespace

std::string_view AudioFormat::description() const {
  return "out/<id>.mp3: the recording, a chapter per section and exercise; out/<id>.ssml: its "
         "script";
}

const std::vector<OptionSpec>& AudioFormat::options() const {
  static const std::vector<OptionSpec> specs{rate, wav};
  return specs;
}

const std::vector<writer::OutputKind>& AudioFormat::outputs() const {
  using lang::Medium;
  static const std::vector<writer::OutputKind> kinds{
      {".mp3", "audio/mpeg", Medium::recording, "MP3"},
      {".ssml", "application/ssml+xml", Medium::script, "SSML", false},
      {".wav", "audio/wav", Medium::recording, "WAV", false}};  // with --wav
  return kinds;
}

std::vector<writer::Input> AudioFormat::inputs(const writer::Resources& resources,
                                               const writer::OptionValues&,
                                               const model::LanguageTag& language) const {
  // The voice is chosen from the handout's and clinic.xml's language tags (both in the key) among
  // the voices of this eSpeak NG (its version and data folder are in engine_versions()).
  std::vector<writer::Input> out{{"engines", {}, engine_versions()}};
  // Only this language's lexicon: an edit to lexicon.es.pls rebuilds only Spanish recordings.
  if (const model::Lexicon* lexicon = lexicon_of(resources, language))
    out.push_back({"lexicon", lexicon->file, {}});
  return out;
}

model::Diagnostics AudioFormat::check(const model::Handout& handout,
                                      const writer::Resources& resources) const {
  if (std::optional<model::Diagnostic> problem = voice_problem(handout)) return {*problem};
  const model::Lexicon& lexicon = lexicon_or_none(resources, handout.lang);
  if (std::optional<model::Diagnostic> problem = reading::spoken_length_problem(handout, lexicon))
    return {*problem};
  return reading::unreadable_tokens(handout, lexicon);  // warnings only
}

writer::Rendered AudioFormat::render(const model::Handout& handout,
                                     const writer::Resources& resources,
                                     const writer::OptionValues& options,
                                     const writer::Products&) const {
  // The build ran check() already; only its error matters here, not its warnings' work.
  if (std::optional<model::Diagnostic> problem = voice_problem(handout))
    throw model::Error(*problem);
  if (std::optional<model::Diagnostic> problem =
          reading::spoken_length_problem(handout, lexicon_or_none(resources, handout.lang)))
    throw model::Error(*problem);
  // Encoded straight into its spooled file: neither this nor the formats made next (the EPUB,
  // which holds it) keep the recording in memory.
  auto mp3 = std::make_shared<const writer::SpooledFile>(resources.scratch());
  Audio audio =
      render_audio(handout, lexicon_or_none(resources, handout.lang),
                   {.rate_wpm = options.integer(rate),
                    .wav = options.flag(wav),
                    .mp3_file = mp3->path(),
                    .place = resources.one_handout_process ? SynthesisPlace::this_process_once
                                                           : SynthesisPlace::child_process});
  writer::Rendered out;
  writer::Recording& recording = out.products.recording.emplace();
  recording.file = {handout.id + ".mp3", {}, std::move(mp3)};
  recording.seconds = audio.duration_seconds;
  nlohmann::json chapters = nlohmann::json::array();
  for (const Chapter& chapter : audio.chapters) {
    chapters.push_back({{"title", chapter.title},
                        {"start_seconds", chapter.start_seconds},
                        {"end_seconds", chapter.end_seconds}});
    recording.chapters.push_back(
        {chapter.id, chapter.title, chapter.start_seconds, chapter.end_seconds});
  }
  for (SentenceTime& sentence : audio.sentences)
    recording.sentences.push_back(
        {std::move(sentence.id), sentence.begin_seconds, sentence.end_seconds});
  out.summary = {{"seconds", audio.duration_seconds}, {"chapters", std::move(chapters)}};
  out.files.push_back(recording.file);
  out.files.push_back({handout.id + ".ssml", std::move(audio.ssml)});
  if (audio.wav) out.files.push_back({handout.id + ".wav", std::move(*audio.wav)});
  return out;
}

// `handout say [--lang es] [--phonemes] "Take 1/2 tablet 3x/day"`: the words the recording says
// for a phrase, so an admin can try a wording before writing it.
std::vector<writer::Tool> AudioFormat::tools() const {
  const OptionSpec lang =
      OptionSpec::text("lang", "Language of the handout, as its lang attribute", "en-US");
  const OptionSpec phonemes = OptionSpec::flag("phonemes", "Also print eSpeak NG's phonemes");
  return {{"say",
           "Print the words the audio says for a phrase",
           "text",
           "The phrase, as printed",
           {lang, phonemes},
           [lang, phonemes](const std::string& text, const writer::OptionValues& values) {
             const std::string& tag = values.text(lang);
             const std::string words = reading::normalise(text, reading::dialect_of(tag));
             std::cout << words << '\n';
             if (values.flag(phonemes)) std::cout << phonemes_of(words, tag) << '\n';
             return 0;
           }}};
}

std::string AudioFormat::describe(const nlohmann::json& summary) const {
  const int seconds = static_cast<int>(summary.value("seconds", 0.0) + 0.5);
  const std::size_t chapters = summary.contains("chapters") ? summary["chapters"].size() : 0;
  char text[96];
  std::snprintf(text, sizeof text, "%d:%02d of audio, %zu chapter%s", seconds / 60, seconds % 60,
                chapters, chapters == 1 ? "" : "s");
  return text;
}

}  // namespace handout::speech
