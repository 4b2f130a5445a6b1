#include "built_books.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <map>

#include "cli_fixture.h"
#include "content/content_folder.h"
#include "content/handout_reader.h"
#include "process.h"
#include "sample_handout.h"
#include "shared_build.h"

namespace handout::test {

namespace {

const std::filesystem::path source_dir = HANDOUT_SOURCE_DIR;

class Scratch {
 public:
  Scratch()
      : path_(std::filesystem::temp_directory_path() /
              ("handout-daisy-test-" + std::to_string(::getpid()))) {
    std::filesystem::create_directories(path_);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;
  ~Scratch() {
    if (std::getenv("HANDOUT_KEEP_TEST_FILES")) return;  // for looking at them by hand
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The content folder a sample is in: the exercise sampler's or the table sampler's own, or
// content/.
std::filesystem::path content_of(const std::string& id) {
  if (id == "table-sampler") return testing::table_content();
  return id == "exercise-sampler" ? testing::exercise_content() : source_dir / "content";
}

std::filesystem::path build_into(const std::string& name,
                                 const std::filesystem::path& content = source_dir / "content") {
  const std::filesystem::path out = scratch_dir() / name;
  const testing::ProcessResult built =
      testing::run_process({"env", "SOURCE_DATE_EPOCH=0", testing::handout_binary, "build",
                            "--quiet", "--formats", "daisy", "--content", content.string(),
                            "--fonts", (source_dir / "fonts").string(), "--out", out.string()});
  INFO(built.out, built.err);
  REQUIRE(built.exit_code == 0);
  return out;
}

// One build of the samples in every format, shared with the EPUB and plain-language tests
// (tests/support/shared_build.h).
std::filesystem::path shared_into(const std::string& name, const std::filesystem::path& content) {
  const testing::SharedBuild built = testing::shared_samples(name, content);
  INFO(built.result.out, built.result.err);
  REQUIRE(built.result.exit_code == 0);
  return built.out;
}

// Each content folder built the first time one of its handouts is asked for.
const std::filesystem::path& out_dir(const std::string& id) {
  if (content_of(id) == testing::exercise_content()) {
    static const std::filesystem::path exercises =
        shared_into("out-exercises", testing::exercise_content());
    return exercises;
  }
  if (content_of(id) == testing::table_content()) {
    static const std::filesystem::path tables = shared_into("out-tables", testing::table_content());
    return tables;
  }
  static const std::filesystem::path out = shared_into("out", source_dir / "content");
  return out;
}

model::Handout read_sample(const std::string& id) {
  const std::filesystem::path content = content_of(id);
  model::Diagnostics diagnostics;
  const std::optional<model::Clinic> clinic = content::load_clinic(content, diagnostics);
  REQUIRE(clinic);
  const content::HandoutContext context{id, &*clinic, content};
  std::optional<model::Handout> handout = content::read_handout(
      content / "handouts" / (id + ".xml"), "handouts/" + id + ".xml", context, diagnostics);
  const std::string first_error = diagnostics.empty() ? "" : model::format(diagnostics.front());
  INFO(first_error);
  REQUIRE(handout);
  return std::move(*handout);
}

}  // namespace

const std::filesystem::path& scratch_dir() {
  static const Scratch scratch;
  return scratch.path();
}

const BuiltBook& built_book(const std::string& id) {
  static std::map<std::string, BuiltBook> cache;
  if (const auto found = cache.find(id); found != cache.end()) return found->second;
  BuiltBook book{read_sample(id), out_dir(id) / (id + ".daisy.zip"),
                 scratch_dir() / ("book-" + id)};
  REQUIRE(std::filesystem::exists(book.zip));
  const testing::ProcessResult unpacked = testing::run_process(
      {"python3", "-m", "zipfile", "-e", book.zip.string(), book.folder.string()});
  INFO(unpacked.err);
  REQUIRE(unpacked.exit_code == 0);
  return cache.emplace(id, std::move(book)).first->second;
}

std::filesystem::path rebuilt_zip(const std::string& id) {
  if (content_of(id) == testing::exercise_content()) {
    static const std::filesystem::path exercises =
        build_into("rebuilt-exercises", testing::exercise_content());
    return exercises / (id + ".daisy.zip");
  }
  if (content_of(id) == testing::table_content()) {
    static const std::filesystem::path tables =
        build_into("rebuilt-tables", testing::table_content());
    return tables / (id + ".daisy.zip");
  }
  static const std::filesystem::path out = build_into("rebuilt");
  return out / (id + ".daisy.zip");
}

}  // namespace handout::test
