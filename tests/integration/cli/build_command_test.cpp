// `handout build` as admins use it: incremental, safe, parallel, and honest about failures.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

// A content folder with a short clinic and small handouts, quick to synthesize.
struct Workspace {
  TempDir dir;
  fs::path content = dir.path() / "content";
  fs::path out = dir.path() / "out";

  explicit Workspace(const std::vector<std::string>& ids = {"alpha", "beta"}) {
    write_file(content / "clinic.xml",
               "<clinic><name>Test Clinic</name><phone>(207) 555-0242</phone></clinic>\n");
    for (const std::string& id : ids)
      write_file(content / "handouts" / (id + ".xml"), tiny_handout(id));
  }

  ProcessResult build(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args = {handout_binary,   "build", "--content",
                                     content.string(), "--out", out.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_process(args);
  }
  std::string output(const std::string& name) const { return read_all(out / name); }
};

// Every running process's parent and number of threads, from /proc.
struct ProcessInfo {
  pid_t parent = 0;
  int threads = 0;
};
std::map<pid_t, ProcessInfo> running_processes() {
  std::map<pid_t, ProcessInfo> processes;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator("/proc", error)) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || !std::isdigit(static_cast<unsigned char>(name[0]))) continue;
    std::ifstream stat(entry.path() / "stat");
    std::string line;
    if (!std::getline(stat, line) || line.rfind(')') == std::string::npos) continue;
    // After the command name in parentheses: the state, then the parent's id; the 20th field
    // is the number of threads.
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string state;
    ProcessInfo info;
    fields >> state >> info.parent;
    std::string skip;
    for (int field = 5; field < 20; ++field) fields >> skip;
    fields >> info.threads;
    processes[std::stoi(name)] = info;
  }
  return processes;
}

// How many times `part` is in `text`.
std::size_t times_in(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

long modified_ns(const fs::path& path) {
  struct stat info {};
  ::stat(path.c_str(), &info);
  return info.st_mtim.tv_sec * 1'000'000'000L + info.st_mtim.tv_nsec;
}

}  // namespace

TEST_CASE("a build writes every output and a manifest and a second build changes nothing") {
  Workspace ws;
  const auto first = ws.build();
  CHECK(first.exit_code == 0);
  CHECK(first.err == "");
  for (const char* name : {"alpha.pdf", "alpha.mp3", "alpha.ssml", "beta.pdf", "beta.mp3",
                           "beta.ssml", "manifest.json"})
    CHECK_MESSAGE(fs::file_size(ws.out / name) > 0, name);
  CHECK(first.out.find("2 built, 0 unchanged, 0 failed, 0 removed") != std::string::npos);
  const std::string manifest = ws.output("manifest.json");
  CHECK(manifest.find("\"alpha\"") != std::string::npos);
  CHECK(manifest.find("\"inputs_hash\"") != std::string::npos);
  CHECK(manifest.find("\"name\": \"alpha.mp3\"") != std::string::npos);
  CHECK(manifest.find("\"pages\": 1\n") != std::string::npos);
  CHECK(first.out.find("(1 page, ") != std::string::npos);

  const long pdf_time = modified_ns(ws.out / "alpha.pdf");
  const auto second = ws.build();
  CHECK(second.exit_code == 0);
  CHECK(second.out.find("unchanged alpha") != std::string::npos);
  CHECK(second.out.find("0 built, 2 unchanged, 0 failed, 0 removed") != std::string::npos);
  CHECK(modified_ns(ws.out / "alpha.pdf") == pdf_time);
}

TEST_CASE("only what an edit affects is rebuilt") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  write_file(ws.content / "handouts/beta.xml", tiny_handout("beta", "Rest for two days."));
  const auto one = ws.build();
  CHECK(one.out.find("built     beta") != std::string::npos);
  CHECK(one.out.find("1 built, 1 unchanged") != std::string::npos);

  write_file(ws.content / "clinic.xml",
             "<clinic><name>Test Clinic</name><phone>(207) 555-0243</phone></clinic>\n");
  CHECK(ws.build().out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(ws.build({"--rate", "170"}).out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(ws.build({"--rate", "170"}).out.find("0 built, 2 unchanged") != std::string::npos);
}

TEST_CASE("a format's own option or input rebuilds only that format") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const long mp3_time = modified_ns(ws.out / "alpha.mp3");
  const long pdf_time = modified_ns(ws.out / "alpha.pdf");
  CHECK(ws.build({"--paper", "a4"}).out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(modified_ns(ws.out / "alpha.mp3") == mp3_time);
  CHECK(modified_ns(ws.out / "alpha.pdf") != pdf_time);

  // A lexicon is the audio writer's input: the PDF stays as it is. (The entry is one the
  // handouts use, so the recording's bytes change: an output rendered again with the same
  // bytes keeps its file and time.)
  write_file(ws.content / "lexicon.pls",
             "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
             "alphabet=\"ipa\" xml:lang=\"en-US\"><lexeme><grapheme>Rest</grapheme>"
             "<alias>Relax</alias></lexeme></lexicon>\n");
  const long a4_time = modified_ns(ws.out / "alpha.pdf");
  CHECK(ws.build({"--paper", "a4"}).out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(modified_ns(ws.out / "alpha.pdf") == a4_time);
  CHECK(modified_ns(ws.out / "alpha.mp3") != mp3_time);
}

namespace {

// The file's inode and modification time: the same only when nothing wrote it.
std::pair<ino_t, long> file_identity(const fs::path& path) {
  struct stat info {};
  ::stat(path.c_str(), &info);
  return {info.st_ino, modified_ns(path)};
}

// Each file of `a` (but the manifest, which names its content folder) holds the bytes of the
// same file of `b`, and both hold the same files.
void check_same_files(const fs::path& a, const fs::path& b) {
  std::size_t files = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(a)) {
    const std::string name = entry.path().filename().string();
    if (name == "manifest.json" || name.starts_with('.')) continue;
    ++files;
    INFO(name);
    CHECK(read_all(entry.path()) == read_all(b / name));
  }
  std::size_t others = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(b))
    others += entry.path().filename() != "manifest.json" &&
              !entry.path().filename().string().starts_with('.');
  CHECK(files == others);
}

}  // namespace

TEST_CASE("a PDF or braille option reads the recording back and builds what a full build does") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const auto mp3 = file_identity(ws.out / "alpha.mp3");

  // The PDF's option: the PDF, the EPUB that holds its pages and the page that links it are
  // made again; the recording they hold is the one out/ has, not synthesized again.
  const auto a4 = ws.build({"--paper", "a4"});
  CHECK(a4.exit_code == 0);
  CHECK(times_in(a4.out, "audio read back") == 2);
  CHECK(a4.out.find("of audio") == std::string::npos);
  CHECK(file_identity(ws.out / "alpha.mp3") == mp3);
  Workspace fresh;
  REQUIRE(fresh.build({"--paper", "a4"}).exit_code == 0);
  check_same_files(ws.out, fresh.out);

  // The braille's option: the page, which links the braille files with their sizes, is made again.
  const auto cells = ws.build({"--paper", "a4", "--braille-cells", "32"});
  CHECK(cells.exit_code == 0);
  CHECK(times_in(cells.out, "audio read back") == 2);
  CHECK(file_identity(ws.out / "alpha.mp3") == mp3);
  REQUIRE(fresh.build({"--paper", "a4", "--braille-cells", "32"}).exit_code == 0);
  check_same_files(ws.out, fresh.out);
  CHECK(ws.build({"--paper", "a4", "--braille-cells", "32"}).out.find("0 built, 2 unchanged") !=
        std::string::npos);
}

// The page lists the other formats' files with their sizes: it is made again when what it shows
// of them changes, not whenever one of them is made again.
TEST_CASE("a PDF made again with the same bytes leaves the page and a new size makes it again") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build().exit_code == 0);
  const auto page = file_identity(ws.out / "alpha.html");
  const auto pdf_size = fs::file_size(ws.out / "alpha.pdf");

  // Without a published page (no <publish>) the PDF has no QR code: --no-qr is the PDF's own
  // option, so the PDF (and the EPUB, which holds its pages) is made again, with the same bytes.
  const auto same = ws.build({"--no-qr"});
  CHECK(same.exit_code == 0);
  CHECK(same.out.find("1 built") != std::string::npos);
  REQUIRE(fs::file_size(ws.out / "alpha.pdf") == pdf_size);
  CHECK(same.out.find("web page") == std::string::npos);
  CHECK(file_identity(ws.out / "alpha.html") == page);
  CHECK(ws.build({"--no-qr"}).out.find("0 built, 1 unchanged") != std::string::npos);

  // Larger print, more pages: the PDF's new size is on the page.
  const auto larger = ws.build({"--no-qr", "--font-size", "32"});
  CHECK(larger.exit_code == 0);
  REQUIRE(fs::file_size(ws.out / "alpha.pdf") != pdf_size);
  CHECK(larger.out.find("web page") != std::string::npos);
  CHECK(file_identity(ws.out / "alpha.html") != page);
  Workspace fresh({"alpha"});
  REQUIRE(fresh.build({"--no-qr", "--font-size", "32"}).exit_code == 0);
  check_same_files(ws.out, fresh.out);
}

TEST_CASE("a deleted EPUB and DAISY book are made again from the formats' products read back") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const std::string epub = ws.output("alpha.epub");
  const std::string daisy = ws.output("alpha.daisy.zip");
  const auto mp3 = file_identity(ws.out / "alpha.mp3");
  const auto pdf = file_identity(ws.out / "alpha.pdf");
  fs::remove(ws.out / "alpha.epub");
  fs::remove(ws.out / "alpha.daisy.zip");
  const auto again = ws.build();
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("pdf read back, audio read back") != std::string::npos);
  CHECK(again.out.find("of audio") == std::string::npos);
  CHECK(again.out.find("1 built, 1 unchanged") != std::string::npos);
  CHECK(ws.output("alpha.epub") == epub);
  CHECK(ws.output("alpha.daisy.zip") == daisy);
  CHECK(file_identity(ws.out / "alpha.mp3") == mp3);
  CHECK(file_identity(ws.out / "alpha.pdf") == pdf);
}

TEST_CASE("a recording changed by hand is synthesized again rather than read back") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const std::string mp3 = ws.output("alpha.mp3");
  std::string other = mp3;
  other[other.size() / 2] = static_cast<char>(other[other.size() / 2] ^ 0x55);
  write_file(ws.out / "alpha.mp3", other);  // the size the manifest records, other bytes
  const auto same_size = ws.build({"--paper", "a4"});
  CHECK(times_in(same_size.out, "audio read back") == 1);  // beta's only
  CHECK(times_in(same_size.out, "of audio") == 1);
  CHECK(ws.output("alpha.mp3") == mp3);

  write_file(ws.out / "alpha.mp3", mp3.substr(0, mp3.size() / 2));  // another size
  const auto shorter = ws.build({"--braille-cells", "32"});
  CHECK(times_in(shorter.out, "audio read back") == 1);
  CHECK(ws.output("alpha.mp3") == mp3);
}

TEST_CASE("a manifest that keeps no products synthesizes the recording once and then reads it") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  // As an older build wrote it.
  nlohmann::json manifest = nlohmann::json::parse(ws.output("manifest.json"));
  for (nlohmann::json& entry : manifest["handouts"])
    for (nlohmann::json& record : entry["formats"]) record.erase("products");
  write_file(ws.out / "manifest.json", manifest.dump(2));
  const auto older = ws.build({"--paper", "a4"});
  CHECK(older.exit_code == 0);
  CHECK(older.out.find("read back") == std::string::npos);
  CHECK(times_in(older.out, "of audio") == 2);
  const auto next = ws.build();
  CHECK(times_in(next.out, "audio read back") == 2);
}

namespace {

std::string pt_lexicon(const std::string& lang, const std::string& alias) {
  return "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
         "alphabet=\"ipa\" xml:lang=\"" +
         lang + "\"><lexeme><grapheme>PT</grapheme><alias>" + alias +
         "</alias></lexeme></lexicon>\n";
}

}  // namespace

TEST_CASE("an edit to lexicon.es.pls rebuilds only the Spanish handouts' audio") {
  Workspace ws;
  write_file(ws.content / "handouts/hola.xml",
             "<handout id=\"hola\" lang=\"es-MX\">\n  <title>Hola</title>\n  <section>\n"
             "    <heading>Descanso</heading>\n    <p>Hable con su PT.</p>\n  </section>\n"
             "</handout>\n");
  write_file(ws.content / "lexicon.pls", pt_lexicon("en-US", "physical therapist"));
  write_file(ws.content / "lexicon.es.pls", pt_lexicon("es", "fisioterapeuta"));
  REQUIRE(ws.build().exit_code == 0);
  CHECK(ws.output("hola.ssml").find("fisioterapeuta") != std::string::npos);
  CHECK(ws.output("hola.ssml").find("physical") == std::string::npos);
  std::map<std::string, long> before;
  for (const char* name : {"alpha.mp3", "alpha.pdf", "beta.mp3", "hola.mp3", "hola.pdf"})
    before[name] = modified_ns(ws.out / name);

  write_file(ws.content / "lexicon.es.pls", pt_lexicon("es", "terapeuta físico"));
  const auto rebuilt = ws.build();
  CHECK(rebuilt.exit_code == 0);
  CHECK(rebuilt.out.find("built     hola") != std::string::npos);
  CHECK(rebuilt.out.find("1 built, 2 unchanged") != std::string::npos);
  CHECK(ws.output("hola.ssml").find("terapeuta físico") != std::string::npos);
  CHECK(modified_ns(ws.out / "hola.mp3") != before["hola.mp3"]);
  for (const char* name : {"alpha.mp3", "alpha.pdf", "beta.mp3", "hola.pdf"}) {
    CAPTURE(std::string(name));
    CHECK(modified_ns(ws.out / name) == before[name]);
  }

  // And the English lexicon rebuilds the English recordings only.
  const long spanish_time = modified_ns(ws.out / "hola.mp3");
  write_file(ws.content / "lexicon.pls", pt_lexicon("en-US", "physical therapy"));
  CHECK(ws.build().out.find("2 built, 1 unchanged") != std::string::npos);
  // (alpha and beta say no "PT": their recordings are made again, the same bytes, and a file
  // that already holds its bytes is not rewritten.)
  CHECK(modified_ns(ws.out / "hola.mp3") == spanish_time);
  CHECK(modified_ns(ws.out / "alpha.pdf") == before["alpha.pdf"]);
}

TEST_CASE("the shipped clinical lexicon is read in the build and an edit rebuilds its language") {
  Workspace ws;
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Walk WBAT with a cane."));
  write_file(ws.content / "handouts/hola.xml",
             "<handout id=\"hola\" lang=\"es\">\n  <title>Hola</title>\n  <section>\n"
             "    <heading>Descanso</heading>\n    <p>Tome 1 comp. al día.</p>\n  </section>\n"
             "</handout>\n");
  // A copy of the tool's lexicons, named as an installed copy can be (fonts_location.h).
  const fs::path shipped = ws.dir.path() / "clinical-lexicon";
  fs::copy(fs::path(HANDOUT_SOURCE_DIR) / "clinical-lexicon", shipped);
  const auto build = [&] {
    return run_process({"env", "HANDOUT_CLINICAL_LEXICON_DIR=" + shipped.string(), handout_binary,
                        "build", "--content", ws.content.string(), "--out", ws.out.string()});
  };
  REQUIRE(build().exit_code == 0);
  CHECK(ws.output("alpha.ssml").find("weight bearing as tolerated") != std::string::npos);
  CHECK(ws.output("hola.ssml").find("un comprimido") != std::string::npos);
  const long english_time = modified_ns(ws.out / "alpha.mp3");

  std::string spanish = read_all(shipped / "es.txt");
  spanish.replace(spanish.find("comprimido|comprimidos"), 22, "tableta|tabletas");
  write_file(shipped / "es.txt", spanish);
  const auto rebuilt = build();
  CHECK(rebuilt.out.find("1 built, 2 unchanged") != std::string::npos);
  CHECK(ws.output("hola.ssml").find("un tableta") != std::string::npos);
  CHECK(modified_ns(ws.out / "alpha.mp3") == english_time);
}

TEST_CASE("--formats builds only the formats named and the others keep their outputs") {
  Workspace ws;
  const auto pdf_only = ws.build({"--formats", "pdf"});
  CHECK(pdf_only.exit_code == 0);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK_FALSE(fs::exists(ws.out / "alpha.mp3"));
  CHECK(ws.output("manifest.json").find("\"audio\"") == std::string::npos);
  const long pdf_time = modified_ns(ws.out / "alpha.pdf");

  const auto all = ws.build();
  CHECK(all.out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.mp3"));
  CHECK(modified_ns(ws.out / "alpha.pdf") == pdf_time);  // already up to date
  CHECK(ws.build({"--formats", "audio"}).out.find("0 built, 2 unchanged") != std::string::npos);
  CHECK(ws.build({"--formats", "tactile"}).exit_code == 2);  // no such format
}

TEST_CASE("a format that needs another builds it too and is rebuilt when it changes") {
  Workspace ws;
  const auto web = ws.build({"--formats", "web"});
  CHECK(web.exit_code == 0);
  CHECK(fs::exists(ws.out / "alpha.html"));
  CHECK(fs::exists(ws.out / "alpha.mp3"));  // the page reads the recording's sentence times
  CHECK_FALSE(fs::exists(ws.out / "alpha.pdf"));
  REQUIRE(fs::exists(ws.out / "index.html"));  // made from every handout
  CHECK(ws.output("index.html").find("href=\"beta.html\"") != std::string::npos);
  CHECK(ws.output("manifest.json").find("\"collection\"") != std::string::npos);
  const long index_time = modified_ns(ws.out / "index.html");
  const long html_time = modified_ns(ws.out / "alpha.html");

  CHECK(ws.build({"--formats", "web"}).out.find("0 built, 2 unchanged") != std::string::npos);
  CHECK(modified_ns(ws.out / "index.html") == index_time);  // same bytes: not written again
  // A change to the recording is a change to the page.
  CHECK(ws.build({"--formats", "web", "--rate", "170"}).out.find("2 built") != std::string::npos);
  CHECK(modified_ns(ws.out / "alpha.html") != html_time);

  fs::remove(ws.out / "index.html");
  CHECK(ws.build({"--formats", "web", "--rate", "170"}).out.find("0 built, 2 unchanged") !=
        std::string::npos);
  CHECK(fs::exists(ws.out / "index.html"));
}

TEST_CASE("the progress lines put each handout's details in one column") {
  Workspace ws({"a", "longer-id"});
  const auto result = ws.build();
  REQUIRE(result.exit_code == 0);
  // "built     " (status, 10 characters), the id padded to 9, two spaces, then the details.
  const std::size_t details = 10 + 9 + 2;
  std::size_t lines = 0;
  std::istringstream out(result.out);
  for (std::string line; std::getline(out, line);) {
    if (!line.starts_with("built ")) continue;
    ++lines;
    CAPTURE(line);
    REQUIRE(line.size() > details);
    CHECK(line[details - 1] == ' ');
    CHECK(std::isdigit(static_cast<unsigned char>(line[details])));
  }
  CHECK(lines == 2);
}

TEST_CASE("a deleted or damaged output is rebuilt") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  fs::remove(ws.out / "alpha.mp3");
  write_file(ws.out / "beta.pdf", "truncated");
  const auto result = ws.build();
  CHECK(result.out.find("2 built, 0 unchanged") != std::string::npos);
  CHECK(ws.output("beta.pdf").starts_with("%PDF-1.7"));
}

TEST_CASE("a handout that fails keeps its previous outputs while the others build") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const std::string old_pdf = ws.output("alpha.pdf");
  const std::string old_mp3 = ws.output("alpha.mp3");
  write_file(ws.content / "handouts/alpha.xml",
             "<handout id=\"alpha\" lang=\"en-US\"><title>x</title>");
  write_file(ws.content / "handouts/beta.xml", tiny_handout("beta", "Ice for a day."));
  const auto result = ws.build();
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("alpha.xml:1:") != std::string::npos);
  CHECK(result.out.find("failed    alpha") != std::string::npos);
  CHECK(result.out.find("1 built, 0 unchanged, 1 failed, 0 removed") != std::string::npos);
  CHECK(result.out.find("(failed: alpha)") != std::string::npos);
  CHECK(ws.output("alpha.pdf") == old_pdf);
  CHECK(ws.output("alpha.mp3") == old_mp3);
  CHECK(ws.output("manifest.json").find("<handout> opened at line 1 is never closed") !=
        std::string::npos);
  // Still failing next time: the error is shown again rather than hidden as "unchanged".
  CHECK(ws.build().err.find("alpha.xml:1:") != std::string::npos);
}

TEST_CASE("outputs of a removed handout are removed and reported") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  fs::remove(ws.content / "handouts/beta.xml");
  const auto result = ws.build();
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("removed   beta") != std::string::npos);
  CHECK_FALSE(fs::exists(ws.out / "beta.pdf"));
  CHECK_FALSE(fs::exists(ws.out / "beta.mp3"));
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK(ws.output("manifest.json").find("\"beta\"") == std::string::npos);
}

TEST_CASE("--wav adds a WAV file and dropping it removes the WAV") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build({"--wav"}).exit_code == 0);
  CHECK(ws.output("alpha.wav").starts_with("RIFF"));
  REQUIRE(ws.build().exit_code == 0);
  CHECK_FALSE(fs::exists(ws.out / "alpha.wav"));
}

TEST_CASE("an output folder that cannot be written is a clear error") {
  Workspace ws({"alpha"});
  write_file(ws.dir.path() / "blocker", "a file where a folder should be");
  const auto result = run_process({handout_binary, "build", "--content", ws.content.string(),
                                   "--out", (ws.dir.path() / "blocker/out").string()});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("blocker/out") != std::string::npos);
  CHECK(result.err.find("Not a directory") != std::string::npos);
}

TEST_CASE("a full disk fails the handout and leaves the previous files whole") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build().exit_code == 0);
  const std::string old_mp3 = ws.output("alpha.mp3");
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Ice for an hour."));
  // 100 KiB (bash counts in 1024-byte blocks): the PDF (about 27 kB) fits, the MP3 (about
  // 185 kB) does not.
  const auto result =
      run_process({"bash", "-c", "ulimit -f 100 && exec \"$0\" \"$@\"", handout_binary, "build",
                   "--content", ws.content.string(), "--out", ws.out.string()});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("File too large") != std::string::npos);
  CHECK(ws.output("alpha.mp3") == old_mp3);
  for (const auto& entry : fs::directory_iterator(ws.out))
    CHECK_MESSAGE(!entry.path().filename().string().starts_with(".handout-tmp-"),
                  entry.path().string());
}

TEST_CASE("two builds into one folder at once are serialised and both succeed") {
  Workspace ws;
  // The first build holds the lock for a second or more.
  write_file(ws.content / "handouts/alpha.xml", slow_handout("alpha", "Rest and then walk."));
  const std::string command =
      "\"$0\" build --content \"$1\" --out \"$2\" -j1 > \"$2.first\" 2>&1 & "
      // Once the lock file exists, the first build holds the lock (no sleep: the sanitizer
      // build starts slowly).
      "for i in $(seq 3000); do [ -e \"$2/.handout.lock\" ] && break; sleep 0.01; done; "
      "\"$0\" build --content \"$1\" --out \"$2\" -j1 2> \"$2.waited\"; "
      "second=$?; wait $!; first=$?; exit $((first + second))";
  const auto result =
      run_process({"bash", "-c", command, handout_binary, ws.content.string(), ws.out.string()});
  CHECK(result.exit_code == 0);
  CHECK(read_all(ws.out.string() + ".waited").find("waiting for another build") !=
        std::string::npos);
  CHECK(result.out.find("0 built, 2 unchanged") != std::string::npos);
}

TEST_CASE("kill -9 in the middle of a build leaves each output old or new and never partial" *
          doctest::test_suite("rebuild")) {
  const std::vector<std::string> ids = {"alpha", "beta", "gamma"};
  Workspace ws(ids);
  REQUIRE(ws.build().exit_code == 0);
  std::map<std::string, std::string> old_files;
  for (const auto& entry : fs::directory_iterator(ws.out))
    old_files[entry.path().filename()] = read_all(entry.path());
  for (const std::string& id : ids)
    write_file(ws.content / "handouts" / (id + ".xml"), slow_handout(id, "Walk each day."));
  const fs::path reference = ws.dir.path() / "reference";
  REQUIRE(run_process({handout_binary, "build", "--content", ws.content.string(), "--out",
                       reference.string()})
              .exit_code == 0);

  // Kill the build and its workers at once, part-way through.
  run_process({"bash", "-c",
               "\"$0\" build --content \"$1\" --out \"$2\" -j1 & sleep 1.5; pkill -9 -f -- \"--out "
               "$2\"; true",
               handout_binary, ws.content.string(), ws.out.string()});
  for (const auto& [name, old_bytes] : old_files) {
    if (name == "manifest.json" || name.starts_with(".")) continue;
    const auto& name_shown = name;  // clang 14 cannot capture a binding
    CAPTURE(name_shown);
    const std::string now = ws.output(name);
    CHECK((now == old_bytes || now == read_all(reference / name)));
  }
  REQUIRE(ws.build().exit_code == 0);  // finishes the job and clears abandoned temporaries
  for (const auto& entry : fs::directory_iterator(ws.out)) {
    const std::string name = entry.path().filename();
    const auto& name_shown = name;  // clang 14 cannot capture a binding
    CAPTURE(name_shown);
    CHECK_FALSE(name.starts_with(".handout-tmp-"));
    if (name != "manifest.json" && !name.starts_with("."))
      CHECK(read_all(entry.path()) == read_all(reference / name));
  }
}

TEST_CASE("a handout deleted while the batch runs fails alone and is removed next time") {
  Workspace ws({"alpha", "zulu"});
  // alpha takes a while, so zulu is still waiting its turn (-j1) when it is deleted.
  write_file(ws.content / "handouts/alpha.xml",
             slow_handout("alpha", "Walk slowly to the door and back, then rest."));
  // The lock file appears once the build has listed the handouts, before it builds any.
  const auto result = run_process(
      {"bash", "-c",
       "\"$0\" build --content \"$1\" --out \"$2\" -j1 & "
       "for i in $(seq 3000); do [ -e \"$2/.handout.lock\" ] && break; sleep 0.01; done; "
       "rm \"$1/handouts/zulu.xml\"; wait $!",
       handout_binary, ws.content.string(), ws.out.string()});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("zulu.xml: cannot open the file") != std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK(ws.build().exit_code == 0);
}

TEST_CASE("--quiet prints only errors and the summary and -j 2 builds the same bytes as -j 1") {
  Workspace serial;
  Workspace parallel;
  const auto quiet = serial.build({"-j", "1", "--quiet"});
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.out.find("built     alpha") == std::string::npos);
  CHECK(quiet.out.find("2 built, 0 unchanged") != std::string::npos);
  REQUIRE(parallel.build({"-j", "2"}).exit_code == 0);
  for (const char* name : {"alpha.pdf", "alpha.mp3", "alpha.ssml", "beta.pdf", "beta.mp3"})
    CHECK_MESSAGE(serial.output(name) == parallel.output(name), name);
}

TEST_CASE("a terminal gets a live progress line and a pipe gets plain lines") {
  Workspace ws({"alpha"});
  const std::string command = "\"" + handout_binary + "\" build --content \"" +
                              ws.content.string() + "\" --out \"" + ws.out.string() + "\"";
  // script(1) runs the build on a pseudo-terminal, as an admin's shell would.
  const auto terminal = run_process({"script", "-qec", command, "/dev/null"});
  CHECK(terminal.exit_code == 0);
  CHECK(terminal.out.find("\r\033[K[0/1] building alpha") != std::string::npos);
  fs::remove_all(ws.out);
  const auto piped = ws.build();
  CHECK(piped.out.find('\r') == std::string::npos);
  CHECK(piped.err.find('\r') == std::string::npos);
}

TEST_CASE("an emoji fails its handout once at each place while the other handouts build") {
  Workspace ws({"alpha", "beta"});
  write_file(ws.content / "handouts/beta.xml",
             tiny_handout("beta", "Smile \xF0\x9F\x98\x80 and rest."));
  const auto result = ws.build();
  CHECK(result.exit_code == 1);
  const std::string error =
      "beta.xml:5:14: the emoji \xF0\x9F\x98\x80 (GRINNING FACE) cannot be shown in large print "
      "or in braille, and the recording says nothing or its name; delete it or write what it "
      "means in words\n";
  CHECK(times_in(result.err, error) == 1);
  CHECK(result.err.find("liblouis") == std::string::npos);
  const auto checked = run_process({handout_binary, "check", "--content", ws.content.string()});
  CHECK(checked.exit_code == 1);
  CHECK(times_in(checked.err, error) == 1);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK_FALSE(fs::exists(ws.out / "beta.pdf"));
}

TEST_CASE("a format that cannot write a handout fails alone and keeps its old outputs as stale") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build().exit_code == 0);
  const std::string old_pdf = ws.output("alpha.pdf");
  const std::string old_mp3 = ws.output("alpha.mp3");
  // No font of the large print has this character: the PDF cannot be made, the recording can.
  write_file(ws.content / "handouts/alpha.xml",
             tiny_handout("alpha", "Rest one \xE4\xB8\x80 day."));
  const auto result = ws.build();
  CAPTURE(result.out);
  CAPTURE(result.err);
  CHECK(result.exit_code == 1);
  // Said once for both formats that cannot write it; each format's own error in the manifest.
  const std::string error =
      "alpha.xml:5:17: the character \xE4\xB8\x80 (CJK UNIFIED "
      "IDEOGRAPH-4E00) cannot be printed or written in Unified English Braille: delete it or "
      "write it in words\n";
  CHECK(times_in(result.err, error) == 1);
  CHECK(times_in(result.err, "\xE4\xB8\x80") == 1);
  CHECK(ws.output("alpha.pdf") == old_pdf);
  CHECK(ws.output("alpha.mp3") != old_mp3);
  // The e-book shows the printed pages, so it waits for the PDF; braille has no sign for it.
  CHECK(result.out.find("failed    alpha  not made: pdf, epub, braille (their previous outputs "
                        "kept, now out of date); made: audio, web, daisy\n") != std::string::npos);
  CHECK(result.err.find("alpha.xml:1:1: the epub format was not made, as it needs the pdf format, "
                        "which could not be made (said above)\n") != std::string::npos);
  const nlohmann::json manifest = nlohmann::json::parse(ws.output("manifest.json"));
  const nlohmann::json& formats = manifest["handouts"]["alpha"]["formats"];
  CHECK(formats["pdf"]["stale"] == true);
  CHECK(formats["pdf"]["errors"][0] ==
        "handouts/alpha.xml:5:17: the character \xE4\xB8\x80 (CJK UNIFIED IDEOGRAPH-4E00) cannot "
        "be printed: delete it or write it in words");
  CHECK(formats["braille"]["errors"][0].get<std::string>().find("Unified English Braille") !=
        std::string::npos);
  CHECK(formats["audio"]["stale"] == false);
  CHECK(formats["audio"]["errors"].empty());
  CHECK(manifest["handouts"]["alpha"]["stale"] == true);
  // Still failing next time: the failed formats are tried again, and said again.
  const auto again = ws.build();
  CHECK(again.exit_code == 1);
  CHECK(times_in(again.err, error) == 1);
  CHECK(ws.output("alpha.pdf") == old_pdf);
}

TEST_CASE("after an edit a build of one format leaves the others marked stale") {
  Workspace ws({"alpha", "beta"});
  REQUIRE(ws.build().exit_code == 0);
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Ice for a day."));
  const auto pdf = ws.build({"--formats", "pdf"});
  CAPTURE(pdf.out);
  CHECK(pdf.exit_code == 0);
  CHECK(pdf.out.find("1 built, 1 unchanged, 0 failed, 0 removed in ") != std::string::npos);
  CHECK(pdf.out.find("; out of date in " + ws.out.generic_string() +
                     ": alpha's audio, web, epub, braille, daisy (older than their source, kept "
                     "from an earlier build)\n") != std::string::npos);
  nlohmann::json manifest = nlohmann::json::parse(ws.output("manifest.json"));
  const nlohmann::json& alpha = manifest["handouts"]["alpha"]["formats"];
  CHECK(alpha["pdf"]["stale"] == false);
  CHECK(alpha["audio"]["stale"] == true);
  CHECK(alpha["pdf"]["source_hash"] != alpha["audio"]["source_hash"]);
  CHECK(manifest["handouts"]["beta"]["stale"] == false);
  // The index is made again, and says which of alpha's files are older than it.
  const std::string index = ws.output("index.html");
  const std::string marker =
      " <strong>(out of date: made from an earlier version of this handout)</strong>";
  CHECK(index.find("alpha.mp3\">") != std::string::npos);
  // After the recording's link and its size, before the next handout's files.
  CHECK(index.find(marker, index.find("alpha.mp3\">")) < index.find("beta.pdf"));
  CHECK(index.find("alpha.pdf\">") < index.find(marker));
  // The recording, the page, the e-book, both braille files and the talking book.
  CHECK(times_in(index, marker) == 6);
  // A build of every format brings them up to date again.
  const auto all = ws.build();
  CHECK(all.out.find("out of date") == std::string::npos);
  manifest = nlohmann::json::parse(ws.output("manifest.json"));
  CHECK(manifest["handouts"]["alpha"]["formats"]["audio"]["stale"] == false);
  CHECK(ws.output("index.html").find(marker) == std::string::npos);
}

TEST_CASE("the summary counts the warnings of unchanged handouts and --quiet counts its own") {
  Workspace ws({"alpha"});
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Bring the § form."));
  const auto first = ws.build({"--formats", "audio"});
  CHECK(times_in(first.err, "alpha.xml:5:18: warning: \"§\" will be heard as") == 1);
  const auto second = ws.build({"--formats", "audio"});
  CHECK(second.err.find("§") == std::string::npos);
  CHECK(second.out.find("0 built, 1 unchanged, 0 failed, 0 removed in ") != std::string::npos);
  CHECK(second.out.ends_with("; 1 warning in the unchanged handouts (handout check shows them)\n"));
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Bring the § form now."));
  const auto quiet = ws.build({"--formats", "audio", "--quiet"});
  CHECK(quiet.err.empty());
  CHECK(quiet.out.ends_with("; 1 warning not shown (--quiet)\n"));
}

TEST_CASE("stray files do not fail a build and the summary agrees with the exit code") {
  Workspace ws({"alpha"});
  for (const char* ignored : {"alpha.xml.bak", "Thumbs.db", ".DS_Store", "desktop.ini"})
    write_file(ws.content / "handouts" / ignored, "ignored");
  const auto clean = ws.build({"--formats", "pdf"});
  CHECK(clean.exit_code == 0);
  CHECK(clean.err.empty());
  write_file(ws.content / "handouts/notes.txt", "draft");
  const auto warned = ws.build({"--formats", "pdf"});
  CHECK(warned.exit_code == 0);
  CHECK(warned.err.find("notes.txt: warning: not a handout") != std::string::npos);
  CHECK(warned.out.find("0 built, 1 unchanged, 0 failed, 0 removed in ") != std::string::npos);
}

// A word left to eSpeak NG is warned about by `check` only (a build's worker forks no process
// to ask eSpeak NG): a symbol no rule reads is warned about by both.
TEST_CASE("a handout check only warns about is built and its warning shown as check shows it") {
  Workspace ws({"alpha"});
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Bring the § form."));
  const ProcessResult checked =
      run_process({handout_binary, "check", "--content", ws.content.string()});
  CHECK(checked.exit_code == 0);
  const std::string warning = "alpha.xml:5:18: warning: \"§\" will be heard as";
  CHECK(checked.err.find(warning) != std::string::npos);
  const ProcessResult built = ws.build({"--formats", "audio"});
  CHECK(built.exit_code == 0);
  CAPTURE(built.err);
  CHECK(built.err.find(warning) != std::string::npos);
  CHECK(built.out.find("1 built, 0 unchanged, 0 failed") != std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.mp3"));
}

TEST_CASE("the summary names the outputs a failed build left out of date") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build({"--formats", "pdf"}).exit_code == 0);
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Thumbs <b>up</b>."));
  const auto failed = ws.build({"--formats", "pdf"});
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("alpha.xml:5:15: unknown element <b>") != std::string::npos);
  CHECK(failed.out.find("1 failed, 0 removed in ") != std::string::npos);
  CHECK(failed.out.find("(failed: alpha); out of date in " + ws.out.generic_string() +
                        ": alpha's pdf (older than their source, kept from an earlier build)\n") !=
        std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
}

TEST_CASE("a placeholder in clinic.xml is a warning on every build until it is replaced") {
  Workspace ws({"alpha"});
  write_file(ws.content / "clinic.xml",
             "<clinic><name>Test Clinic</name><phone>(207) 555-0142</phone></clinic>\n");
  const std::string warning =
      "clinic.xml:1:33: warning: (207) 555-0142 is a fictional number (North America reserves "
      "555-0100 to 555-0199 for fiction), which no one answers; replace it with the clinic's real "
      "number before printing or recording any handout\n";
  CHECK(times_in(ws.build({"--formats", "pdf"}).err, warning) == 1);
  CHECK(times_in(ws.build({"--formats", "pdf"}).err, warning) == 1);  // unchanged: still said
  write_file(ws.content / "clinic.xml",
             "<clinic><name>Test Clinic</name><phone>(207) 555-0242</phone></clinic>\n");
  const auto replaced = ws.build({"--formats", "pdf"});
  CHECK(replaced.err.empty());
  CHECK(replaced.out.find("1 built, 0 unchanged") != std::string::npos);
}

TEST_CASE("an --out that is a file is said in words") {
  Workspace ws({"alpha"});
  write_file(ws.out, "not a folder");
  const auto result = ws.build();
  CHECK(result.exit_code == 1);
  CHECK(result.err == "handout: the output folder '" + ws.out.generic_string() +
                          "' is a file, not a folder; name a folder with --out FOLDER (default: "
                          "out)\n");
}

TEST_CASE("an --out that is the root or the content folder or around it is a usage error") {
  Workspace ws({"alpha"});
  const std::string content = ws.content.string();
  for (const std::string& out :
       {std::string("/"), content, content + "/", ws.dir.path().string(), content + "/handouts"}) {
    CAPTURE(out);
    const auto result =
        run_process({handout_binary, "build", "--content", content, "--out", out, "--quiet"});
    CHECK(result.exit_code == 2);
    CHECK(result.err.starts_with("handout: --out '" + out + "' "));
    CHECK(result.err.ends_with(
        "; give the build a folder of its own, e.g. --out out (try 'handout build --help')\n"));
    CHECK(std::ranges::count(result.err, '\n') == 1);
  }
  CHECK_FALSE(fs::exists(ws.content / "manifest.json"));
  CHECK_FALSE(fs::exists(ws.content / "handouts/alpha.pdf"));
}

TEST_CASE("a handout named like a file of the whole folder is refused and overwrites nothing") {
  Workspace ws({"alpha", "index", "offline"});
  const auto result = ws.build({"--formats", "web"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find(
            ws.content.generic_string() +
            "/handouts/index.xml:1:10: id 'index' is the name of a file the build "
            "writes for all the handouts together (index.html, manifest.json, offline.js); "
            "choose another, such as 'index-2', and rename the file to match\n") !=
        std::string::npos);
  CHECK(result.err.find("/handouts/offline.xml:1:10: id 'offline' is the name of a file") !=
        std::string::npos);
  CHECK(ws.output("index.html").find("alpha.html") != std::string::npos);
  CHECK_FALSE(fs::exists(ws.out / "index.mp3"));
  CHECK_FALSE(fs::exists(ws.out / "offline.html"));
  CHECK(ws.output("offline.js").starts_with("// The handout pages' service worker"));
}

TEST_CASE("check and build refuse the same too long id before any file is written") {
  const std::string id(240, 'a');
  Workspace ws({"alpha", id});
  const std::string message = ws.content.generic_string() + "/handouts/" + id +
                              ".xml:1:10: the id is 240 characters long; at most 200 are allowed";
  const auto check = run_process({handout_binary, "check", "--content", ws.content.string()});
  CHECK(check.exit_code == 1);
  CHECK(check.err.find(message) != std::string::npos);
  const auto build = ws.build({"--formats", "pdf"});
  CHECK(build.exit_code == 1);
  CHECK(build.err.find(message) != std::string::npos);
  CHECK(build.err.find("too long") == std::string::npos);
  CHECK(fs::exists(ws.out / "alpha.pdf"));
}

TEST_CASE("a build's worker speaks on a thread of its own and forks no synthesizer process") {
  // A process to start, copy-on-write of the worker's memory and a pipe would cost CPU for
  // nothing (docs/performance.md): the worker builds one handout, so eSpeak NG may speak in it.
  Workspace ws({"alpha"});
  write_file(ws.content / "handouts/alpha.xml",
             slow_handout("alpha", "Walk slowly to the door and back, then rest."));
  const pid_t build = ::fork();
  REQUIRE(build >= 0);
  if (build == 0) {
    ::execl(handout_binary.c_str(), handout_binary.c_str(), "build", "--content",
            ws.content.c_str(), "--out", ws.out.c_str(), "--formats", "audio", "--quiet", nullptr);
    ::_exit(127);
  }
  int most_worker_threads = 0;
  bool worker_had_child = false;
  int status = 0;
  while (::waitpid(build, &status, WNOHANG) == 0) {
    const std::map<pid_t, ProcessInfo> processes = running_processes();
    for (const auto& [pid, info] : processes) {
      if (info.parent != build) continue;  // not a worker
      most_worker_threads = std::max(most_worker_threads, info.threads);
      for (const auto& [other, other_info] : processes)
        worker_had_child |= other_info.parent == pid;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(most_worker_threads >= 2);
  CHECK_FALSE(worker_had_child);
}

namespace {

// A manifest's record of one format's outputs, each file named as given.
std::string format_record(const std::vector<std::string>& names) {
  std::string outputs;
  for (const std::string& name : names)
    outputs += (outputs.empty() ? "" : ", ") + std::string("{\"name\": \"") + name +
               "\", \"size\": 1, \"hash\": \"\"}";
  return "{\"inputs_hash\": \"\", \"outputs\": [" + outputs + "], \"summary\": null}";
}

std::string manifest_entry(const std::vector<std::string>& pdf_names) {
  return "{\"source\": \"x\", \"formats\": {\"pdf\": " + format_record(pdf_names) +
         "}, \"errors\": [], \"stale\": false}";
}

}  // namespace

TEST_CASE("the manifest never names a file to delete: only names the build derives are removed") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  const fs::path victim = ws.dir.path() / "victim";
  for (const char* name : {"a", "b", "c", "d"}) write_file(victim / name, "not an output");
  write_file(ws.dir.path() / "victim.pdf", "not an output");
  write_file(ws.out / "notes.txt", "the clinic's notes");
  // A damaged or hostile manifest: paths out of the folder, an absolute path, an id that is a
  // path, and a live handout's file listed under an entry of another id.
  const std::string absolute = (victim / "b").string();
  write_file(ws.out / "manifest.json",
             "{\"tool_version\": \"0\", \"handouts\": {"
             "\"alpha\": " +
                 manifest_entry({"alpha.pdf", "../victim/d"}) +
                 ", "
                 "\"beta\": " +
                 manifest_entry({"../victim/a", absolute, "beta.pdf"}) +
                 ", "
                 "\"ghost\": " +
                 manifest_entry({"alpha.pdf"}) +
                 ", "
                 "\"../victim\": " +
                 manifest_entry({"../victim.pdf"}) +
                 "}, "
                 "\"collection\": {\"web\": " +
                 format_record({"../victim/c", "alpha.pdf", "notes.txt"}) + "}}\n");
  fs::remove(ws.content / "handouts/beta.xml");
  const auto result = ws.build();
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("removed   beta") != std::string::npos);
  for (const char* name : {"a", "b", "c", "d"}) CHECK_MESSAGE(fs::exists(victim / name), name);
  CHECK(fs::exists(ws.dir.path() / "victim.pdf"));
  CHECK(ws.output("notes.txt") == "the clinic's notes");
  CHECK(fs::exists(ws.out / "alpha.pdf"));
  CHECK(fs::exists(ws.out / "alpha.mp3"));
  CHECK_FALSE(fs::exists(ws.out / "beta.pdf"));
  const std::string manifest = ws.output("manifest.json");
  CHECK(manifest.find("victim") == std::string::npos);
  CHECK(manifest.find("ghost") == std::string::npos);
}

TEST_CASE("a build deletes only its own temporary files and never follows a planted lock link") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build().exit_code == 0);  // the folder is the build's: files are added to it
  write_file(ws.out / "budget.tmp-2024.xlsx", "the clinic's budget");
  write_file(ws.out / ".handout-tmp-0123456789abcdef", "left by a killed build");
  write_file(ws.content / "handouts/alpha.xml", tiny_handout("alpha", "Rest for two days."));
  REQUIRE(ws.build().exit_code == 0);
  CHECK(ws.output("budget.tmp-2024.xlsx") == "the clinic's budget");
  CHECK_FALSE(fs::exists(ws.out / ".handout-tmp-0123456789abcdef"));
  for (const auto& entry : fs::directory_iterator(ws.out))
    CHECK_MESSAGE(!entry.path().filename().string().starts_with(".handout-tmp-"),
                  entry.path().string());

  fs::remove(ws.out / ".handout.lock");
  const fs::path elsewhere = ws.dir.path() / "elsewhere";
  fs::create_symlink(elsewhere, ws.out / ".handout.lock");
  const auto result = ws.build();
  CHECK(result.exit_code == 1);
  CHECK(result.err.find(".handout.lock") != std::string::npos);
  CHECK_FALSE(fs::exists(fs::symlink_status(elsewhere)));
}

TEST_CASE("a link put in place of an output is replaced by the file and never read or written") {
  Workspace ws({"alpha"});
  REQUIRE(ws.build().exit_code == 0);
  // The same bytes elsewhere, so that a build comparing through the link would keep it.
  const fs::path elsewhere = ws.dir.path() / "elsewhere.pdf";
  const std::string pdf = ws.output("alpha.pdf");
  write_file(elsewhere, pdf);
  fs::remove(ws.out / "alpha.pdf");
  fs::create_symlink(elsewhere, ws.out / "alpha.pdf");
  const auto result = ws.build();
  CHECK(result.exit_code == 0);
  CHECK(fs::symlink_status(ws.out / "alpha.pdf").type() == fs::file_type::regular);
  CHECK(ws.output("alpha.pdf") == pdf);
  CHECK(read_all(elsewhere) == pdf);
}

TEST_CASE("a missing handouts folder fails the build and deletes nothing") {
  Workspace ws;
  REQUIRE(ws.build().exit_code == 0);
  std::map<std::string, std::string> before;
  for (const auto& entry : fs::directory_iterator(ws.out))
    before[entry.path().filename()] = read_all(entry.path());
  fs::remove_all(ws.content / "handouts");
  const auto result = ws.build();
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("handouts") != std::string::npos);
  CHECK(result.out.find("removed") == std::string::npos);
  std::map<std::string, std::string> after;
  for (const auto& entry : fs::directory_iterator(ws.out))
    after[entry.path().filename()] = read_all(entry.path());
  CHECK(after == before);
}

TEST_CASE("kill -9 of a build kills its workers at once and releases the output folder") {
  Workspace ws({"alpha"});
  // A recording of several seconds: the worker would outlive its build by that long.
  write_file(ws.content / "handouts/alpha.xml",
             slow_handout("alpha",
                          "Walk slowly to the door and back, then rest in your chair "
                          "for ten minutes before you walk again."));
  const std::string command =
      "\"$0\" build --content \"$1\" --out \"$2\" -j1 & build=$!; "
      "for i in $(seq 3000); do worker=$(pgrep -P $build) && break; sleep 0.01; done; "
      "[ -n \"$worker\" ] || { echo 'no worker'; exit 3; }; "
      "sleep 0.3; kill -9 $build; "
      "alive() { [ -r /proc/$1/status ] && ! grep -q '^State:.*Z' /proc/$1/status; }; "
      "for i in $(seq 50); do alive $worker || break; sleep 0.01; done; "
      "alive $worker && { echo 'worker alive'; kill -9 $worker; exit 1; }; "
      "flock -n \"$2/.handout.lock\" true || { echo 'still locked'; exit 2; }; exit 0";
  const auto result =
      run_process({"bash", "-c", command, handout_binary, ws.content.string(), ws.out.string()});
  CHECK(result.out == "");
  CHECK(result.exit_code == 0);
}
