#pragma once
// The sample handouts of content/ (tests/support/sample_handout.h), each rendered with
// render_audio() once per test process; the files are written to a temporary folder.
#include <filesystem>
#include <string>

#include "model/handout.h"
#include "model/lexicon.h"
#include "speech/audio_writer.h"

namespace handout::test {

struct Sample {
  model::Handout handout;
  model::Lexicon lexicon;
  speech::Audio audio;
  std::filesystem::path mp3, wav, ssml;
};

// Rendered with the default options and --wav; cached.
const Sample& rendered_sample(const std::string& id);

// The same for tests/data/exercise-content's exercise-sampler (no lexicon).
const Sample& rendered_exercise_sampler();

// The same for tests/data/table-content's handouts ("table-sampler", "tabla-hielo", …; no
// lexicon).
const Sample& rendered_table_content(const std::string& id);

// A folder of this process under the system's temporary folder, removed at exit unless
// HANDOUT_KEEP_TEST_FILES is set.
const std::filesystem::path& scratch_dir();

}  // namespace handout::test
