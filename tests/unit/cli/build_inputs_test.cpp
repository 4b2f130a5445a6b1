// A format's rebuild key holds what it declares for the handout's language: the audio's key
// holds the lexicon of that language only, so an edit to lexicon.es.pls changes the key of
// Spanish handouts and of no other.
#include "cli/build_inputs.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/program_identity.h"
#include "content/content_folder.h"
#include "process.h"

namespace handout::test {

namespace {

std::string lexicon(const std::string& lang, const std::string& alias) {
  return "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" "
         "alphabet=\"ipa\" xml:lang=\"" +
         lang + "\"><lexeme><grapheme>Dra.</grapheme><alias>" + alias +
         "</alias></lexeme></lexicon>\n";
}

struct Keys {
  testing::TempDir dir;
  cli::BuildOptions options;

  Keys() {
    char handout[] = "handout", build[] = "build";
    std::vector<char*> args{handout, build};
    options = std::get<cli::BuildOptions>(cli::parse_command_line(args));
    options.content = dir.path();
    options.fonts_dir = HANDOUT_SOURCE_DIR "/fonts";
    testing::write_file(dir.path() / "lexicon.pls", lexicon("en-US", "doctor"));
    testing::write_file(dir.path() / "lexicon.es.pls", lexicon("es", "doctora"));
  }

  // The hashes of each format for a handout in `language`, with the lexicons as they are now.
  std::map<std::string, std::string> of(const std::string& language) const {
    model::Diagnostics diagnostics;
    const auto lexicons = content::load_lexicons(dir.path(), diagnostics);
    REQUIRE(lexicons);
    const writer::Resources resources{.fonts_dir = options.fonts_dir, .lexicons = &*lexicons};
    return cli::writer_inputs_hashes(options, resources, {language, {}});
  }
};

}  // namespace

TEST_CASE("an edit to one language's lexicon changes the audio key of that language only") {
  Keys keys;
  const auto english = keys.of("en-US"), spanish = keys.of("es"), mexican = keys.of("es-MX"),
             french = keys.of("fr");
  CHECK(spanish.at("audio") == mexican.at("audio"));  // one lexicon serves every Spanish
  CHECK(spanish.at("audio") != english.at("audio"));
  CHECK(french.at("audio") != english.at("audio"));
  CHECK(spanish.at("pdf") == english.at("pdf"));  // the PDF has no lexicon

  testing::write_file(keys.dir.path() / "lexicon.es.pls", lexicon("es", "doctora de medicina"));
  CHECK(keys.of("es").at("audio") != spanish.at("audio"));
  CHECK(keys.of("es-MX").at("audio") != mexican.at("audio"));
  CHECK(keys.of("en-US") == english);
  CHECK(keys.of("fr") == french);
}

TEST_CASE(
    "the tool's own bytes enter the keys as the build ID the linker wrote - as readelf reads it") {
  const std::string id = cli::program_build_id();
  REQUIRE(id.size() == 40);  // SHA-1, as the build asks the linker for
  const std::string self = std::filesystem::read_symlink("/proc/self/exe").string();
  const testing::ProcessResult notes = testing::run_process({"readelf", "-n", self});
  REQUIRE(notes.exit_code == 0);
  CHECK(notes.out.find("Build ID: " + id + "\n") != std::string::npos);
}

namespace {

// A handout that shows the pictures `sources`, in a content folder.
void write_handout_showing(const std::filesystem::path& content, const std::string& id,
                           std::initializer_list<std::string> sources) {
  std::string figures;
  for (const std::string& src : sources)
    figures += "<figure src=\"" + src + "\"><description>A.</description></figure>";
  testing::write_file(content / "handouts" / (id + ".xml"),
                      "<handout id=\"" + id + "\" lang=\"en-US\"><title>T</title><section>" +
                          "<heading>H</heading>" + figures + "</section></handout>\n");
}

}  // namespace

TEST_CASE("a handout's pictures key changes with the bytes of its own pictures only") {
  const testing::TempDir content;
  testing::write_file(content.path() / "images/a.png", "picture a");
  testing::write_file(content.path() / "images/b.png", "picture b");
  write_handout_showing(content.path(), "shows-a", {"images/a.png"});
  write_handout_showing(content.path(), "shows-b", {"images/b.png"});
  write_handout_showing(content.path(), "shows-none", {});
  const auto key = [&](const std::string& id) {
    return cli::pictures_hash(content.path(), content.path() / "handouts" / (id + ".xml"));
  };
  const std::string a = key("shows-a"), b = key("shows-b"), none = key("shows-none");
  CHECK(a != b);
  testing::write_file(content.path() / "images/a.png", "picture a, edited");
  CHECK(key("shows-a") != a);
  CHECK(key("shows-b") == b);
  CHECK(key("shows-none") == none);

  // A name written with a character reference is the file the reader opens.
  testing::write_file(content.path() / "images/a&b.png", "picture a and b");
  write_handout_showing(content.path(), "shows-ab", {"images/a&amp;b.png"});
  const std::string ab = key("shows-ab");
  testing::write_file(content.path() / "images/a&b.png", "picture a and b, edited");
  CHECK(key("shows-ab") != ab);
}

TEST_CASE("a pictures key never reads through a link nor out of the content folder") {
  const testing::TempDir outside, content;
  testing::write_file(outside.path() / "secret.png", "secret");
  std::filesystem::create_directories(content.path() / "images");
  std::filesystem::create_symlink(outside.path() / "secret.png",
                                  content.path() / "images/linked.png");
  write_handout_showing(content.path(), "linked", {"images/linked.png"});
  write_handout_showing(content.path(), "climbs",
                        {"../" + outside.path().filename().string() + "/secret.png"});
  const auto key = [&](const std::string& id) {
    return cli::pictures_hash(content.path(), content.path() / "handouts" / (id + ".xml"));
  };
  const std::string linked = key("linked"), climbs = key("climbs");
  testing::write_file(outside.path() / "secret.png", "secret, edited");
  CHECK(key("linked") == linked);  // the link's target is never read
  CHECK(key("climbs") == climbs);
}

}  // namespace handout::test
