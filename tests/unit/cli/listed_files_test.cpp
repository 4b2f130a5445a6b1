// A handout's files in the output folder, as the index links them and as a format that lists
// the others is given them: from the manifest's records, each kind as its writer declares it,
// in the list of writers' order, only what out/ holds, and a hash that changes with them.
#include "cli/listed_files.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>

#include "writers/writers.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

cli::FormatRecord record(std::vector<cli::OutputRecord> outputs, bool stale = false,
                         nlohmann::json summary = {}) {
  cli::FormatRecord out;
  out.outputs = std::move(outputs);
  out.stale = stale;
  out.summary = std::move(summary);
  return out;
}

// The place in the list of writers of the writer declaring `file`'s kind.
std::size_t writer_position(const writer::ListedFile& file) {
  const auto list = writers::all();
  for (std::size_t i = 0; i < list.size(); ++i)
    for (const writer::OutputKind& kind : list[i]->outputs())
      if (kind.suffix == file.kind.suffix && kind.numbered == file.kind.numbered) return i;
  return list.size();
}

std::vector<std::string> names(const std::vector<writer::ListedFile>& files) {
  std::vector<std::string> out;
  for (const writer::ListedFile& file : files) out.push_back(file.name);
  return out;
}

// A handout "a" in PDF, braille (stale), the web page with a picture, and the recording;
// files of another handout and names no writer declares among them.
cli::FormatRecords sample_records() {
  return {{"braille", record({{"a.pef", 30, "h"}, {"a.brf", 20, "h"}}, true)},
          {"web",
           record({{"a.html", 40, "h"}, {"a.picture-1.png", 50, "h"}}, false, {{"seconds", 12.5}})},
          {"pdf", record({{"a.pdf", 10, "h"}, {"ab.pdf", 11, "h"}, {"a.txt", 12, "h"}})},
          {"audio", record({{"a.mp3", 60, "h"}}, false, {{"seconds", 47.25}})}};
}

}  // namespace

TEST_CASE("a handout's files are listed in the writers' order with their declared kinds") {
  const std::vector<writer::ListedFile> files = cli::listed_files("a", sample_records());
  CHECK(std::ranges::is_sorted(files, {}, writer_position));
  std::vector<std::string> sorted = names(files);
  std::ranges::sort(sorted);
  CHECK(sorted ==
        std::vector<std::string>{"a.brf", "a.html", "a.mp3", "a.pdf", "a.pef", "a.picture-1.png"});
  for (const writer::ListedFile& file : files) {
    CAPTURE(file.name);
    CHECK(file.kind.names(std::string_view(file.name).substr(1)));
    CHECK(file.stale == (file.name == "a.brf" || file.name == "a.pef"));
  }
  const auto pdf = std::ranges::find(files, std::string("a.pdf"), &writer::ListedFile::name);
  REQUIRE(pdf != files.end());
  CHECK(pdf->size == 10);
}

TEST_CASE("a recording is listed with its length from its format's summary and no other file") {
  for (const writer::ListedFile& file : cli::listed_files("a", sample_records())) {
    CAPTURE(file.name);
    if (file.kind.media_type.starts_with("audio/"))
      CHECK(file.seconds == 47.25);
    else  // the web page's summary has a length too: its page is no recording
      CHECK_FALSE(file.seconds);
  }
}

TEST_CASE("the files of the format that asks are left out of its list") {
  const std::vector<std::string> others = names(cli::listed_files("a", sample_records(), "web"));
  CHECK(std::ranges::count(others, std::string("a.html")) == 0);
  CHECK(std::ranges::count(others, std::string("a.picture-1.png")) == 0);
  CHECK(others.size() == 4);
}

TEST_CASE("only the files out/ holds at their recorded size are present") {
  const fs::path out = fs::temp_directory_path() / ("listed-files-" + std::to_string(::getpid()));
  fs::create_directories(out);
  std::ofstream(out / "a.pdf") << std::string(10, 'p');
  std::ofstream(out / "a.brf") << std::string(21, 'b');  // changed by hand
  const cli::FormatRecords present = cli::present_in(sample_records(), out);
  fs::remove_all(out);
  CHECK(present.size() == 1);  // no braille, web or audio file left
  REQUIRE(present.contains("pdf"));
  CHECK(present.at("pdf").outputs == std::vector<cli::OutputRecord>{{"a.pdf", 10, "h"}});
}

TEST_CASE("the hash of a list changes with a file's size or staleness or length or a file more") {
  const std::vector<writer::ListedFile> files = cli::listed_files("a", sample_records());
  CHECK(cli::listed_hash(files) == cli::listed_hash(cli::listed_files("a", sample_records())));
  std::vector<writer::ListedFile> larger = files, fresher = files, fewer = files, longer = files;
  larger.front().size += 1;
  fresher.back().stale = !fresher.back().stale;
  fewer.pop_back();
  const auto recording = std::ranges::find_if(
      longer, [](const writer::ListedFile& file) { return file.seconds.has_value(); });
  REQUIRE(recording != longer.end());
  *recording->seconds += 0.001;
  CHECK(cli::listed_hash(longer) != cli::listed_hash(files));
  CHECK(cli::listed_hash(larger) != cli::listed_hash(files));
  CHECK(cli::listed_hash(fresher) != cli::listed_hash(files));
  CHECK(cli::listed_hash(fewer) != cli::listed_hash(files));
}

}  // namespace handout::test
