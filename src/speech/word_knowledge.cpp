#include "speech/word_knowledge.h"

#include <espeak-ng/speak_lib.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <memory>
#include <optional>
#include <stdexcept>

#include "lang/case.h"
#include "lang/utf8.h"
#include "os/child_exit.h"
#include "os/fd_io.h"
#include "os/unique_fd.h"

namespace handout::speech {

namespace {

constexpr char field_end = '\t';
constexpr char line_end = '\x1F';  // between the lines of a word's trace

// Debian's Hunspell dictionaries: the tag's language and region, else the language's usual one.
std::optional<std::filesystem::path> dictionary_of(std::string_view tag) {
  const std::string language = lang::lower_case(tag.substr(0, tag.find('-')));
  std::vector<std::string> names;
  if (const std::size_t dash = tag.find('-'); dash != std::string_view::npos) {
    std::string region(tag.substr(dash + 1, 2));
    std::ranges::transform(region, region.begin(),
                           [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    names.push_back(language + '_' + region);
  }
  names.push_back(language == "es" ? "es_ES" : language == "en" ? "en_US" : language);
  for (const std::string& name : names) {
    const std::filesystem::path aff = "/usr/share/hunspell/" + name + ".aff";
    std::error_code error;
    if (std::filesystem::is_regular_file(aff, error)) return aff;
  }
  return std::nullopt;
}

// A plain word: in lower case ("CALL" is "call"), capitalised ("NGUYEN" is "Nguyen"), or, with
// small letters, as written ("McDonald"); never an entry in capitals only ("PTA").
bool plain_word(Hunspell& dictionary, const std::string& word) {
  const std::string lower = lang::lower_case(word);
  if (dictionary.spell(lower)) return true;
  const std::size_t first = lang::character_end(word, 0);
  if (dictionary.spell(word.substr(0, first) + lang::lower_case(word.substr(first)))) return true;
  const bool small_letters = std::ranges::any_of(word, [](char c) { return c >= 'a' && c <= 'z'; });
  return small_letters && dictionary.spell(word);
}

// The phonemes of `word` in IPA, and eSpeak NG's trace of how it found them.
std::pair<std::string, std::string> phonemes_and_trace(const std::string& word) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* trace = ::open_memstream(&buffer, &size);
  if (trace == nullptr) ::_exit(4);
  espeak_SetPhonemeTrace(espeakPHONEMES_TRACE, trace);
  std::string ipa;
  const void* text = word.c_str();
  while (text != nullptr) {
    const char* clause = espeak_TextToPhonemes(&text, espeakCHARS_UTF8, espeakPHONEMES_IPA);
    if (clause == nullptr) break;
    ipa += (ipa.empty() ? "" : " ") + std::string(clause);
  }
  espeak_SetPhonemeTrace(0, nullptr);
  std::fclose(trace);
  std::string lines;
  for (std::string_view rest(buffer, size); !rest.empty();) {
    const std::size_t end = std::min(rest.find('\n'), rest.size());
    std::string line(rest.substr(0, end));
    rest.remove_prefix(std::min(end + 1, rest.size()));
    if (!line.starts_with("Found") && !line.starts_with("Translate") &&
        !line.starts_with("Unpronouncable"))
      continue;
    std::ranges::replace(line, field_end, ' ');
    lines += line + line_end;
  }
  std::free(buffer);
  return {ipa, lines};
}

// In the child: a line per word, "plain<TAB>ipa<TAB>trace"; exits 0 when all were written.
[[noreturn]] void know_and_exit(int fd, std::span<const std::string> words, std::string_view tag) {
  std::string voice = lang::lower_case(tag);
  espeak_VOICE wanted{};
  wanted.languages = voice.c_str();
  if (espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0) < 0 ||
      espeak_SetVoiceByProperties(&wanted) != EE_OK)
    ::_exit(2);
  std::unique_ptr<Hunspell> dictionary;
  if (const std::optional<std::filesystem::path> aff = dictionary_of(tag)) {
    std::filesystem::path dic = *aff;
    dic.replace_extension(".dic");
    dictionary = std::make_unique<Hunspell>(aff->c_str(), dic.c_str());
  }
  std::string answer;
  for (const std::string& word : words) {
    const auto [ipa, trace] = phonemes_and_trace(word);
    answer += (!dictionary || plain_word(*dictionary, word)) ? '1' : '0';
    answer += field_end + ipa + field_end + trace + '\n';
  }
  ::_exit(os::write_all(fd, answer) ? 0 : 3);
}

}  // namespace

namespace {

// A child asked about the words of one language, answering into its pipe.
struct Asking {
  pid_t child = -1;
  os::UniqueFd answer;
};

Asking start_asking(std::span<const std::string> words, std::string_view lang) {
  std::array<int, 2> ends{};
  if (::pipe2(ends.data(), O_CLOEXEC) != 0)
    throw std::runtime_error("cannot open a pipe to ask eSpeak NG about words");
  os::UniqueFd read_end(ends[0]);
  os::UniqueFd write_end(ends[1]);
  const pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("cannot start eSpeak NG to ask about words");
  if (child == 0) {
    read_end.reset();
    know_and_exit(write_end.get(), words, lang);
  }
  return {child, std::move(read_end)};
}

std::vector<reading::WordKnowledge> answer_of(Asking& asking, std::span<const std::string> words) {
  const std::string answer = os::read_all(asking.answer.get());
  const int status = os::wait_for_child(asking.child);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("eSpeak NG could not say how it reads the words (it did not start)");
  std::vector<reading::WordKnowledge> out;
  std::size_t at = 0;
  for (const std::string& word : words) {
    const std::size_t end = answer.find('\n', at);
    if (end == std::string::npos) throw std::runtime_error("eSpeak NG stopped mid-answer");
    const std::string_view line = std::string_view(answer).substr(at, end - at);
    const std::size_t ipa_end = line.find(field_end, 2);
    std::string trace(line.substr(ipa_end + 1));
    std::ranges::replace(trace, line_end, '\n');
    out.push_back(reading::knowledge_from_trace(word, trace, line[0] == '1',
                                                std::string(line.substr(2, ipa_end - 2))));
    at = end + 1;
  }
  return out;
}

}  // namespace

std::vector<std::vector<reading::WordKnowledge>> word_knowledge(
    std::span<const WordsOfLanguage> asked) {
  // Every child started first: the languages are asked at once, each on a core of its own.
  std::vector<Asking> children;
  for (const WordsOfLanguage& words : asked)
    children.push_back(words.words.empty() ? Asking{} : start_asking(words.words, words.lang));
  std::vector<std::vector<reading::WordKnowledge>> out;
  std::optional<std::runtime_error> failed;
  for (std::size_t i = 0; i < asked.size(); ++i) {
    if (children[i].child < 0) {
      out.emplace_back();
      continue;
    }
    try {
      out.push_back(answer_of(children[i], asked[i].words));
    } catch (const std::runtime_error& error) {
      if (!failed) failed = error;  // the other children are still waited for
    }
  }
  if (failed) throw *failed;
  return out;
}

std::vector<reading::WordKnowledge> word_knowledge(std::span<const std::string> words,
                                                   std::string_view lang) {
  const WordsOfLanguage asked[] = {{std::string(lang), {words.begin(), words.end()}}};
  return std::move(word_knowledge(asked).front());
}

}  // namespace handout::speech
