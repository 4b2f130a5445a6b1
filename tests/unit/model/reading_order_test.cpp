// The reading order every writer and the speech script share: ids, kinds, depths, lookups.
#include "model/reading_order.h"

#include <doctest/doctest.h>

#include "read_sample.h"

namespace handout::test {

namespace {

const char* const sample = R"(<handout id="sample" lang="en-US">
<title>Title</title>
<subtitle>Sub</subtitle>
<author>A One</author>
<p>Intro.</p>
<section>
<heading>First</heading>
<list><item>One</item><item>Two</item></list>
<section><heading>Inner</heading><steps><step>Do.</step></steps></section>
<note>Careful.</note>
</section>
<contact/>
</handout>
)";

}  // namespace

TEST_CASE("reading order lists every text unit with ids in order") {
  const testing::ReadResult read = testing::read_text(sample);
  REQUIRE_MESSAGE(read.handout, read.report());
  const model::Handout& h = *read.handout;
  const std::vector<model::Unit> units = model::reading_order(h);
  using K = model::UnitKind;
  const std::vector<K> kinds{K::title, K::subtitle, K::byline, K::paragraph, K::heading, K::item,
                             K::item,  K::heading,  K::step,   K::note,      K::contact};
  REQUIRE(units.size() == kinds.size());
  for (std::size_t i = 0; i < units.size(); ++i) {
    CHECK(units[i].kind == kinds[i]);
    CHECK(units[i].id == "u" + std::to_string(i + 1));
  }
  CHECK(units[0].text == &h.title);
  CHECK(units[1].text == &*h.subtitle);
  CHECK(units[2].text == nullptr);
  CHECK(model::plain_text(*units[3].text) == "Intro.");
  CHECK(units[3].depth == 0);
  const auto& section = std::get<model::Section>(h.body[1]);
  CHECK(units[4].block == &h.body[1]);
  CHECK(units[4].text == &section.heading);
  CHECK(units[4].depth == 1);
  CHECK(units[5].block == &section.blocks[0]);
  CHECK(units[5].depth == 1);
  CHECK(units[7].depth == 2);
  CHECK(model::plain_text(*units[8].text) == "Do.");
  CHECK(units[8].depth == 2);
  CHECK(units[9].depth == 1);
  CHECK(units[10].text == nullptr);
  CHECK(std::holds_alternative<model::Contact>(*units[10].block));
}

TEST_CASE("a unit is found by the address of its text or contact block") {
  const testing::ReadResult read = testing::read_text(sample);
  REQUIRE(read.handout);
  const model::Handout& h = *read.handout;
  const model::UnitIndex index(h);
  CHECK(index.of(h.title).id == "u1");
  const auto& section = std::get<model::Section>(h.body[1]);
  const auto& list = std::get<model::List>(section.blocks[0]);
  CHECK(index.of(list.items[1].content).id == "u7");
  CHECK(index.of(std::get<model::Contact>(h.body[2])).id == "u11");
  REQUIRE(index.byline());
  CHECK(index.byline()->id == "u3");
  const model::Inlines stranger = h.title;  // a copy: not the handout's
  CHECK_THROWS_AS((void)index.of(stranger), std::out_of_range);
}

TEST_CASE("sentence ids name the unit and count from 1") {
  CHECK(model::sentence_id("u7", 2) == "u7-s2");
  CHECK(model::contact_sentence_id("u9", -1) == "u9-s1");
  CHECK(model::contact_sentence_id("u9", 0) == "u9-s2");
  CHECK(model::contact_sentence_id("u9", 2) == "u9-s4");
}

TEST_CASE("a handout without subtitle or author has no such units") {
  const testing::ReadResult read =
      testing::read_body("<section><heading>H</heading><p>Only.</p></section>");
  REQUIRE_MESSAGE(read.handout, read.report());
  const model::UnitIndex index(*read.handout);
  CHECK(index.byline() == nullptr);
  REQUIRE(index.units().size() == 4);  // title, heading, paragraph, the implied contact block
  CHECK(index.units()[3].kind == model::UnitKind::contact);
}

}  // namespace handout::test
