// The table sampler's web page (tests/data/table-content): every sentence of its tables and
// checklist has one element with its id (the header rows, the rows, the checklist), its
// checklist is real labelled check boxes for the page's script to keep, and the page's policy
// still allows its one script, which now keeps the ticks too.
#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "lang/sentences.h"
#include "model/reading_order.h"
#include "sample_handout.h"
#include "web/content_policy.h"
#include "web/offline.h"
#include "web/page.h"
#include "web/page_assets.h"

namespace handout::test {

namespace {

std::set<std::string> page_ids(const std::string& page) {
  std::set<std::string> ids;
  static const std::regex id_attribute(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), id_attribute);
       it != std::sregex_iterator(); ++it)
    CHECK_MESSAGE(ids.insert((*it)[1].str()).second, "id used twice: " << (*it)[1].str());
  return ids;
}

}  // namespace

TEST_CASE("every sentence of the table sampler has one element on its page - rows and intros") {
  const model::Handout handout = testing::read_table_sampler();
  const std::string page = web::render_page(handout, {"table-sampler.mp3", {}, {}}, {});
  const std::set<std::string> ids = page_ids(page);
  std::size_t rows = 0, intros = 0;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.text) {
      for (const lang::Sentence& s : lang::split_sentences(*unit.text, handout.lang, unit.id))
        CHECK_MESSAGE(ids.contains(s.id), s.id);
    } else if (unit.kind != model::UnitKind::contact) {
      CHECK_MESSAGE(ids.contains(model::sentence_id(unit.id, 1)), unit.id);
    }
    if (unit.kind == model::UnitKind::row) {
      CHECK(page.find("<tr id=\"" + model::sentence_id(unit.id, 1) + "\">") != std::string::npos);
      ++rows;
    }
    if (unit.kind == model::UnitKind::table) {
      CHECK(page.find("<thead>\n<tr id=\"" + model::sentence_id(unit.id, 1) + "\">") !=
            std::string::npos);
      ++intros;
    }
    if (unit.kind == model::UnitKind::checklist) {
      CHECK(page.find("<ul class=\"checklist\" id=\"" + model::sentence_id(unit.id, 1) +
                      "\" data-handout=\"table-sampler\">") != std::string::npos);
      ++intros;
    }
  }
  CHECK(rows == 9);
  CHECK(intros == 4);
}

TEST_CASE("the table sampler's checklist is five labelled check boxes - the clinic's two ticked") {
  const model::Handout handout = testing::read_table_sampler();
  const std::string page = web::render_page(handout, {"table-sampler.mp3", {}, {}}, {});
  static const std::regex box(
      "<input type=\"checkbox\" id=\"(u[0-9]+)-box\"( checked=\"checked\")?/><label "
      "for=\"(u[0-9]+)-box\" id=\"(u[0-9]+)\">");
  std::size_t boxes = 0, ticked = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), box); it != std::sregex_iterator();
       ++it) {
    CHECK((*it)[1] == (*it)[3]);
    CHECK((*it)[1] == (*it)[4]);
    ++boxes;
    ticked += (*it)[2].matched;
  }
  CHECK(boxes == 5);
  CHECK(ticked == 2);
  CHECK(page.find("\u2610") == std::string::npos);  // real boxes, not characters
}

TEST_CASE("the page's one script keeps a patient's ticks and its policy allows it") {
  const std::string page = web::render_page(testing::read_table_sampler(), {"t.mp3", {}, {}}, {});
  std::smatch script;
  REQUIRE(std::regex_search(page, script, std::regex("<script>([\\s\\S]*?)</script>")));
  CHECK(script[1].str() ==
        "\n" + std::string(web::read_along_script()) + web::offline_registration());
  CHECK(script[1].str().find("localStorage") != std::string::npos);
  CHECK(page.find("script-src " + web::source_hash(script[1].str()) + ";") != std::string::npos);
}

}  // namespace handout::test
