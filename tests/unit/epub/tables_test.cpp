// The table sampler's EPUB content (tests/data/table-content): each table's header row and
// rows are sentences of its document in reading order, a printed page that starts in a table
// is marked inside the first cell of the row it starts with, and a checklist has no form
// controls, only boxes with their state in words.
#include <algorithm>

#include "book_support.h"
#include "epub/content.h"
#include "lang/plan_words.h"
#include "sample_handout.h"

namespace handout::test {

TEST_CASE("a page that starts in a table is marked in the first cell of its row") {
  const model::Handout h = testing::read_table_sampler();
  const model::Plan plan = lang::plan_of(h);
  const model::TableWords& table = plan.tables.at(0);
  const epub::Book book =
      epub::build_book(h, {{1, "u1", 0, ""}, {2, table.rows.at(2), 0, ""}, {3, table.unit, 0, ""}});
  std::string body;
  std::vector<std::string> sentences;
  for (const epub::ContentDocument& d : book.documents) {
    body += d.body;
    sentences.insert(sentences.end(), d.sentences.begin(), d.sentences.end());
  }
  CHECK(body.find("<tr id=\"" + model::sentence_id(table.rows.at(2), 1) +
                  "\"><th scope=\"row\"><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" "
                  "id=\"page2\" aria-label=\"2\"/>Quad sets</th>") != std::string::npos);
  CHECK(body.find("<tr id=\"" + model::sentence_id(table.unit, 1) +
                  "\"><th scope=\"col\"><span epub:type=\"pagebreak\" role=\"doc-pagebreak\" "
                  "id=\"page3\" aria-label=\"3\"/>Exercise</th>") != std::string::npos);
  // The header row's sentence, then each row's, where the reading order has them.
  std::vector<std::string> expected{model::sentence_id(table.unit, 1)};
  for (const std::string& row : table.rows) expected.push_back(model::sentence_id(row, 1));
  const auto at = std::find(sentences.begin(), sentences.end(), expected.front());
  REQUIRE(at != sentences.end());
  CHECK(std::vector<std::string>(at, at + static_cast<std::ptrdiff_t>(expected.size())) ==
        expected);
  CHECK(body.find("<input") == std::string::npos);
  CHECK(body.find("<span class=\"box\" role=\"img\" aria-label=\"not done\">\u2610</span>") !=
        std::string::npos);
}

}  // namespace handout::test
