// A handout's id names its files in the output folder. The reader refuses, without knowing any
// format, every id whose files could not be written or would overwrite another's: these tests
// hold its limits (content/limits.h) to what the formats and the command line declare.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <limits>
#include <set>
#include <string>

#include "cli/manifest.h"
#include "content/limits.h"
#include "content/text_rules.h"
#include "os/temporary_file.h"
#include "read_sample.h"
#include "writer/spooled_file.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

// The stem of a file name: what precedes its first dot, the id of a handout's file.
std::string stem(std::string_view name) {
  return std::string(name.substr(0, name.find('.')));
}

}  // namespace

TEST_CASE("the longest id's longest file fits a file name while it is written") {
  std::size_t longest_tail = 0;  // "<suffix>", or "<numbered><n><suffix>" at the largest n
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs())
      longest_tail = std::max(longest_tail, kind.longest_tail());
  // While it is written a file has a name of its own (os::create_temporary:
  // ".handout-tmp-<16 hex digits>"), then it is renamed to "<id><suffix>".
  const std::size_t temporary = os::temporary_prefix.size() + 16;
  CHECK(temporary <= NAME_MAX);
  CHECK(content::max_id_length + longest_tail <= NAME_MAX);
  // What the reader refuses is what the file name alone could still hold.
  CHECK(content::max_id_length + std::string(".xml").size() < NAME_MAX);
}

TEST_CASE("no two handouts' files can have the same name") {
  // An id has no dot and every suffix starts with one, so a file's name up to its first dot is
  // its handout's id; the suffixes differ (declared_outputs_test.cpp).
  CHECK_FALSE(content::is_valid_id("a.daisy"));
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs()) {
      CAPTURE(kind.suffix);
      CHECK(kind.suffix.starts_with('.'));
      CHECK(kind.suffix.find(os::temporary_prefix) == std::string::npos);
      if (!kind.numbered.empty()) CHECK(kind.numbered.starts_with('.'));
    }
}

TEST_CASE("the ids the reader reserves are those of the files made for the whole folder") {
  const testing::ReadResult read = testing::read_body(
      "<section><heading>Rest</heading><p>Rest for a day.</p></section>", "alpha");
  REQUIRE_MESSAGE(read.handout, read.report());
  std::vector<writer::ListedFile> files;
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs())
      files.push_back({kind.name("alpha", 1), kind});
  const writer::CollectionEntry entry{&*read.handout, files};
  const writer::Resources resources{.fonts_dir =
                                        std::filesystem::path(HANDOUT_SOURCE_DIR) / "fonts"};
  std::set<std::string> folder_files{std::string(cli::manifest_name)};
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputFile& file :
         w->render_collection(std::span(&entry, 1), resources, writer::OptionValues{}))
      folder_files.insert(file.name);
  std::set<std::string> stems;
  for (const std::string& name : folder_files) stems.insert(stem(name));
  const std::set<std::string> reserved(content::reserved_ids.begin(), content::reserved_ids.end());
  CHECK(stems == reserved);
}

}  // namespace handout::test
