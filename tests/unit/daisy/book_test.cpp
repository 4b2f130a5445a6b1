// The whole book: its documents in order, the SMIL files tiling the recording, ncc.html's
// totals, and a recording that is not the text's refused.
#include <stdexcept>

#include "daisy/book_files.h"
#include "daisy/clock.h"
#include "daisy_support.h"

namespace handout::test {

namespace {

std::string text_of(const daisy::Book& book, const std::string& name) {
  for (const daisy::Document& d : book.documents)
    if (d.name == name) return d.text;
  FAIL("no document " << name);
  return {};
}

}  // namespace

TEST_CASE("the book is ncc.html - the text - master.smil and a SMIL file per part") {
  const model::Handout h = read_sample();
  const daisy::Book book = daisy::make_book(h, made_up_timing(h), 0);
  std::vector<std::string> names;
  for (const daisy::Document& d : book.documents) names.push_back(d.name);
  CHECK(names == std::vector<std::string>{"ncc.html", "content.html", "master.smil", "opening.smil",
                                          "s1.smil", "contact.smil", "s2.smil", "closing.smil"});
  CHECK(book.headings == 7);
  CHECK(book.sentences == made_up_timing(h).clips.size());
}

TEST_CASE("the SMIL files tile the recording - their times add up to ncc:totalTime") {
  const model::Handout h = read_sample();
  daisy::Timing timing = made_up_timing(h);
  timing.duration += 400;  // the recording goes on after the last sentence's mark
  const daisy::Book book = daisy::make_book(h, timing, 0);
  CHECK(book.duration == timing.duration);
  const pugi::xml_document ncc = parse(text_of(book, "ncc.html"));
  const pugi::xml_node head = ncc.child("html").child("head");
  CHECK(meta(head, "ncc:totalTime") == daisy::hms_value(timing.duration));
  CHECK(meta(head, "ncc:files") == "9");  // the eight documents and the recording
  CHECK(meta(head, "ncc:tocItems") == "7");
  CHECK(meta(head, "dc:date") == "2026-11-26");
  CHECK(meta(head, "dc:publisher") == "Sample Clinic");
  const pugi::xml_document last = parse(text_of(book, "closing.smil"));
  CHECK(std::string(last.select_node("//par[last()]/audio").node().attribute("clip-end").value()) ==
        daisy::npt_value(timing.duration));
  const pugi::xml_document first = parse(text_of(book, "opening.smil"));
  CHECK(std::string(first.select_node("//par/audio").node().attribute("clip-begin").value()) ==
        "npt=0.000s");
}

TEST_CASE("each heading of ncc.html points at the par of its first sentence") {
  const model::Handout h = read_sample();
  const daisy::Book book = daisy::make_book(h, made_up_timing(h), 0);
  const pugi::xml_document ncc = parse(text_of(book, "ncc.html"));
  std::size_t checked = 0;
  for (const pugi::xml_node& heading : ncc.child("html").child("body").children()) {
    const std::string href = heading.child("a").attribute("href").value();
    const std::size_t hash = href.find('#');
    REQUIRE(hash != std::string::npos);
    const pugi::xml_document smil = parse(text_of(book, href.substr(0, hash)));
    const std::string id = href.substr(hash + 1);
    CAPTURE(href);
    CHECK(smil.select_node(("//par[@id='" + id + "']").c_str()));
    ++checked;
  }
  CHECK(checked == 7);
}

TEST_CASE("the same handout and recording make the same bytes") {
  const model::Handout h = read_sample();
  const daisy::Book a = daisy::make_book(h, made_up_timing(h), 0);
  const daisy::Book b = daisy::make_book(h, made_up_timing(h), 0);
  REQUIRE(a.documents.size() == b.documents.size());
  for (std::size_t i = 0; i < a.documents.size(); ++i)
    CHECK(a.documents[i].text == b.documents[i].text);
}

TEST_CASE("a handout without a revision date is dated by the build's epoch") {
  std::string xml = sample_handout;
  xml.replace(xml.find(" revised=\"2026-11-26\""), 21, "");
  const model::Handout h = read_sample(xml);
  const daisy::Book book = daisy::make_book(h, made_up_timing(h), 86'400 * 365);
  CHECK(meta(parse(text_of(book, "ncc.html")).child("html").child("head"), "dc:date") ==
        "1971-01-01");
}

TEST_CASE("a recording whose sentences are not the text's is refused") {
  const model::Handout h = read_sample();
  daisy::Timing missing = made_up_timing(h);
  missing.clips.pop_back();
  CHECK_THROWS_AS(daisy::make_book(h, missing, 0), std::invalid_argument);
  daisy::Timing extra = made_up_timing(h);
  extra.clips.push_back({"u99-s1", extra.duration, extra.duration});
  CHECK_THROWS_AS(daisy::make_book(h, extra, 0), std::invalid_argument);
  daisy::Timing swapped = made_up_timing(h);
  std::swap(swapped.clips[3].id, swapped.clips[4].id);
  CHECK_THROWS_AS(daisy::make_book(h, swapped, 0), std::invalid_argument);
}

}  // namespace handout::test
