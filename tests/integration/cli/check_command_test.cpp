// `handout check` as an admin runs it: exit codes, messages on stderr, every error reported.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "cli_fixture.h"
#include "content_folder.h"
#include "process.h"

using namespace handout::testing;
namespace fs = std::filesystem;

namespace {

const fs::path source_dir = HANDOUT_SOURCE_DIR;

// A copy of the sample content folder that a test may break, its placeholder details (each a
// warning) replaced by details no check calls placeholders, so that a test sees only what it
// is about.
fs::path copy_samples(const TempDir& dir) {
  const fs::path content = dir.path() / "content";
  fs::copy(source_dir / "content", content, fs::copy_options::recursive);
  for (const fs::path& file :
       {content / "clinic.xml", content / "handouts/knee-strengthening.xml"}) {
    std::string text = read_all(file);
    for (const auto& [placeholder, stand_in] :
         {std::pair<std::string, std::string>{"555-01", "555-02"},
          {"example.org", "rehab-clinic.org"},
          {"example.net", "rehab-videos.net"},
          {"Anytown", "Portland"}})
      for (std::size_t at = text.find(placeholder); at != std::string::npos;
           at = text.find(placeholder, at + stand_in.size()))
        text.replace(at, placeholder.size(), stand_in);
    write_file(file, text);
  }
  return content;
}

const std::string bad_handout =
    "<handout id=\"broken\" lang=\"en-US\">\n"
    "  <title>Broken</title>\n"
    "  <section><heading>One</heading><para>x</para></section>\n"
    "  <section id=\"BAD\"><heading>Two</heading><p>y</p></section>\n"
    "</handout>\n";

}  // namespace

TEST_CASE("the sample content passes with one warning: its placeholder details") {
  const auto result = run_process({handout_binary, "check"}, source_dir);
  CHECK(result.exit_code == 0);
  const std::string number =
      " is a fictional number (North America reserves 555-0100 to 555-0199 for fiction), which "
      "no one answers\n";
  const std::string address =
      " is a placeholder: example.org is reserved for examples and reaches no one\n";
  const std::string town = ": \"Anytown\" is a placeholder place name\n";
  CHECK(result.err ==
        "content/clinic.xml:10:3: warning: 8 placeholder details, which reach no one; replace "
        "each with the real one before printing or recording any handout:\n"
        "  content/clinic.xml:10:3: (207) 555-0100" +
            number + "  content/clinic.xml:11:3: frontdesk@example.org" + address +
            "  content/clinic.xml:12:3: https://www.example.org/" + address +
            "  content/clinic.xml:19:7" + town + "  content/clinic.xml:21:5: (207) 555-0142" +
            number + "  content/clinic.xml:33:7" + town +
            "  content/clinic.xml:35:5: (207) 555-0157" + number +
            "  content/clinic.xml:46:12: https://www.example.org/handouts/" + address);
  // A line per handout says how hard it is to read (tests/integration/plain), then the summary.
  CHECK(std::ranges::count(result.out, '\n') == 6);
  CHECK(result.out.ends_with("\nchecked 5 handouts: no errors, 1 warning\n"));
}

TEST_CASE(
    "every error in every file is printed as file:line:column: message and the exit code is 1") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "handouts/broken.xml", bad_handout);
  write_file(content / "handouts/also-broken.xml",
             "<handout id=\"also-broken\" lang=\"en-US\">\n<title>");
  const auto result = run_process({handout_binary, "check"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("checked") == std::string::npos);  // only the readable ones' levels
  CHECK(result.err ==
        "content/handouts/also-broken.xml:2:1: <title> opened at line 2 is never closed; add "
        "</title> where it ends\n"
        "content/handouts/broken.xml:3:34: unknown element <para>; use <p>, <list>, <steps>, "
        "<checklist>, <table>, <note>, <figure>, <exercise> or <section>\n"
        "content/handouts/broken.xml:4:12: section id 'BAD' is not valid; use lower-case letters, "
        "digits and hyphens\n"
        "3 errors (2 of 7 handouts failed)\n");
}

TEST_CASE("ids choose which handouts to check and an unknown id is an error") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "handouts/broken.xml", bad_handout);
  const auto good =
      run_process({handout_binary, "check", "--content", content.string(), "dry-needling"});
  CHECK(good.exit_code == 0);
  CHECK(good.out.find("dry-needling.xml: reading grade ") != std::string::npos);
  CHECK(good.out.ends_with("\nchecked 1 handout: no errors\n"));
  const auto unknown =
      run_process({handout_binary, "check", "--content", "content", "nope"}, dir.path());
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.starts_with(
      "content/handouts/nope.xml: no handout 'nope' in content/handouts\n"));
}

TEST_CASE("a broken clinic.xml or lexicon is reported too") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "clinic.xml", "<clinic>\n  <name>X</name>\n  <pager>1</pager>\n</clinic>\n");
  const auto result = run_process({handout_binary, "check"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("content/clinic.xml:1:1: a <clinic> needs a <phone> or an <email>") !=
        std::string::npos);
  CHECK(result.err.find("content/clinic.xml:3:3: unknown element <pager>") != std::string::npos);
  fs::remove(content / "clinic.xml");
  const auto missing = run_process({handout_binary, "check"}, dir.path());
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.starts_with("content/clinic.xml: the content folder needs clinic.xml"));
}

TEST_CASE("a stray file is one warning and links leading outside the content folder are refused") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(dir.path() / "outside.xml", "<handout/>");
  fs::create_symlink(dir.path() / "outside.xml", content / "handouts/outside.xml");
  write_file(content / "handouts/notes.txt", "draft");
  for (const char* ignored :
       {"dry-needling.xml~", "x.xml.bak", "Thumbs.db", ".DS_Store", "desktop.ini", ".x.xml.swp"})
    write_file(content / "handouts" / ignored, "left by an editor or the desktop, ignored");
  const auto result = run_process({handout_binary, "check"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "content/handouts/notes.txt: warning: not a handout (only <id>.xml files are read); it is "
        "skipped, so move it elsewhere or rename it to end in .xml\n"
        "content/handouts/outside.xml: this handout is a link to a file outside the content "
        "folder; copy the file in instead\n"
        "1 error, 1 warning (0 of 5 handouts failed)\n");
  fs::remove(content / "handouts/outside.xml");
  const auto warned = run_process({handout_binary, "check"}, dir.path());
  CHECK(warned.exit_code == 0);
  CHECK(warned.out.ends_with("\nchecked 5 handouts: no errors, 1 warning\n"));
}

TEST_CASE("a broken clinic.xml or lexicon.pls is said to stop every handout") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "lexicon.pls", "<lexicon");
  const auto lexicon = run_process({handout_binary, "check"}, dir.path());
  CHECK(lexicon.exit_code == 1);
  CHECK(lexicon.err.ends_with(
      "no handout can be checked or built until content/lexicon.pls is fixed\n"));
  write_file(content / "clinic.xml", "<clinic><fax/></clinic>");
  const auto clinic = run_process({handout_binary, "build"}, dir.path());
  CHECK(clinic.exit_code == 1);
  CHECK(clinic.err.ends_with(
      "no handout can be checked or built until content/clinic.xml is fixed\n"));
}

TEST_CASE("a Spanish lexicon that says it is English is located and named as what stops") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "lexicon.es.pls",
             "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\"\n"
             "         alphabet=\"ipa\" xml:lang=\"en-US\"/>\n");
  const auto result = run_process({handout_binary, "check"}, dir.path());
  CHECK(result.exit_code == 1);
  CHECK(result.err ==
        "content/lexicon.es.pls:2:25: this lexicon is named for 'es' but its xml:lang is 'en-US'; "
        "make them agree\n"
        "no handout can be checked or built until content/lexicon.es.pls is fixed\n");
}

TEST_CASE("a content folder that does not exist is one message saying where it looked") {
  TempDir dir;
  const auto result = run_process({handout_binary, "check", "--content", "nowhere"}, dir.path());
  CHECK(result.exit_code == 1);
  const std::string looked = (fs::canonical(dir.path()) / "nowhere").generic_string();
  CHECK(result.err == "the content folder 'nowhere' was not found (looked in " + looked +
                          "); run handout in the folder that holds it, or name it with "
                          "--content FOLDER\n");
}

TEST_CASE("--help and --version succeed and usage errors exit 2 with one line") {
  const auto help = run_process({handout_binary, "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("check") != std::string::npos);
  const auto version = run_process({handout_binary, "--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.starts_with("handout "));
  for (const std::vector<std::string>& args : {std::vector<std::string>{handout_binary},
                                               {handout_binary, "frobnicate"},
                                               {handout_binary, "check", "--bogus"}}) {
    const auto usage = run_process(args);
    CHECK(usage.exit_code == 2);
    CHECK(usage.out == "");
    CHECK(usage.err.starts_with("handout: "));
    CHECK(std::count(usage.err.begin(), usage.err.end(), '\n') == 1);
  }
}

TEST_CASE("an unknown command is named with the nearest one and help works for each command") {
  for (const char* typed : {"biuld", "Build"}) {
    const auto result = run_process({handout_binary, typed});
    CHECK(result.exit_code == 2);
    CHECK(result.err == std::string("handout: there is no command '") + typed +
                            "'; did you mean 'handout build'? The commands are check, build, "
                            "watch, say and help; 'handout help COMMAND' explains one.\n");
  }
  const auto help = run_process({handout_binary, "help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("Commands:") != std::string::npos);
  const auto build_help = run_process({handout_binary, "help", "build"});
  CHECK(build_help.exit_code == 0);
  CHECK(build_help.out == run_process({handout_binary, "build", "--help"}).out);
}

TEST_CASE("option help speaks plainly and shows each default") {
  const auto help = run_process({handout_binary, "build", "--help"});
  for (const char* programmer : {"INT", "FLOAT", "TEXT", "Positionals", "{", "[1 - 256]"})
    CHECK_MESSAGE(help.out.find(programmer) == std::string::npos, programmer);
  CHECK(help.out.find("--font-size NUMBER") != std::string::npos);
  CHECK(help.out.find("a whole number from 18 to 32 (default: 18)") != std::string::npos);
  CHECK(help.out.find("--paper letter|a4") != std::string::npos);
  CHECK(help.out.find("letter or a4, in any case (default: letter)") != std::string::npos);
  const auto fraction = run_process({handout_binary, "build", "--font-size", "18.5"});
  CHECK(fraction.exit_code == 2);
  CHECK(fraction.err ==
        "handout: --font-size: '18.5' is not a whole number; write one from 18 "
        "to 32 (try 'handout --help')\n");
  const auto paper = run_process({handout_binary, "build", "--paper", "b5"});
  CHECK(paper.err ==
        "handout: --paper: 'b5' is not allowed; write letter or a4 (try 'handout --help')\n");
}

TEST_CASE("a FIFO under a content file's name is reported at its file and never waited on") {
  for (const std::string name : {"handouts/piped.xml", "clinic.xml", "lexicon.pls"}) {
    CAPTURE(name);
    TempDir dir;
    const fs::path content = copy_samples(dir);
    fs::remove(content / name);
    REQUIRE(::mkfifo((content / name).c_str(), 0644) == 0);
    for (const std::string command : {"check", "build"}) {
      CAPTURE(command);
      // A hang is ended by timeout's exit code 124, and fails the test instead of the run.
      std::vector<std::string> args = {"timeout", "60", handout_binary, command};
      if (command == "build") args.insert(args.end(), {"--formats", "pdf"});
      const auto result = run_process(args, dir.path());
      CHECK(result.exit_code == 1);
      CHECK(result.err.find("content/" + name + ": not a regular file") != std::string::npos);
    }
  }
}

TEST_CASE("a content file reached through a symbolic link is read as the file") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  fs::rename(content / "clinic.xml", content / "clinic-2024.xml");
  fs::create_symlink("clinic-2024.xml", content / "clinic.xml");
  const auto result = run_process({handout_binary, "check"}, dir.path());
  CHECK(result.exit_code == 0);
  CHECK(result.err == "");
}

TEST_CASE("a table of more than 6 columns is a warning at its place and never an error") {
  const auto result = run_process(
      {handout_binary, "check", "--content", (source_dir / "tests/data/table-content").string()},
      source_dir);
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("handouts/table-sampler.xml:38:5: warning: this table has 8 columns; "
                        "above 6 large print and braille show it stacked") != std::string::npos);
  const auto strict = run_process({handout_binary, "check", "--strict", "--content",
                                   (source_dir / "tests/data/table-content").string()},
                                  source_dir);
  CHECK(strict.exit_code == 1);
}

TEST_CASE("warnings come in the order of the file and --quiet counts them without printing") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  // A typed phone number (found after reading) above a picture-style warning found by a writer
  // and below a typed web address: printed by line, whichever pass found each.
  write_file(content / "handouts/typed.xml",
             "<handout id=\"typed\" lang=\"en-US\" revised=\"2062-01-01\">\n"
             "  <title>Typed</title>\n"
             "  <section><heading>H</heading>\n"
             "    <list><item>Walk \u2022 5 minutes \u2022 twice a day</item></list>\n"
             "    <p>Call (207) 555-0100.</p>\n"
             "  </section>\n"
             "</handout>\n");
  const auto result = run_process({handout_binary, "check", "typed"}, dir.path());
  CHECK(result.exit_code == 0);
  const std::size_t date = result.err.find("typed.xml:1:1: warning: revised '2062-01-01'");
  const std::size_t fields =
      result.err.find("typed.xml:4:22: warning: fields separated by \"\u2022\"");
  const std::size_t phone = result.err.find("typed.xml:5:13: warning: (207) 555-0100");
  CAPTURE(result.err);
  CHECK(date != std::string::npos);
  CHECK(fields != std::string::npos);
  CHECK(phone != std::string::npos);
  CHECK(date < fields);
  CHECK(fields < phone);
  const auto quiet = run_process({handout_binary, "check", "--quiet", "typed"}, dir.path());
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.err == "");
  std::size_t warnings = 0;
  for (std::size_t at = result.err.find(": warning: "); at != std::string::npos;
       at = result.err.find(": warning: ", at + 1))
    ++warnings;
  CHECK(quiet.out == "checked 1 handout: no errors, " + std::to_string(warnings) +
                         " warnings (not shown: --quiet)\n");
}

TEST_CASE("a character that several formats cannot write is one error naming each") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "handouts/ideograph.xml",
             "<handout id=\"ideograph\" lang=\"en-US\" revised=\"2026-01-01\">\n"
             "  <title>Ideograph</title>\n"
             "  <section><heading>H</heading><p>Rest \u4E00 day.</p></section>\n"
             "</handout>\n");
  const auto result = run_process({handout_binary, "check", "ideograph"}, dir.path());
  CAPTURE(result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("ideograph.xml:3:40: the character \u4E00 (CJK UNIFIED IDEOGRAPH-4E00) "
                        "cannot be printed or written in Unified English Braille: delete it or "
                        "write it in words\n") != std::string::npos);
  CHECK(result.err.find("\u4E00") == result.err.rfind("\u4E00"));
  CHECK(result.err.find("1 error") != std::string::npos);
  // A sign the recording cannot say either: one message, in check and in a build.
  write_file(content / "handouts/ideograph.xml",
             "<handout id=\"ideograph\" lang=\"en-US\" revised=\"2026-01-01\">\n"
             "  <title>Ideograph</title>\n"
             "  <section><heading>H</heading><p>Rest \u2603 day.</p></section>\n"
             "</handout>\n");
  const std::string said = "ideograph.xml:3:40: the character \u2603 (SNOWMAN) cannot be ";
  const auto checked = run_process({handout_binary, "check", "ideograph"}, dir.path());
  CAPTURE(checked.err);
  CHECK(checked.err.find(said + "spoken or written in Unified English Braille: delete it or write "
                                "it in words\n") != std::string::npos);
  CHECK(checked.err.find("\u2603") == checked.err.rfind("\u2603"));
  const auto built = run_process(
      {handout_binary, "build", "ideograph", "--formats", "audio,braille", "--quiet"}, dir.path());
  CAPTURE(built.err);
  CHECK(built.err.find(said + "written in Unified English Braille or spoken: delete it or write "
                              "it in words\n") != std::string::npos);
  CHECK(built.err.find("\u2603") == built.err.rfind("\u2603"));
}

TEST_CASE("check warns at each word eSpeak NG would spell or guess and never at a plain word") {
  const ContentFolder folder;
  folder.clinic(plain_clinic);
  // PTA and s.c. are in the shipped clinical lexicon: read as meant, never warned about (and
  // a credential after a name is said as its letters: "ZOB" stands elsewhere).
  folder.handout("alpha",
                 tiny_handout("alpha", "CALL 911 NOW. Bring the QZX form to Sam Lee, PTA, a ZOB."));
  folder.handout(
      "beta",
      "<handout id=\"beta\" lang=\"es\">\n  <title>Beta</title>\n  <section>\n    "
      "<heading>Hielo</heading>\n    <p>LLAME AL 911. Inyéctese t.q. cada día s.c.</p>\n  "
      "</section>\n</handout>\n");
  const ProcessResult checked = folder.check();
  CHECK(checked.exit_code == 0);
  CAPTURE(checked.err);
  CHECK(
      checked.err.find(
          "alpha.xml:5:32: warning: \"QZX\" will be heard as its letters one by one, \"Q Z X\"") !=
      std::string::npos);
  CHECK(checked.err.find("alpha.xml:5:60: warning: \"ZOB\" will be heard as a word eSpeak NG does "
                         "not know") != std::string::npos);
  CHECK(checked.err.find("beta.xml:5:32: warning: \"t.q.\" will be heard as its letters one by "
                         "one, \"T Q\"") != std::string::npos);
  for (const char* quiet : {"\"CALL\"", "\"NOW\"", "\"LLAME\"", "\"AL\"", "\"PTA\"", "\"s.c.\""})
    CHECK(checked.err.find(quiet) == std::string::npos);
}

TEST_CASE("a stretch in a language without a voice or rules is a warning at its xml:lang") {
  const ContentFolder folder;
  folder.clinic(plain_clinic);
  folder.handout(
      "alpha",
      tiny_handout("alpha",
                   "Say <lang xml:lang=\"zu\">Sawubona</lang>, <lang xml:lang=\"fr\">le 12 "
                   "mai</lang>, <lang xml:lang=\"es\">Calle QZXW</lang>, d/t."));
  const ProcessResult checked = folder.check();
  CHECK(checked.exit_code == 0);
  CAPTURE(checked.err);
  CHECK(checked.err.find("alpha.xml:5:18: warning: eSpeak NG has no voice for Zulu (zu)") !=
        std::string::npos);
  CHECK(checked.err.find("alpha.xml:5:55: warning: handout has no reading rules for French (fr)") !=
        std::string::npos);
  // A Spanish stretch's words are asked of the Spanish voice at their own place.
  CHECK(checked.err.find("alpha.xml:5:113: warning: \"QZXW\" will be heard as") !=
        std::string::npos);
  CHECK(checked.err.find("alpha.xml:5:126: warning: \"d/t\" will be heard as its letters one by "
                         "one, \"D T\"") != std::string::npos);
  // A build warns about the voice and the rules too: they come from the voice list it has.
  const ProcessResult built =
      run_process({handout_binary, "build", "--content", folder.content.string(), "--formats",
                   "audio", "--out", folder.out.string()});
  CAPTURE(built.err);
  CHECK(built.err.find("alpha.xml:5:18: warning: eSpeak NG has no voice for Zulu (zu)") !=
        std::string::npos);
}

TEST_CASE("a dose written against the medication-safety lists is a warning at its place") {
  TempDir dir;
  const fs::path content = copy_samples(dir);
  write_file(content / "handouts/insulin.xml",
             "<handout id=\"insulin\" lang=\"en-US\">\n"
             "  <title>Insulin</title>\n"
             "  <section><heading>Doses</heading>\n"
             "    <p>Inject 12 U before supper.</p>\n"
             "    <p>Take .5 mg QD.</p>\n"
             "  </section>\n"
             "</handout>\n");
  const auto result = run_process({handout_binary, "check", "insulin"}, dir.path());
  CAPTURE(result.err);
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("insulin.xml:4:18: warning: \"U\" is on The Joint Commission's "
                        "\"Do Not Use\" list") != std::string::npos);
  CHECK(result.err.find("insulin.xml:5:13: warning: \".5\" is a dose with no zero before its "
                        "decimal point") != std::string::npos);
  CHECK(result.err.find("insulin.xml:5:19: warning: \"QD\"") != std::string::npos);
  CHECK(result.err.find("write \"0.5\"") != std::string::npos);
}

TEST_CASE("check warns about the shorthand of other hands and not about what the rules read") {
  const TempDir dir;
  const fs::path content = dir.path() / "content";
  write_file(content / "clinic.xml",
             "<clinic><name>Test Clinic</name><phone>(207) 555-0242</phone></clinic>\n");
  // A signature's credentials, clinic hours and a course are read by rules; "PM" before a
  // room number is no dose and stays ambiguous; a Spanish stretch is not read with the
  // English lists.
  write_file(content / "handouts" / "alpha.xml",
             tiny_handout("alpha",
                          "Kim Ode, PT, FAAOMPT. Open 8a-5p. Take 1/2 tab x 5 days. Go to the PM "
                          "desk, room 4. <lang xml:lang=\"es\">Consulta de PM</lang>."));
  write_file(content / "handouts" / "beta.xml",
             "<handout id=\"beta\" lang=\"es\">\n  <title>Beta</title>\n  <section>\n    "
             "<heading>Hielo</heading>\n    <p>Marque ñ/o en la hoja.</p>\n  "
             "</section>\n</handout>\n");
  const ProcessResult checked =
      run_process({handout_binary, "check", "--content", content.string()});
  CHECK(checked.exit_code == 0);
  CAPTURE(checked.err);
  for (const char* quiet : {"\"FAAOMPT\"", "\"8a\"", "\"5p\"", "\"tab\"", "\"x\""})
    CHECK(checked.err.find(quiet) == std::string::npos);
  CHECK(checked.err.find("alpha.xml:5:75: warning: \"PM\" has more than one meaning") !=
        std::string::npos);
  CHECK(checked.err.find("\"PM\" has more than one meaning") ==
        checked.err.rfind("\"PM\" has more than one meaning"));
  CHECK(checked.err.find("beta.xml:5:15: warning: \"ñ/o\" will be heard as its letters one by "
                         "one") != std::string::npos);
}
