#include "sample_audio.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>

#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "speech/voices.h"

namespace handout::test {

namespace {

const std::filesystem::path content_dir = std::filesystem::path(HANDOUT_SOURCE_DIR) / "content";

void require_no_errors(const model::Diagnostics& diagnostics) {
  if (!diagnostics.empty()) throw std::runtime_error(format(diagnostics.front()));
}

const model::Clinic& sample_clinic() {
  static const model::Clinic clinic = [] {
    model::Diagnostics diagnostics;
    std::optional<model::Clinic> read = content::load_clinic(content_dir, diagnostics);
    require_no_errors(diagnostics);
    return *read;
  }();
  return clinic;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

class Scratch {
 public:
  Scratch()
      : path_(std::filesystem::temp_directory_path() /
              ("handout-speech-test-" + std::to_string(getpid()))) {
    std::filesystem::create_directories(path_);
  }
  ~Scratch() {
    if (std::getenv("HANDOUT_KEEP_TEST_FILES")) return;  // for looking at them by hand
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

const std::filesystem::path& scratch_dir() {
  static const Scratch scratch;
  return scratch.path();
}

const model::Lexicon& sample_lexicon() {
  static const model::Lexicon lexicon = [] {
    model::Diagnostics diagnostics;
    std::optional<model::Lexicon> read = content::load_lexicon(content_dir, diagnostics);
    require_no_errors(diagnostics);
    return *read;
  }();
  return lexicon;
}

model::Handout read_sample(const std::string& id) {
  const content::HandoutContext context{id, &sample_clinic()};
  model::Diagnostics diagnostics;
  const std::filesystem::path path = content_dir / "handouts" / (id + ".xml");
  std::optional<model::Handout> handout =
      content::read_handout(path, "handouts/" + id + ".xml", context, diagnostics);
  require_no_errors(diagnostics);
  return std::move(*handout);
}

const Sample& rendered_sample(const std::string& id) {
  static std::map<std::string, Sample> cache;
  if (auto found = cache.find(id); found != cache.end()) return found->second;
  Sample sample{read_sample(id), sample_lexicon(), {}, {}, {}, {}};
  sample.audio =
      speech::render_audio(sample.handout, sample.lexicon, {.rate_wpm = 150, .wav = true});
  const std::filesystem::path base = scratch_dir() / id;
  sample.mp3 = base.string() + ".mp3";
  sample.wav = base.string() + ".wav";
  sample.ssml = base.string() + ".ssml";
  write_file(sample.mp3, sample.audio.mp3);
  write_file(sample.wav, *sample.audio.wav);
  write_file(sample.ssml, sample.audio.ssml);
  return cache.emplace(id, std::move(sample)).first->second;
}

}  // namespace handout::test
