// `handout say` reads a phrase exactly as a build of the same content folder reads it in a
// paragraph: with its clinic.xml (the clinic's country finds its phone numbers), its lexicon and
// the build's sentences ("EE. UU." inside a sentence).
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "cli_fixture.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

struct Folder {
  TempDir dir;
  fs::path content = dir.path() / "content";
  fs::path out = dir.path() / "out";

  Folder() {
    write_file(content / "clinic.xml",
               "<clinic xml:lang=\"en-US\"><name>Test Clinic</name><phone>(207) 555-0242</phone>"
               "</clinic>\n");
    write_file(content / "lexicon.pls",
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<lexicon version=\"1.0\" "
               "xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\" alphabet=\"ipa\" "
               "xml:lang=\"en-US\">\n  <lexeme><grapheme>QZX</grapheme><alias>quiet zone "
               "exercise</alias></lexeme>\n</lexicon>\n");
  }

  // The script a build writes for a handout of one paragraph.
  std::string built_script(const std::string& lang, const std::string& words) const {
    write_file(content / "handouts" / "one.xml",
               "<handout id=\"one\" lang=\"" + lang +
                   "\">\n  <title>One</title>\n  <section>\n    <heading>Rest</heading>\n    <p>" +
                   words + "</p>\n  </section>\n</handout>\n");
    const ProcessResult built = run_process({handout_binary, "build", "--formats", "audio",
                                             "--content", content.string(), "--out", out.string()});
    REQUIRE(built.exit_code == 0);
    return read_all(out / "one.ssml");
  }

  // What `say` prints: its words, then its SSML.
  std::vector<std::string> said(const std::vector<std::string>& options,
                                const std::string& phrase) const {
    std::vector<std::string> args{handout_binary, "say", "--ssml"};
    args.insert(args.end(), options.begin(), options.end());
    args.push_back(phrase);
    const ProcessResult result = run_process(args);
    REQUIRE(result.exit_code == 0);
    std::vector<std::string> lines;
    for (std::size_t at = 0; at < result.out.size();) {
      const std::size_t end = result.out.find('\n', at);
      lines.push_back(result.out.substr(at, end - at));
      at = end + 1;
    }
    REQUIRE(lines.size() == 2);
    return lines;
  }
};

// Sentence marks are named by the unit's place in its handout; what is said is the rest.
std::string without_marks(const std::string& ssml) {
  return std::regex_replace(ssml, std::regex(R"(<mark name="[^"]*"/>)"), "");
}

}  // namespace

TEST_CASE("say reads a phrase as a build of the same content folder reads its paragraph") {
  const Folder folder;
  const std::vector<std::pair<std::string, std::string>> phrases{
      {"en-US", "Bring the QZX form. See cdc.gov/flu &amp; rest 2-3 days."},
      {"es", "Vive en EE. UU. y llame al (207) 555-0242 o vea medlineplus.gov/spanish."},
      {"en-GB", "Call (207) 555-0242 on 3/4/2026. Dr. Lee will see you."}};
  for (const auto& [lang, printed] : phrases) {
    const std::string printed_shown = printed;  // clang 14 cannot capture a binding
    CAPTURE(printed_shown);
    const std::string script = without_marks(folder.built_script(lang, printed));
    const std::string phrase = std::regex_replace(printed, std::regex("&amp;"), "&");
    const std::vector<std::string> said =
        folder.said({"--lang", lang, "--content", folder.content.string()}, phrase);
    CAPTURE(script);
    CHECK(said[1].starts_with("<p><s>"));
    CHECK(script.find(without_marks(said[1])) != std::string::npos);
  }
}

TEST_CASE("say reads with the folder's lexicon and clinic and without them elsewhere") {
  const Folder folder;
  const std::vector<std::string> in_folder =
      folder.said({"--content", folder.content.string()}, "Bring the QZX form.");
  CHECK(in_folder[0] == "Bring the quiet zone exercise form.");
  const std::vector<std::string> elsewhere =
      folder.said({"--content", (folder.dir.path() / "none").string()}, "Bring the QZX form.");
  CHECK(elsewhere[0] == "Bring the QZX form.");
  // A Spanish phrase finds the US clinic's number only with its clinic.xml.
  const std::vector<std::string> clinic_number = folder.said(
      {"--lang", "es", "--content", folder.content.string()}, "Llame al (207) 555-0242.");
  CHECK(clinic_number[0].find("2 0 7, 5 5 5, 0 2 4 2") != std::string::npos);
}

TEST_CASE("say stops where a build would at a broken clinic.xml") {
  const Folder folder;
  write_file(folder.content / "clinic.xml", "<clinic><name>Test</name></clinic>\n");
  const ProcessResult result =
      run_process({handout_binary, "say", "--content", folder.content.string(), "Rest."});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("clinic.xml") != std::string::npos);
}
