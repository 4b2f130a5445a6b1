#include "speech/espeak_engine.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <exception>

#include "speech/speech_error.h"

namespace handout::speech {

namespace {

// One synthesis as the callback sees it: where its output goes, and what went wrong.
struct Delivery {
  SynthesisSink* sink = nullptr;
  bool any_samples = false;
  std::exception_ptr failure;
};

int on_synth(short* wav, int count, espeak_EVENT* events) noexcept {
  auto* delivery = events ? static_cast<Delivery*>(events->user_data) : nullptr;
  if (!delivery) return 1;
  try {
    // A mark carries its own time from the start of the audio.
    for (const espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e) {
      if (e->type == espeakEVENT_MARK && e->id.name)
        delivery->sink->mark({e->id.name, e->audio_position});
    }
    if (wav && count > 0) {
      delivery->sink->samples({wav, static_cast<std::size_t>(count)});
      delivery->any_samples = true;
    }
    return 0;
  } catch (...) {
    delivery->failure = std::current_exception();
    return 1;  // abort synthesis
  }
}

std::string error_text(espeak_ng_STATUS status) {
  char buffer[512] = {};
  espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
  return buffer;
}

// The process-wide synthesizer: created on first use, never destroyed.
class Engine {
 public:
  static Engine& instance() {
    static Engine engine;  // thread-safe once-only initialisation
    return engine;
  }

  int sample_rate() const { return sample_rate_; }

 private:
  Engine() {
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status != ENS_OK) {
      espeak_ng_ClearErrorContext(&context);
      throw SpeechError("cannot initialise eSpeak NG: " + error_text(status));
    }
    status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) throw SpeechError("cannot start eSpeak NG: " + error_text(status));
    espeak_SetSynthCallback(on_synth);
    sample_rate_ = espeak_ng_GetSampleRate();
  }

  int sample_rate_ = 0;
};

void select_voice(std::string_view language) {
  std::string name(language);
  std::ranges::transform(name, name.begin(),
                         [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  espeak_VOICE wanted{};
  wanted.languages = name.c_str();
  if (espeak_SetVoiceByProperties(&wanted) != EE_OK) {
    throw SpeechError("eSpeak NG has no voice for language \"" + std::string(language) + '"');
  }
}

// The voice's parameters are global: set every one that affects the sound, every time.
void set_parameters(int rate_wpm) {
  espeak_SetParameter(espeakRATE, rate_wpm, 0);
  espeak_SetParameter(espeakVOLUME, 100, 0);
  espeak_SetParameter(espeakPITCH, 50, 0);
  espeak_SetParameter(espeakRANGE, 50, 0);
  espeak_SetParameter(espeakWORDGAP, 0, 0);
  espeak_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
  espeak_SetParameter(espeakCAPITALS, 0, 0);
}

}  // namespace

void synthesize_in_process(std::string_view ssml, std::string_view language, int rate_wpm,
                           SynthesisSink& sink) {
  // eSpeak NG keeps state from one synthesis to the next: a process speaks once, from the
  // state it was initialised with, so that the same script always gives the same samples.
  static std::atomic<bool> spoken = false;
  if (spoken.exchange(true))
    throw SpeechError(
        "eSpeak NG has already spoken in this process: a second synthesis would "
        "not start from its fresh state");
  Engine& engine = Engine::instance();
  select_voice(language);
  set_parameters(rate_wpm);
  sink.start(engine.sample_rate());
  Delivery delivery{.sink = &sink, .any_samples = false, .failure = nullptr};
  const std::string text(ssml);  // NUL-terminated
  const espeak_ERROR status = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                           espeakCHARS_UTF8 | espeakSSML, nullptr, &delivery);
  if (delivery.failure) std::rethrow_exception(delivery.failure);
  if (status != EE_OK) throw SpeechError("eSpeak NG could not synthesize the script");
  if (!delivery.any_samples) throw SpeechError("eSpeak NG produced no audio");
}

}  // namespace handout::speech
