// A content folder's lexicons: one file per language, each file's xml:lang agreeing with its
// name, each written form given once.
#include <doctest/doctest.h>

#include "content/content_folder.h"
#include "process.h"

using namespace handout;
namespace fs = std::filesystem;

namespace {

std::string lexicon(const std::string& lang, const std::string& lexemes) {
  return "<lexicon version=\"1.0\" xmlns=\"http://www.w3.org/2005/01/pronunciation-lexicon\"\n"
         "         alphabet=\"ipa\" xml:lang=\"" +
         lang + "\">\n" + lexemes + "</lexicon>\n";
}

std::string lexeme(const std::string& grapheme, const std::string& alias) {
  return "  <lexeme><grapheme>" + grapheme + "</grapheme><alias>" + alias + "</alias></lexeme>\n";
}

std::vector<std::string> messages(const model::Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const model::Diagnostic& d : diagnostics) out.push_back(model::format(d));
  return out;
}

}  // namespace

TEST_CASE("lexicon.pls comes first and each other lexicon is named for its language") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "lexicon.es.pls", lexicon("es-MX", lexeme("Dra.", "doctora")));
  testing::write_file(dir.path() / "lexicon.pls", lexicon("en-US", lexeme("PT", "P T")));
  testing::write_file(dir.path() / "lexicon.pls~", "an editor's backup, not read");
  model::Diagnostics diagnostics;
  const auto lexicons = content::load_lexicons(dir.path(), diagnostics);
  CHECK(messages(diagnostics).empty());
  REQUIRE(lexicons);
  REQUIRE(lexicons->size() == 2);
  CHECK(lexicons->at(0).lang.tag == "en-US");
  CHECK(lexicons->at(1).lang.tag == "es-MX");
  CHECK(lexicons->at(1).file.ends_with("lexicon.es.pls"));
  CHECK(lexicons->at(1).lexemes.at(0).alias == "doctora");
}

TEST_CASE("a folder with no lexicon has none and that is fine") {
  testing::TempDir dir;
  fs::create_directories(dir.path());
  model::Diagnostics diagnostics;
  const auto lexicons = content::load_lexicons(dir.path(), diagnostics);
  REQUIRE(lexicons);
  CHECK(lexicons->empty());
  CHECK(diagnostics.empty());
}

TEST_CASE("a lexicon whose xml:lang is not the language of its name is a located error") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "lexicon.es.pls", lexicon("en-US", lexeme("PT", "P T")));
  model::Diagnostics diagnostics;
  CHECK_FALSE(content::load_lexicons(dir.path(), diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) ==
        (dir.path() / "lexicon.es.pls").lexically_normal().generic_string() +
            ":2:25: this lexicon is named for 'es' but its xml:lang is 'en-US'; make them agree");
}

TEST_CASE("a lexicon's name is a language subtag and each language has one lexicon") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "lexicon.es-MX.pls",
                      lexicon("es-MX", lexeme("Dra.", "doctora")));
  testing::write_file(dir.path() / "lexicon.pls", lexicon("en-US", lexeme("PT", "P T")));
  testing::write_file(dir.path() / "lexicon.en.pls", lexicon("en-GB", lexeme("OT", "O T")));
  model::Diagnostics diagnostics;
  CHECK_FALSE(content::load_lexicons(dir.path(), diagnostics));
  const std::vector<std::string> found = messages(diagnostics);
  REQUIRE(found.size() == 2);
  const std::string folder = dir.path().lexically_normal().generic_string();
  CHECK(found[0] == folder + "/lexicon.en.pls:2:25: xml:lang 'en-GB' is the language of " + folder +
                        "/lexicon.pls:2:25 too; put each language's lexemes in one file");
  CHECK(found[1].starts_with(folder + "/lexicon.es-MX.pls:2:25: a lexicon's file is named "
                                      "lexicon.<language>.pls with a language subtag"));
}

TEST_CASE("two lexemes with one grapheme are an error at the second naming the first") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "lexicon.pls",
                      lexicon("en-US", lexeme("PT", "P T") + lexeme("OT", "O T") +
                                           lexeme("PT", "physical therapy")));
  model::Diagnostics diagnostics;
  CHECK_FALSE(content::load_lexicons(dir.path(), diagnostics));
  const std::string file = (dir.path() / "lexicon.pls").lexically_normal().generic_string();
  REQUIRE(diagnostics.size() == 1);
  CHECK(model::format(diagnostics[0]) ==
        file + ":5:11: \"PT\" is already a grapheme at " + file +
            ":3:11; keep one lexeme for it, with the alias the audio should say");
}

TEST_CASE("a handout's language is read from its root before the handout is") {
  testing::TempDir dir;
  testing::write_file(dir.path() / "a.xml", "<handout id=\"a\" lang=\"es-MX\"><title>");
  testing::write_file(dir.path() / "b.xml",
                      "<handout id=\"b\" lang=\"es\"><title>T</title></handout>");
  CHECK(content::handout_language(dir.path() / "a.xml") == "");  // not well-formed
  CHECK(content::handout_language(dir.path() / "b.xml") == "es");
  CHECK(content::handout_language(dir.path() / "missing.xml") == "");
}
