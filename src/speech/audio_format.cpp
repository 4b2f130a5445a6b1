#include "speech/audio_format.h"

#include <array>
#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "reading/clinical_lexicon.h"
#include "reading/lexicon_rules.h"
#include "reading/medication_safety.h"
#include "reading/normaliser.h"
#include "reading/script.h"
#include "reading/spoken_length.h"
#include "reading/ssml.h"
#include "reading/stretch_languages.h"
#include "reading/unreadable_tokens.h"
#include "speech/audio_writer.h"
#include "speech/engine_versions.h"
#include "speech/phonemes.h"
#include "speech/voices.h"
#include "speech/word_knowledge.h"

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

// The tool's clinical lexicon of the handout's language, or null.
const model::ClinicalLexicon* clinical_of(const writer::Resources& resources,
                                          const model::LanguageTag& language) {
  if (!resources.clinical_lexicons) return nullptr;
  return reading::clinical_lexicon_for(*resources.clinical_lexicons, language);
}

// What the audio finds of one handout without asking eSpeak NG: an error, or the symbols it
// cannot read (warnings) and the words it leaves to eSpeak NG.
struct OwnCheck {
  model::Diagnostics found;
  std::vector<reading::WordAt> words;
};

OwnCheck own_check(const model::Handout& handout, const writer::Resources& resources) {
  if (std::optional<model::Diagnostic> problem = voice_problem(handout)) return {{*problem}, {}};
  const model::Lexicon& lexicon = lexicon_or_none(resources, handout.lang);
  const model::ClinicalLexicon* clinical = clinical_of(resources, handout.lang);
  if (std::optional<model::Diagnostic> problem =
          reading::spoken_length_problem(handout, lexicon, clinical))
    return {{*problem}, {}};
  reading::Unsure unsure = reading::unsure_in(handout, lexicon, clinical);
  // The medication-safety lists concern the printed words as much as the recording: warned
  // here, where the shipped lexicon that holds them is at hand.
  for (model::Diagnostic& d : reading::medication_safety(handout, clinical))
    unsure.warnings.push_back(std::move(d));
  // From the voice list already read: cheap enough for a build's check as well.
  for (model::Diagnostic& d : reading::stretch_language_warnings(handout, voice_main_languages()))
    unsure.warnings.push_back(std::move(d));
  return {std::move(unsure.warnings), std::move(unsure.words)};
}

// The warnings about the words left to eSpeak NG, appended to each handout's: one child
// process per language asks eSpeak NG and the dictionary about every word once.
void warn_unsure_words(std::span<const model::Handout* const> handouts,
                       std::vector<OwnCheck>& checks, std::vector<model::Diagnostics>& out) {
  // The language a word is said in: its stretch's, or its handout's.
  const auto lang_of = [&](std::size_t i, const reading::WordAt& word) -> const std::string& {
    return word.lang.empty() ? handouts[i]->lang.tag : word.lang;
  };
  std::map<std::string, std::set<std::string>> words_of;  // by language tag
  for (std::size_t i = 0; i < handouts.size(); ++i)
    for (const reading::WordAt& word : checks[i].words)
      words_of[lang_of(i, word)].insert(word.word);
  std::vector<WordsOfLanguage> asked;
  for (const auto& [tag, words] : words_of) asked.push_back({tag, {words.begin(), words.end()}});
  std::vector<std::vector<reading::WordKnowledge>> known;
  try {
    known = word_knowledge(asked);
  } catch (const std::runtime_error& error) {
    for (std::size_t i = 0; i < handouts.size(); ++i)
      if (!checks[i].words.empty())
        out[i].push_back(
            {handouts[i]->file, handouts[i]->at,
             std::string("cannot ask eSpeak NG how it reads the words: ") + error.what(),
             model::Severity::warning});
    return;
  }
  // Each word's message, as written and shouted in a sentence of capitals (the second).
  std::map<std::pair<std::string, std::string>, std::array<std::optional<std::string>, 2>>
      message_of;
  for (std::size_t l = 0; l < asked.size(); ++l)
    for (std::size_t k = 0; k < asked[l].words.size(); ++k)
      message_of[{asked[l].lang, asked[l].words[k]}] = {
          reading::unsure_message(asked[l].words[k], known[l][k]),
          reading::unsure_message(asked[l].words[k], known[l][k], true)};
  for (std::size_t i = 0; i < handouts.size(); ++i)
    for (const reading::WordAt& word : checks[i].words)
      if (const auto found = message_of.find({lang_of(i, word), word.word});
          found != message_of.end() && found->second[word.shouted ? 1 : 0])
        out[i].push_back(
            {word.file, word.at, *found->second[word.shouted ? 1 : 0], model::Severity::warning});
}

// A handout of one paragraph, the phrase, in `tag`, of the folder's clinic (its contact block,
// as every handout read has one): what `say` reads, as a build would read it.
model::Handout phrase_handout(const std::string& phrase, const std::string& tag,
                              const model::Clinic* clinic) {
  model::Handout handout;
  handout.file = "say";
  handout.id = "say";
  handout.lang = {tag, {}};
  model::Run title;
  title.text = "say";
  handout.title = {title};
  model::Run words;
  words.text = phrase;
  handout.body.emplace_back(model::Paragraph{{words}, {}});
  if (clinic) handout.body.emplace_back(model::Contact{*clinic, {}, true});
  return handout;
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
  if (const model::ClinicalLexicon* clinical = clinical_of(resources, language))
    out.push_back({"clinical lexicon", clinical->file, {}});
  return out;
}

std::vector<model::Diagnostics> AudioFormat::check_all(
    std::span<const model::Handout* const> handouts, const writer::Resources& resources) const {
  std::vector<OwnCheck> checks;
  std::vector<model::Diagnostics> out;
  for (const model::Handout* handout : handouts) {
    checks.push_back(own_check(*handout, resources));
    out.push_back(std::move(checks.back().found));
  }
  warn_unsure_words(handouts, checks, out);
  return out;
}

// A build checks each handout in its worker, which forks no process (docs/performance.md): it
// warns about the symbols only; the words left to eSpeak NG are `handout check`'s.
model::Diagnostics AudioFormat::check(const model::Handout& handout,
                                      const writer::Resources& resources) const {
  return own_check(handout, resources).found;
}

writer::Rendered AudioFormat::render(const model::Handout& handout,
                                     const writer::Resources& resources,
                                     const writer::OptionValues& options,
                                     const writer::Products&) const {
  // The build ran check() already; only its error matters here, not its warnings' work.
  if (std::optional<model::Diagnostic> problem = voice_problem(handout))
    throw model::Error(*problem);
  const model::ClinicalLexicon* clinical = clinical_of(resources, handout.lang);
  if (std::optional<model::Diagnostic> problem = reading::spoken_length_problem(
          handout, lexicon_or_none(resources, handout.lang), clinical))
    throw model::Error(*problem);
  // Encoded straight into its spooled file: neither this nor the formats made next (the EPUB,
  // which holds it) keep the recording in memory.
  auto mp3 = std::make_shared<const writer::SpooledFile>(resources.scratch());
  Audio audio =
      render_audio(handout, lexicon_or_none(resources, handout.lang), clinical,
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

// `handout say [--lang es] [--phonemes] [--ssml] "Take 1/2 tablet 3x/day"`: the words the
// recording says for a phrase, so an admin can try a wording before writing it. The phrase is a
// paragraph of a handout of the content folder: the same clinic, lexicon, rules and sentences
// as a build (reading::paragraph_script).
std::vector<writer::Tool> AudioFormat::tools() const {
  const OptionSpec lang =
      OptionSpec::text("lang", "Language of the handout, as its lang attribute", "en-US");
  const OptionSpec phonemes = OptionSpec::flag("phonemes", "Also print eSpeak NG's phonemes");
  const OptionSpec ssml = OptionSpec::flag("ssml", "Also print the script's SSML for the phrase");
  return {{"say",
           "Print the words the audio says for a phrase",
           "text",
           "The phrase, as printed",
           {lang, phonemes, ssml},
           [lang, phonemes, ssml](const std::string& text, const writer::OptionValues& values,
                                  const writer::ToolContent& content) {
             const std::string& tag = values.text(lang);
             const model::Handout handout = phrase_handout(text, tag, content.clinic);
             static const std::vector<model::Lexicon> no_lexicons;
             writer::Resources resources;
             resources.lexicons = content.lexicons ? content.lexicons : &no_lexicons;
             resources.clinical_lexicons = content.clinical_lexicons;
             const std::string script = reading::paragraph_script(
                 handout, std::get<model::Paragraph>(handout.body[0]),
                 lexicon_or_none(resources, handout.lang), clinical_of(resources, handout.lang),
                 voice_main_languages());
             const std::string words = reading::ssml_words(script);
             std::cout << words << '\n';
             if (values.flag(ssml)) std::cout << script << '\n';
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
