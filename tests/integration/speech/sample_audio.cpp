#include "sample_audio.h"

#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>

#include "sample_handout.h"
#include "speech/voices.h"

namespace handout::test {

namespace {

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

namespace {

Sample rendered(model::Handout handout, model::Lexicon lexicon) {
  const std::string id = handout.id;
  Sample sample{std::move(handout), std::move(lexicon), {}, {}, {}, {}};
  sample.audio =
      speech::render_audio(sample.handout, sample.lexicon, {.rate_wpm = 150, .wav = true});
  const std::filesystem::path base = scratch_dir() / id;
  sample.mp3 = base.string() + ".mp3";
  sample.wav = base.string() + ".wav";
  sample.ssml = base.string() + ".ssml";
  write_file(sample.mp3, sample.audio.mp3);
  write_file(sample.wav, *sample.audio.wav);
  write_file(sample.ssml, sample.audio.ssml);
  return sample;
}

}  // namespace

const Sample& rendered_sample(const std::string& id) {
  static std::map<std::string, Sample> cache;
  if (auto found = cache.find(id); found != cache.end()) return found->second;
  return cache.emplace(id, rendered(testing::read_sample(id), testing::sample_lexicon()))
      .first->second;
}

const Sample& rendered_exercise_sampler() {
  static const Sample sample = rendered(testing::read_exercise_sampler(), {});
  return sample;
}

const Sample& rendered_table_content(const std::string& id) {
  static std::map<std::string, Sample> cache;
  if (auto found = cache.find(id); found != cache.end()) return found->second;
  return cache.emplace(id, rendered(testing::read_handout_in(testing::table_content(), id), {}))
      .first->second;
}

}  // namespace handout::test
