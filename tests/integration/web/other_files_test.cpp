// Each page links the handout's other files built by the real program (issue 27): exactly
// those of its files out/ holds that a writer declares for patients, each with its size on
// disk and the recording with its length as ffprobe measures it, in the handout's language; a
// file older than its handout says so, a file gone from out/ is linked no more, and a page is
// made again when the files it links change, and only then.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "cli_fixture.h"
#include "lang/measures.h"
#include "lang/page_terms.h"
#include "lang/terms.h"
#include "played_seconds.h"
#include "process.h"
#include "shared_build.h"
#include "writers/writers.h"

namespace handout::test {

namespace {

namespace fs = std::filesystem;

const fs::path source_dir = HANDOUT_SOURCE_DIR;

struct Linked {
  std::string label, details;
  bool download = false, stale = false;
};

// The page's own list of its other files, by file name.
std::map<std::string, Linked> linked_files(const std::string& page) {
  const std::size_t from = page.find("<ul class=\"files\">");
  if (from == std::string::npos) return {};
  const std::string list = page.substr(from, page.find("</ul>", from) - from);
  static const std::regex item(
      "<li><a href=\"([^\"]+)\"( download)?>([^<]*)</a> <span class=\"size\">([^<]*)</span>( "
      "<strong>[^<]*</strong>)?</li>");
  std::map<std::string, Linked> out;
  for (auto it = std::sregex_iterator(list.begin(), list.end(), item); it != std::sregex_iterator();
       ++it)
    out[(*it)[1].str()] = {(*it)[3].str(), (*it)[4].str(), (*it)[2].matched, (*it)[5].matched};
  return out;
}

// The kind a writer declares for the file `name` of handout `id`, if any.
const writer::OutputKind* declared_kind(const std::string& id, const std::string& name) {
  if (!name.starts_with(id)) return nullptr;
  for (const writer::Writer* w : writers::all())
    for (const writer::OutputKind& kind : w->outputs())
      if (kind.names(std::string_view(name).substr(id.size()))) return &kind;
  return nullptr;
}

// The handout's files in out/ a patient may choose from, besides its page.
std::map<std::string, const writer::OutputKind*> patient_files(const fs::path& out,
                                                               const std::string& id) {
  std::map<std::string, const writer::OutputKind*> found;
  for (const fs::directory_entry& entry : fs::directory_iterator(out)) {
    const std::string name = entry.path().filename().string();
    const writer::OutputKind* kind = declared_kind(id, name);
    if (kind && kind->for_patients && name != id + ".html") found[name] = kind;
  }
  return found;
}

model::LanguageTag page_language(const std::string& page) {
  static const std::regex html("<html lang=\"([^\"]+)\"");
  std::smatch found;
  REQUIRE(std::regex_search(page, found, html));
  return {found[1].str(), {}};
}

// Checks that the page of `id` links exactly its other files in `out`, each with its label,
// its size and a recording's length in the page's language; returns the list.
std::map<std::string, Linked> check_links(const fs::path& out, const std::string& id) {
  CAPTURE(id);
  const std::string page = testing::read_all(out / (id + ".html"));
  const model::LanguageTag lang = page_language(page);
  const lang::Terms terms(lang);
  const std::map<std::string, Linked> linked = linked_files(page);
  const std::map<std::string, const writer::OutputKind*> files = patient_files(out, id);
  std::vector<std::string> names, expected;
  for (const auto& entry : linked) names.push_back(entry.first);
  for (const auto& entry : files) expected.push_back(entry.first);
  CHECK(names == expected);
  for (const auto& [name, kind] : files) {
    if (!linked.contains(name)) continue;
    const std::string file = name;
    CAPTURE(file);
    const Linked& link = linked.at(name);
    const bool audio = kind->media_type.starts_with("audio/");
    std::string details = lang::file_size(fs::file_size(out / name), lang);
    if (audio)
      details += ", " + std::string(lang::PageTerms(lang).length()) + " " +
                 lang::duration(testing::played_seconds(out / name), lang);
    CHECK(link.details == details);
    CHECK(link.label == kind->label(terms));
    CHECK(link.download == audio);
  }
  return linked;
}

}  // namespace

TEST_CASE("each sample's page links exactly its other files with their sizes and length") {
  // The samples in every format, as the EPUB tests and the Chromium check build them.
  const testing::SharedBuild built = testing::shared_build(
      "epub-samples", source_dir / "content", {"--fonts", (source_dir / "fonts").string()});
  INFO(built.result.out, built.result.err);
  REQUIRE(built.result.exit_code == 0);
  std::size_t pages = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(source_dir / "content/handouts")) {
    const std::string id = entry.path().stem().string();
    const std::map<std::string, Linked> linked = check_links(built.out, id);
    CHECK(linked.size() >= 5);  // at least PDF, MP3, EPUB, BRF and PEF
    for (const auto& [name, link] : linked) CHECK_FALSE(link.stale);
    ++pages;
  }
  CHECK(pages >= 3);
}

TEST_CASE("a page links only what out/ holds and says which files are older than the handout") {
  testing::TempDir dir;
  const fs::path content = dir.path() / "content", out = dir.path() / "out";
  testing::write_file(content / "clinic.xml",
                      "<clinic><name>Test Clinic</name><phone>(207) 555-0242</phone></clinic>\n");
  const fs::path xml = content / "handouts" / "rest.xml";
  testing::write_file(xml, testing::tiny_handout("rest"));
  const auto build = [&](const std::string& formats) {
    const testing::ProcessResult built = testing::run_process(
        {"env", "SOURCE_DATE_EPOCH=0", testing::handout_binary, "build", "--content",
         content.string(), "--out", out.string(), "--formats", formats});
    INFO(built.out, built.err);
    REQUIRE(built.exit_code == 0);
    return built.out + built.err;
  };
  // Formats not built are not linked: a build of the web and braille links the recording and
  // the braille files, no PDF.
  build("web,braille");
  std::map<std::string, Linked> linked = check_links(out, "rest");
  CHECK(linked.contains("rest.brf"));
  CHECK(linked.contains("rest.mp3"));
  CHECK_FALSE(linked.contains("rest.pdf"));
  // The handout changed and only its page made again: the braille files are kept, linked as
  // older than it; the recording is new.
  testing::write_file(xml, testing::tiny_handout("rest", "Rest for two days."));
  build("web");
  linked = check_links(out, "rest");
  REQUIRE(linked.contains("rest.brf"));
  CHECK(linked.at("rest.brf").stale);
  CHECK(linked.at("rest.pef").stale);
  CHECK_FALSE(linked.at("rest.mp3").stale);
  // A file deleted from out/ is linked no more: the page is made again for it alone.
  fs::remove(out / "rest.brf");
  const std::string remade = build("web");
  CHECK(remade.find("1 built") != std::string::npos);
  linked = check_links(out, "rest");
  CHECK_FALSE(linked.contains("rest.brf"));
  CHECK(linked.contains("rest.pef"));
  // Nothing changed since: the page is left as it is.
  CHECK(build("web").find("1 unchanged") != std::string::npos);
  // Another format made again: the page is made again with its file.
  build("web,pdf");
  linked = check_links(out, "rest");
  CHECK(linked.contains("rest.pdf"));
  CHECK_FALSE(linked.at("rest.pdf").stale);
}

}  // namespace handout::test
