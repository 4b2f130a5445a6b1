#include "plain/espeak_syllables.h"

#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <stdexcept>
#include <string_view>

#include "lang/language.h"
#include "os/child_exit.h"
#include "os/fd_io.h"
#include "os/unique_fd.h"
#include "plain/syllables.h"

namespace handout::plain {

namespace {

// Every phoneme of `word`, separated by phoneme_separator; eSpeak NG cuts its answer at
// clause ends, so it is asked until the text is used up.
std::string ipa_of(const std::string& word) {
  constexpr int mode = espeakPHONEMES_IPA | (phoneme_separator << 8);
  std::string out;
  const void* text = word.c_str();
  while (text != nullptr) {
    const char* clause = espeak_TextToPhonemes(&text, espeakCHARS_UTF8, mode);
    if (clause == nullptr) break;
    out += clause;
    out += ' ';
  }
  return out;
}

// In the child: one line per word, its syllables; exits 0 when all were written.
[[noreturn]] void count_and_exit(int fd, std::span<const std::string> words,
                                 const model::LanguageTag& lang) {
  const bool spanish = lang::language_of(lang) == lang::Language::spanish;
  const char* voice = spanish ? "es" : "en-us";
  if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) < 0 ||
      espeak_SetVoiceByName(voice) != EE_OK)
    ::_exit(2);
  std::string answer;
  for (const std::string& word : words)
    answer += std::to_string(count_nuclei(ipa_of(word), spanish)) + '\n';
  ::_exit(os::write_all(fd, answer) ? 0 : 3);
}

}  // namespace

SyllableTable espeak_syllables(std::span<const std::string> words, const model::LanguageTag& lang) {
  if (words.empty()) return {};
  std::array<int, 2> ends{};
  if (::pipe2(ends.data(), O_CLOEXEC) != 0)
    throw std::runtime_error("cannot open a pipe to count syllables with eSpeak NG");
  os::UniqueFd read_end(ends[0]);
  os::UniqueFd write_end(ends[1]);
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("cannot start eSpeak NG to count syllables");
  if (child == 0) {
    read_end.reset();
    count_and_exit(write_end.get(), words, lang);
  }
  write_end.reset();
  const std::string answer = os::read_all(read_end.get());
  const int status = os::wait_for_child(child);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("eSpeak NG could not count syllables (it did not start)");
  SyllableTable out;
  std::size_t at = 0;
  for (const std::string& word : words) {
    const std::size_t end = answer.find('\n', at);
    if (end == std::string::npos) throw std::runtime_error("eSpeak NG stopped mid-answer");
    out[word] = std::stoul(answer.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

}  // namespace handout::plain
