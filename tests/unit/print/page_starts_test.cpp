// Each printed page's first line names the model text it starts in, exactly: the EPUB's page
// list puts its page markers there.
#include "print/page_starts.h"

#include <doctest/doctest.h>

#include <map>

#include "layout_support.h"
#include "model/reading_order.h"

namespace handout::test {

namespace {

// Every Inlines of the handout, by address.
void collect(const std::vector<model::Block>& blocks, std::map<const void*, std::string>& out) {
  for (const model::Block& block : blocks) {
    if (const auto* p = std::get_if<model::Paragraph>(&block))
      out[&p->content] = model::plain_text(p->content);
    if (const auto* n = std::get_if<model::Note>(&block))
      out[&n->content] = model::plain_text(n->content);
    if (const auto* l = std::get_if<model::List>(&block))
      for (const model::Item& item : l->items) out[&item.content] = model::plain_text(item.content);
    if (const auto* s = std::get_if<model::Steps>(&block))
      for (const model::Item& item : s->items) out[&item.content] = model::plain_text(item.content);
    if (const auto* section = std::get_if<model::Section>(&block)) {
      out[&section->heading] = model::plain_text(section->heading);
      collect(section->blocks, out);
    }
  }
}

// A line's text without its list label.
std::string body_text(const print::Layout& layout, const print::PlacedLine& line) {
  std::string out;
  for (const print::Span& span : line.spans)
    if (layout.nodes[static_cast<std::size_t>(span.glyphs.node)].role != print::Role::lbl)
      out += span.glyphs.text;
  return out;
}

}  // namespace

TEST_CASE("every line's anchor is the byte offset of its text in the model text it shows") {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const model::Handout h = generated(seed);
    std::map<const void*, std::string> texts{{&h.title, model::plain_text(h.title)}};
    collect(h.body, texts);
    const print::Layout layout = lay(h);
    REQUIRE(layout.pages.size() > 2);
    std::size_t checked = 0;
    for (const print::Page& page : layout.pages) {
      for (const print::PlacedLine& line : page.lines) {
        const auto found = texts.find(line.anchor.source);
        if (found == texts.end()) continue;
        const std::string text = body_text(layout, line);
        CAPTURE(seed);
        CHECK(found->second.substr(line.anchor.offset, text.size()) == text);
        ++checked;
      }
    }
    CHECK(checked > 50);
  }
}

TEST_CASE("page starts - one per page and each at its page's first line") {
  const model::Handout h = generated(3);
  const print::Layout layout = lay(h);
  const std::vector<print::PageStart> starts = print::page_starts(layout);
  REQUIRE(starts.size() == layout.pages.size());
  for (std::size_t i = 0; i < starts.size(); ++i) {
    CHECK(starts[i].page == static_cast<int>(i) + 1);
    CHECK(starts[i].anchor == layout.pages[i].lines.front().anchor);
  }
  CHECK(starts.front().anchor == print::TextAnchor{&h.title, 0});
}

TEST_CASE("a page that starts in the contact block names the office it starts with") {
  model::Handout h = handout({section("S", 1, {paragraph("x")})});
  model::Contact& contact = std::get<model::Contact>(h.body.back());
  contact.clinic.offices.assign(12, contact.clinic.offices.front());
  const print::Layout layout = lay(h);
  const std::vector<print::PageStart> starts = print::page_starts(layout);
  REQUIRE(starts.size() >= 2);
  REQUIRE(starts.size() >= 3);
  for (std::size_t i = 1; i < starts.size(); ++i) {
    CHECK(starts[i].anchor.source == &contact);
    // The block too tall for a page starts one of its own (its heading keeps no more with the
    // section before it than that section's one line), then goes on between offices.
    if (i == 1 && starts[i].anchor.offset == 0) {
      CHECK(text_of(layout.pages[i].lines[0]) == "How to reach us");
      continue;
    }
    CHECK(starts[i].anchor.offset >= 2);
    // The page says the block goes on, then starts with the office.
    REQUIRE(layout.pages[i].lines.size() >= 2);
    CHECK(text_of(layout.pages[i].lines[0]) == "How to reach us (continued)");
    CHECK(text_of(layout.pages[i].lines[1]) == "Main Office");
  }
}

TEST_CASE("an author's line is anchored to the author") {
  model::Handout h = handout({paragraph("x")});
  h.authors = {{"Dr. Ana Example", {3, 1}}};
  const print::Layout layout = lay(h);
  bool found = false;
  for (const print::PlacedLine& line : layout.pages.front().lines)
    found = found || line.anchor == print::TextAnchor{&h.authors.front(), 0};
  CHECK(found);
}

TEST_CASE("page starts named by the reading order point at the page's first words") {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const model::Handout h = generated(seed);
    const print::Layout layout = lay(h);
    const std::vector<print::UnitPageStart> named =
        print::unit_page_starts(h, print::page_starts(layout));
    REQUIRE(named.size() == layout.pages.size());
    std::map<std::string, const model::Inlines*> texts;
    for (const model::Unit& unit : model::reading_order(h)) texts[unit.id] = unit.text;
    for (const print::UnitPageStart& start : named) {
      CAPTURE(start.page);
      const model::Inlines* text = texts.at(start.unit);
      if (text == nullptr) continue;  // the contact block
      const print::PlacedLine& line =
          layout.pages[static_cast<std::size_t>(start.page - 1)].lines.front();
      if (line.anchor.source != text) {  // a note's label: the page starts with the note
        CHECK(start.offset == 0);
        continue;
      }
      const std::string first = body_text(layout, line);
      CHECK(model::plain_text(*text).substr(start.offset, first.size()) == first);
    }
  }
}

TEST_CASE("a page starting in the contact block is named by the office's sentence") {
  model::Handout h = handout({section("S", 1, {paragraph("x")})});
  model::Contact& contact = std::get<model::Contact>(h.body.back());
  contact.clinic.offices.assign(12, contact.clinic.offices.front());
  const print::Layout layout = lay(h);
  const std::vector<print::UnitPageStart> named =
      print::unit_page_starts(h, print::page_starts(layout));
  REQUIRE(named.size() >= 2);
  CHECK(named[0] == print::UnitPageStart{1, "u1", 0, ""});
  const model::UnitIndex units(h);
  for (std::size_t i = 1; i < named.size(); ++i) {
    CHECK(named[i].unit == units.of(contact).id);
    CHECK(named[i].sentence.starts_with(units.of(contact).id + "-s"));
    if (i > 1) CHECK(named[i].sentence != units.of(contact).id + "-s1");  // page 2: its start
  }
}

TEST_CASE("a page the closing's lines start is named by its sentence there") {
  // More and more offices, until the date and the line of other formats start a page.
  int started = 0;
  for (std::size_t offices = 1; offices <= 12; ++offices) {
    CAPTURE(offices);
    model::Handout h = handout({section("S", 1, {paragraph("x")})});
    model::Contact& contact = std::get<model::Contact>(h.body.back());
    contact.clinic.offices.assign(offices, contact.clinic.offices.front());
    const print::Layout layout = lay(h);
    const std::vector<print::UnitPageStart> named =
        print::unit_page_starts(h, print::page_starts(layout));
    CHECK(named.size() == layout.pages.size());  // every page, the closing's too
    const print::PlacedLine& first = layout.pages.back().lines.front();
    if (first.anchor.source != &print::closing_source) continue;
    ++started;
    CHECK(named.back() == print::UnitPageStart{static_cast<int>(layout.pages.size()), "", 0,
                                               model::closing_sentence_id(first.anchor.offset)});
  }
  CHECK(started > 0);
}

}  // namespace handout::test
