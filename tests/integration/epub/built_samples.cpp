#include "built_samples.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <pugixml.hpp>

#include "cli_fixture.h"
#include "process.h"
#include "sample_audio.h"
#include "sample_handout.h"
#include "shared_build.h"

namespace handout::test {

namespace {

const std::filesystem::path source_dir = HANDOUT_SOURCE_DIR;

const std::string sampler = "exercise-sampler";

// One build of the samples in every format, shared with the DAISY and plain-language tests
// (tests/support/shared_build.h).
std::filesystem::path build_into(const std::string& name,
                                 const std::filesystem::path& content = source_dir / "content") {
  const testing::SharedBuild built = testing::shared_samples(name, content);
  INFO(built.result.out, built.result.err);
  REQUIRE(built.result.exit_code == 0);
  return built.out;
}

bool is_table_sample(const std::string& id) {
  const std::vector<std::string> ids = table_sample_ids();
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Each content folder built the first time one of its handouts is asked for.
const std::filesystem::path& out_dir(const std::string& id) {
  if (is_table_sample(id)) {
    static const std::filesystem::path tables = build_into("out-tables", testing::table_content());
    return tables;
  }
  if (id == sampler) {
    static const std::filesystem::path exercises =
        build_into("out-exercises", testing::exercise_content());
    return exercises;
  }
  static const std::filesystem::path out = build_into("out");
  return out;
}

}  // namespace

std::string read_bytes(const std::filesystem::path& path) {
  return testing::read_all(path);
}

const BuiltSample& built_sample(const std::string& id) {
  static std::map<std::string, BuiltSample> cache;
  if (const auto found = cache.find(id); found != cache.end()) return found->second;
  const std::filesystem::path out = out_dir(id);
  BuiltSample sample{id == sampler         ? testing::read_exercise_sampler()
                     : is_table_sample(id) ? testing::read_handout_in(testing::table_content(), id)
                                           : testing::read_sample(id),
                     out / (id + ".epub"),
                     scratch_dir() / ("epub-" + id),
                     out / (id + ".pdf"),
                     out / (id + ".mp3"),
                     out / (id + ".ssml")};
  REQUIRE(std::filesystem::exists(sample.epub));
  const testing::ProcessResult unpacked = testing::run_process(
      {"python3", "-m", "zipfile", "-e", sample.epub.string(), sample.unpacked.string()});
  INFO(unpacked.err);
  REQUIRE(unpacked.exit_code == 0);
  return cache.emplace(id, std::move(sample)).first->second;
}

std::vector<std::string> sample_and_sampler_ids() {
  std::vector<std::string> ids = testing::sample_ids();
  ids.push_back(sampler);
  return ids;
}

std::vector<std::string> table_sample_ids() {
  return {"table-sampler", "long-table", "tabla-hielo"};
}

std::vector<std::string> validated_ids() {
  std::vector<std::string> ids = sample_and_sampler_ids();
  for (const std::string& id : table_sample_ids()) ids.push_back(id);
  return ids;
}

std::vector<std::string> judged_ids() {
  std::vector<std::string> ids = sample_and_sampler_ids();
  ids.push_back("table-sampler");
  return ids;
}

std::filesystem::path rebuilt_epub(const std::string& id) {
  // A fresh build of its own, never the shared one.
  const std::filesystem::path fresh = scratch_dir() / "rebuilt";
  static const std::filesystem::path out = [&] {
    const testing::ProcessResult built =
        testing::run_process({"env", "SOURCE_DATE_EPOCH=0", testing::handout_binary, "build",
                              "--quiet", "--content", (source_dir / "content").string(), "--fonts",
                              (source_dir / "fonts").string(), "--out", fresh.string()});
    INFO(built.out, built.err);
    REQUIRE(built.exit_code == 0);
    return fresh;
  }();
  return out / (id + ".epub");
}

std::vector<std::filesystem::path> spine(const BuiltSample& sample) {
  const std::filesystem::path folder = sample.unpacked / "EPUB";
  pugi::xml_document opf;
  REQUIRE(opf.load_file((folder / "package.opf").c_str()));
  std::map<std::string, std::string> hrefs;
  for (const pugi::xml_node& item : opf.child("package").child("manifest").children("item"))
    hrefs[item.attribute("id").value()] = item.attribute("href").value();
  std::vector<std::filesystem::path> out;
  for (const pugi::xml_node& ref : opf.child("package").child("spine").children("itemref"))
    out.push_back(folder / hrefs.at(ref.attribute("idref").value()));
  return out;
}

}  // namespace handout::test
