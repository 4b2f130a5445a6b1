// A part's SMIL 1.0 file: a <par> per sentence, its text in the text document and its clip of
// the recording; the head's times add up; master.smil lists the parts in order.
#include "daisy/smil.h"

#include <map>
#include <set>
#include <stdexcept>

#include "daisy_support.h"

namespace handout::test {

namespace {

const daisy::SmilContext context{"urn:uuid:x", "Knee care", "handout", "sample.mp3",
                                 "content.html"};

const daisy::Part part{"s1.smil", "At home", {"u6-s1", "u7-s1", "u7-s2"}, {}};

std::map<std::string, daisy::Clip> clips() {
  return {{"u6-s1", {"u6-s1", 61'000, 62'500}},
          {"u7-s1", {"u7-s1", 62'500, 64'000}},
          {"u7-s2", {"u7-s2", 64'000, 66'250}}};
}

}  // namespace

TEST_CASE("a SMIL file has a par per sentence - text then audio - in reading order") {
  const daisy::Smil smil = daisy::make_smil(part, clips(), context, 61'000);
  CHECK(smil.name == "s1.smil");
  CHECK(
      smil.xml.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE smil PUBLIC "
                           "\"-//W3C//DTD SMIL 1.0//EN\""));
  const pugi::xml_document doc = parse(smil.xml);
  const pugi::xml_node seq = doc.child("smil").child("body").child("seq");
  std::vector<std::string> pars;
  for (const pugi::xml_node& par : seq.children("par")) {
    pars.push_back(par.attribute("id").value());
    CHECK(std::string(par.attribute("endsync").value()) == "last");
    CHECK(std::string(par.first_child().name()) == "text");
    CHECK(std::string(par.last_child().name()) == "audio");
    CHECK(std::string(par.child("text").attribute("src").value()) == "content.html#" + pars.back());
    CHECK(std::string(par.child("audio").attribute("src").value()) == "sample.mp3");
  }
  CHECK(pars == part.sentences);
  const pugi::xml_node last = seq.last_child().child("audio");
  CHECK(std::string(last.attribute("clip-begin").value()) == "npt=64.000s");
  CHECK(std::string(last.attribute("clip-end").value()) == "npt=66.250s");
}

TEST_CASE("a SMIL file's head gives its duration and the time before it") {
  const daisy::Smil smil = daisy::make_smil(part, clips(), context, 61'000);
  CHECK(smil.duration == 5'250);
  const pugi::xml_document doc = parse(smil.xml);
  const pugi::xml_node head = doc.child("smil").child("head");
  CHECK(meta(head, "dc:format") == "Daisy 2.02");
  CHECK(meta(head, "dc:identifier") == "urn:uuid:x");
  CHECK(meta(head, "dc:title") == "Knee care");
  CHECK(meta(head, "title") == "At home");
  CHECK(meta(head, "ncc:totalElapsedTime") == "00:01:01");
  CHECK(meta(head, "ncc:timeInThisSmil") == "00:00:05");
  CHECK(std::string(head.child("layout").child("region").attribute("id").value()) == "txtView");
  CHECK(std::string(doc.child("smil").child("body").child("seq").attribute("dur").value()) ==
        "5.250s");
}

TEST_CASE("every id of a SMIL file is unique") {
  const pugi::xml_document doc = parse(daisy::make_smil(part, clips(), context, 0).xml);
  std::set<std::string> seen;
  for (const pugi::xpath_node& node : doc.select_nodes("//*[@id]")) {
    CAPTURE(node.node().attribute("id").value());
    CHECK(seen.insert(node.node().attribute("id").value()).second);
  }
  CHECK(seen.size() == 10);  // the region, and a par, text and audio per sentence
}

TEST_CASE("a sentence without a clip is refused") {
  std::map<std::string, daisy::Clip> some = clips();
  some.erase("u7-s1");
  CHECK_THROWS_AS(daisy::make_smil(part, some, context, 0), std::invalid_argument);
}

TEST_CASE("master.smil refers to each SMIL file in order - with their total time") {
  const daisy::Smil first =
      daisy::make_smil({"opening.smil", "Knee care", {"u6-s1"}, {}}, clips(), context, 0);
  const daisy::Smil second = daisy::make_smil(part, clips(), context, first.duration);
  const pugi::xml_document doc = parse(daisy::master_smil({first, second}, context));
  std::vector<std::string> refs;
  for (const pugi::xml_node& ref : doc.child("smil").child("body").children("ref"))
    refs.push_back(std::string(ref.attribute("src").value()) + " " +
                   ref.attribute("title").value());
  CHECK(refs == std::vector<std::string>{"opening.smil Knee care", "s1.smil At home"});
  CHECK(meta(doc.child("smil").child("head"), "ncc:timeInThisSmil") == "00:00:07");
}

}  // namespace handout::test
