// The table sampler as a talking book (tests/data/table-content), with made-up recording
// times: its text has the tables and the checklist in XHTML 1.0, and its SMIL files play each
// table's introduction (on the header row), each row and the checklist's introduction.
#include <set>

#include "daisy_support.h"
#include "lang/plan_words.h"
#include "sample_handout.h"

namespace handout::test {

TEST_CASE("the SMIL of the table sampler plays each table's header row and rows and its list") {
  const model::Handout h = testing::read_table_sampler();
  const model::Plan plan = lang::plan_of(h);
  const daisy::Book book = daisy::make_book(h, made_up_timing(h), 0);
  std::string smil, content;
  for (const daisy::Document& d : book.documents) {
    if (d.name.ends_with(".smil")) smil += d.text;
    if (d.name == "content.html") content = d.text;
  }
  std::vector<std::string> played;
  for (const model::TableWords& table : plan.tables) {
    played.push_back(model::sentence_id(table.unit, 1));
    for (const std::string& row : table.rows) played.push_back(model::sentence_id(row, 1));
  }
  played.push_back(model::sentence_id(plan.checklists.at(0).unit, 1));
  CHECK(played.size() == 13);
  for (const std::string& id : played) {
    CAPTURE(id);
    CHECK(smil.find("<text src=\"content.html#" + id + "\"") != std::string::npos);
  }
  const pugi::xml_document doc = parse(content);
  CHECK(doc.select_nodes("//table").size() == 3);
  CHECK(doc.select_nodes("//th[@scope='row']").size() == 9);
  CHECK(doc.select_nodes("//ul[@class='checklist']/li/span[@class='box']").size() == 5);
  CHECK(doc.select_nodes("//span[@class='box'][@title='done']").size() == 2);
  CHECK(content.find("<input") == std::string::npos);
  CHECK(content.find("data-") == std::string::npos);
  CHECK(content.find("aria-") == std::string::npos);
}

}  // namespace handout::test
