// Each sample book against the rules of the DAISY 2.02 specification: ncc.html and the text
// document are valid XHTML 1.0 and the SMIL files valid SMIL 1.0 (xmllint with the W3C's DTDs
// from Debian's w3c-sgml-lib); ncc.html begins with the title, holds only headings that nest,
// each linking to a <par> of a SMIL file, and has every metadata the specification requires,
// once, with the right counts.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "book_reader.h"
#include "built_books.h"
#include "lang/terms.h"
#include "model/reading_order.h"
#include "process.h"

namespace handout::test {

namespace {

std::vector<std::filesystem::path> files_of(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> out;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The headings the book must list, from the model: the title, the sections to depth 3 and
// the exercises one level below their section's, in reading order, the contact block, the
// closing.
void section_headings(const std::vector<model::Block>& blocks, const lang::Terms& terms,
                      std::vector<std::string>& out) {
  for (const model::Block& block : blocks) {
    if (const auto* section = std::get_if<model::Section>(&block)) {
      out.push_back("h" + std::to_string(section->depth) + " " +
                    model::plain_text(section->heading));
      section_headings(section->blocks, terms, out);
    } else if (const auto* exercise = std::get_if<model::Exercise>(&block)) {
      out.push_back("h" + std::to_string(exercise->depth) + " " +
                    model::plain_text(exercise->name));
    } else if (std::holds_alternative<model::Contact>(block)) {
      out.push_back("h1 " + std::string(terms.contact_title()));
    }
  }
}

std::vector<std::string> expected_headings(const model::Handout& handout) {
  const lang::Terms terms(handout.lang);
  std::vector<std::string> out{"h1 " + model::plain_text(handout.title)};
  section_headings(handout.body, terms, out);
  std::string closing(terms.closing());
  closing.pop_back();  // its colon
  out.push_back("h1 " + closing);
  return out;
}

}  // namespace

TEST_CASE("every document is valid XHTML 1.0 or SMIL 1.0 by the W3C's DTDs" *
          doctest::test_suite("validator")) {
  for (const std::string& id : sample_ids) {
    std::size_t checked = 0;
    for (const std::filesystem::path& file : files_of(built_book(id).folder)) {
      if (file.extension() != ".html" && file.extension() != ".smil") continue;
      const testing::ProcessResult valid =
          testing::run_process({"xmllint", "--noout", "--nonet", "--valid", file.string()});
      INFO(file.string(), "\n", valid.err);
      CHECK(valid.exit_code == 0);
      CHECK(valid.err.empty());
      ++checked;
    }
    CHECK(checked >= 6);  // ncc.html, content.html, master.smil and at least three parts
  }
}

TEST_CASE(
    "ncc.html lists the title - the sections to depth 3 and the exercises - the contact and the "
    "closing") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const std::vector<NccHeading> headings = ncc_headings(book.folder);
    REQUIRE(!headings.empty());
    CHECK(headings.front().level == 1);
    CHECK(headings.front().css_class == "title");
    std::vector<std::string> listed;
    int previous = 0;
    for (const NccHeading& h : headings) {
      listed.push_back("h" + std::to_string(h.level) + " " + h.title);
      CHECK(h.level <= previous + 1);  // no level skipped
      previous = h.level;
    }
    CHECK(listed == expected_headings(book.handout));
  }
}

TEST_CASE("every heading of ncc.html links to a par of a SMIL file of the book") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    std::set<std::string> heading_ids;
    for (const NccHeading& h : ncc_headings(book.folder)) {
      CAPTURE(h.title);
      CHECK(heading_ids.insert(h.id).second);
      REQUIRE(std::filesystem::exists(book.folder / h.smil));
      const pugi::xml_document smil = load(book.folder / h.smil);
      CHECK(smil.select_node(("/smil/body/seq/par[@id='" + h.fragment + "']").c_str()));
    }
  }
}

TEST_CASE("ncc.html has every metadata DAISY 2.02 requires - once - with the right counts") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    CAPTURE(id);
    const pugi::xml_document ncc = load(book.folder / "ncc.html");
    for (const char* name :
         {"dc:title", "dc:date", "dc:format", "dc:identifier", "dc:publisher", "ncc:charset",
          "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial", "ncc:tocItems", "ncc:totalTime",
          "ncc:multimediaType", "ncc:files", "ncc:depth", "ncc:generator"}) {
      CAPTURE(name);
      CHECK(meta_values(ncc, name).size() == 1);
    }
    CHECK(!meta_values(ncc, "dc:creator").empty());
    CHECK(meta_values(ncc, "dc:language") == std::vector<std::string>{book.handout.lang.tag});
    CHECK(meta_values(ncc, "dc:title")[0] == model::plain_text(book.handout.title));
    CHECK(meta_values(ncc, "dc:format")[0] == "Daisy 2.02");
    CHECK(meta_values(ncc, "ncc:charset")[0] == "utf-8");
    CHECK(meta_values(ncc, "ncc:multimediaType")[0] == "audioFullText");
    const std::vector<NccHeading> headings = ncc_headings(book.folder);
    CHECK(meta_values(ncc, "ncc:tocItems")[0] == std::to_string(headings.size()));
    int depth = 0;
    for (const NccHeading& h : headings) depth = std::max(depth, h.level);
    CHECK(meta_values(ncc, "ncc:depth")[0] == std::to_string(depth));
    CHECK(meta_values(ncc, "ncc:files")[0] == std::to_string(files_of(book.folder).size()));
    CHECK(meta_values(ncc, "ncc:pageNormal")[0] == "0");  // no page number in ncc.html
  }
}

TEST_CASE("every SMIL file names the book as ncc.html does - and master.smil lists them in order") {
  for (const std::string& id : sample_ids) {
    const BuiltBook& book = built_book(id);
    const pugi::xml_document ncc = load(book.folder / "ncc.html");
    const std::vector<std::string> order = smil_order(book.folder);
    for (const std::string& name : order) {
      CAPTURE(name);
      const pugi::xml_document smil = load(book.folder / name);
      CHECK(meta_values(smil, "dc:format") == std::vector<std::string>{"Daisy 2.02"});
      CHECK(meta_values(smil, "dc:identifier") == meta_values(ncc, "dc:identifier"));
      CHECK(meta_values(smil, "dc:title") == meta_values(ncc, "dc:title"));
    }
    std::vector<std::string> refs;
    const pugi::xml_document master = load(book.folder / "master.smil");
    for (const pugi::xpath_node& ref : master.select_nodes("/smil/body/ref"))
      refs.push_back(ref.node().attribute("src").value());
    CHECK(refs == order);
  }
}

TEST_CASE("every id of each document is unique") {
  for (const std::string& id : sample_ids)
    for (const std::filesystem::path& file : files_of(built_book(id).folder)) {
      if (file.extension() != ".html" && file.extension() != ".smil") continue;
      const pugi::xml_document doc = load(file);
      std::set<std::string> seen;
      for (const pugi::xpath_node& node : doc.select_nodes("//*[@id]")) {
        INFO(file.string(), ": ", node.node().attribute("id").value());
        CHECK(seen.insert(node.node().attribute("id").value()).second);
      }
    }
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE("each picture of the exercise sampler is a file of the book that content.html shows") {
  const BuiltBook& book = built_book("exercise-sampler");
  const pugi::xml_document content = load(book.folder / "content.html");
  std::vector<std::string> descriptions, alts, shown;
  for (const model::Unit& unit : model::reading_order(book.handout))
    if (unit.kind == model::UnitKind::figure) descriptions.push_back(model::plain_text(*unit.text));
  for (const pugi::xpath_node& img : content.select_nodes("//*[local-name()='img']")) {
    const std::string src = img.node().attribute("src").value();
    CAPTURE(src);
    shown.push_back(src);
    REQUIRE(std::filesystem::is_regular_file(book.folder / src));
    const std::string bytes = testing::read_all(book.folder / src);
    CHECK(
        (src.ends_with(".png") ? bytes.starts_with("\x89PNG") : bytes.starts_with("\xFF\xD8\xFF")));
    alts.emplace_back(img.node().attribute("alt").value());
  }
  CHECK(alts == descriptions);
  CHECK(shown == std::vector<std::string>{"exercise-sampler.picture-1.png",
                                          "exercise-sampler.picture-2.jpg"});
}

}  // namespace handout::test
