// Exercises with their doses, notes of each kind (of text or of blocks) and links with words of
// their own map to the model exactly; every mistake in them is one message at its place.
#include <doctest/doctest.h>

#include "content/handout_reader.h"
#include "in_section.h"
#include "read_sample.h"
#include "string_vectors.h"

using namespace handout;
using testing::only_section;
using testing::read_body;
using testing::read_in_section;

namespace {

std::vector<std::string> errors_of(const std::string& blocks) {
  return testing::errors_in_section(blocks);
}

}  // namespace

TEST_CASE("an exercise keeps its name and blocks in order and one level below its section") {
  const auto result = read_in_section(
      "<exercise id=\"bridge\">\n"
      "  <name>Bridge <em>slowly</em></name>\n"
      "  <p>Lie down.</p>\n"
      "  <dose sets=\"2-3\" reps=\"8\u201312\" hold=\"5\" rest=\"30\" times=\"3\" per=\"week\" "
      "side=\"each\"/>\n"
      "  <note kind=\"tip\">Use a mat.</note>\n"
      "</exercise>\n"
      "<exercise><name>Heel slide</name><dose reps=\"10\"/></exercise>");
  const model::Section& section = only_section(result);
  REQUIRE(section.blocks.size() == 2);
  const auto& bridge = std::get<model::Exercise>(section.blocks[0]);
  CHECK(bridge.id == "bridge");
  CHECK(bridge.depth == 2);
  CHECK(bridge.at == model::Location{5, 1});
  CHECK(model::plain_text(bridge.name) == "Bridge slowly");
  REQUIRE(bridge.blocks.size() == 3);
  CHECK(std::holds_alternative<model::Paragraph>(bridge.blocks[0]));
  CHECK(std::get<model::Note>(bridge.blocks[2]).kind == model::NoteKind::tip);
  const model::Dose& dose = bridge.dose();
  CHECK(dose.sets == model::Count{2, 3});
  CHECK(dose.reps == model::Count{8, 12});
  CHECK(dose.hold_seconds == 5);
  CHECK(dose.rest_seconds == 30);
  CHECK(dose.times == model::Count{3, 3});
  CHECK(dose.per == model::Per::week);
  CHECK(dose.side == model::Side::each);
  CHECK(dose.at == model::Location{8, 3});
  const auto& heel = std::get<model::Exercise>(section.blocks[1]);
  CHECK(heel.id == "heel-slide");
  CHECK(heel.dose() ==
        model::Dose{
            {}, model::Count{10, 10}, {}, {}, {}, model::Per::day, {}, model::Location{11, 34}});
}

TEST_CASE("an exercise in the introduction is a part of its own at the first level") {
  const auto result = read_body(
      "<exercise><name>Walk</name><dose times=\"1\" per=\"day\"/></exercise>\n"
      "<section><heading>H</heading><p>x</p></section>");
  REQUIRE_MESSAGE(result.handout, result.report());
  const auto& walk = std::get<model::Exercise>(result.handout->body.front());
  CHECK(walk.depth == 1);
  CHECK(walk.dose().times == model::Count{1, 1});
  CHECK(walk.dose().per == model::Per::day);
}

TEST_CASE("an exercise id and a derived one share the section ids") {
  const auto result = read_body(
      "<section id=\"bridge\"><heading>Bridge</heading>\n"
      "<exercise><name>Bridge</name><dose reps=\"1\"/></exercise></section>");
  const auto& section = std::get<model::Section>(result.handout->body.front());
  CHECK(std::get<model::Exercise>(section.blocks[0]).id == "bridge-2");
  CHECK(errors_of("<exercise id=\"h\"><name>A</name><dose reps=\"1\"/></exercise>\n"
                  "<exercise id=\"h\"><name>B</name><dose reps=\"1\"/></exercise>") ==
        std::vector<std::string>{"sample.xml:6:11: exercise id 'h' is used twice in this handout"});
}

TEST_CASE("an exercise needs its name first and exactly one dose") {
  CHECK(errors_of("<exercise><p>Lift.</p><dose reps=\"1\"/></exercise>") ==
        std::vector<std::string>{"sample.xml:5:11: an <exercise> must start with its <name>"});
  CHECK(errors_of("<exercise><name>Bridge</name><p>Lift.</p></exercise>") ==
        std::vector<std::string>{
            "sample.xml:5:1: an <exercise> needs its <dose>, such as <dose sets=\"2\" "
            "reps=\"10\" times=\"3\" per=\"day\"/>"});
  CHECK(errors_of("<exercise><name>B</name><dose reps=\"1\"/><dose sets=\"2\"/></exercise>") ==
        std::vector<std::string>{
            "sample.xml:5:41: an <exercise> has one <dose>; put the whole dose in it"});
  CHECK(errors_of("<exercise><name>B</name><exercise/><dose reps=\"1\"/></exercise>") ==
        std::vector<std::string>{
            "sample.xml:5:25: <exercise> is not allowed here; an <exercise> holds its <name>, "
            "then <figure>, <p>, <list>, <steps>, <checklist>, <table>, <note> and one <dose>"});
  CHECK(errors_of("<exercise><name>B</name>Lift.<dose reps=\"1\"/></exercise>") ==
        std::vector<std::string>{
            "sample.xml:5:25: text is not allowed directly inside <exercise>; put it in a <p> "
            "or a <step>, or the exercise's <name>"});
}

TEST_CASE("each dose attribute is checked at its place with the fix") {
  const auto dose = [](const std::string& attributes) {
    return errors_of("<exercise><name>B</name><dose " + attributes + "/></exercise>");
  };
  using Messages = std::vector<std::string>;
  CHECK(dose("") == Messages{"sample.xml:5:25: <dose> says nothing; give at least one of sets, "
                             "reps, hold (seconds), rest (seconds), times (with per=\"day\" or "
                             "\"week\") and side"});
  CHECK(dose("reps=\"ten\"") ==
        Messages{"sample.xml:5:31: reps 'ten' is not a whole number or a range such as 8-12"});
  CHECK(dose("reps=\"12-8\"") == Messages{"sample.xml:5:31: reps '12-8' is not a range from a "
                                          "smaller number to a larger one; write 8-12"});
  CHECK(dose("sets=\"3-3\"") == Messages{"sample.xml:5:31: sets '3-3' is not a range from a "
                                         "smaller number to a larger one; write 3"});
  CHECK(dose("sets=\"0\"") ==
        Messages{"sample.xml:5:31: sets '0' is out of range; write 1 to 100"});
  CHECK(dose("reps=\"1000000\"") ==
        Messages{"sample.xml:5:31: reps '1000000' is out of range; write 1 to 1000"});
  CHECK(dose("hold=\"5-10\"") ==
        Messages{"sample.xml:5:31: hold '5-10' is not a whole number of seconds"});
  CHECK(dose("rest=\"-5\"") ==
        Messages{"sample.xml:5:31: rest '-5' is not a whole number of seconds"});
  CHECK(dose("reps=\"10\" per=\"week\"") ==
        Messages{"sample.xml:5:41: per says how often, with times: write times=\"3\" "
                 "per=\"week\""});
  CHECK(dose("times=\"2\" per=\"month\"") ==
        Messages{"sample.xml:5:41: per 'month' is not day or week"});
  CHECK(dose("reps=\"10\" side=\"alternate\"") ==
        Messages{"sample.xml:5:41: side 'alternate' is not each, both, left or right"});
  CHECK(dose("reps=\"10\" count=\"2\"") ==
        Messages{"sample.xml:5:41: unknown attribute 'count' on <dose>; delete it"});
  CHECK(errors_of("<exercise><name>B</name><dose>2 sets</dose></exercise>") ==
        Messages{"sample.xml:5:31: text is not allowed directly inside <dose>; write the dose "
                 "in its attributes, such as <dose sets=\"2\" reps=\"10\"/>"});
}

TEST_CASE("a note has a kind and its text or its blocks") {
  const auto result = read_in_section(
      "<note kind=\"emergency\">Call 911.</note>\n"
      "<note kind=\"warning\"><p>Stop if:</p><list><item>it hurts</item></list>"
      "<steps><step>Sit.</step></steps></note>\n"
      "<note>Important.</note>");
  const model::Section& section = only_section(result);
  REQUIRE(section.blocks.size() == 3);
  const auto& emergency = std::get<model::Note>(section.blocks[0]);
  CHECK(emergency.kind == model::NoteKind::emergency);
  CHECK(model::plain_text(emergency.content) == "Call 911.");
  CHECK(emergency.blocks.empty());
  const auto& warning = std::get<model::Note>(section.blocks[1]);
  CHECK(warning.kind == model::NoteKind::warning);
  CHECK(warning.content.empty());
  REQUIRE(warning.blocks.size() == 3);
  CHECK(std::holds_alternative<model::Paragraph>(warning.blocks[0]));
  CHECK(std::get<model::List>(warning.blocks[1]).items.size() == 1);
  CHECK(std::get<model::Steps>(warning.blocks[2]).items.size() == 1);
  CHECK(std::get<model::Note>(section.blocks[2]).kind == model::NoteKind::important);
}

TEST_CASE("a note's kind is one of three and its blocks stand alone") {
  using Messages = std::vector<std::string>;
  CHECK(errors_of("<note kind=\"danger\">Stop.</note>") ==
        Messages{"sample.xml:5:7: kind 'danger' is not a kind of note; use emergency, warning or "
                 "tip, or leave kind out for an important note"});
  CHECK(errors_of("<note kind=\"tip\">Stop if: <list><item>x</item></list></note>") ==
        Messages{"sample.xml:5:18: text is not allowed directly inside <note>; put it in an "
                 "element such as <p>"});
  CHECK(errors_of("<note><p>x</p><note>y</note></note>") ==
        Messages{"sample.xml:5:15: <note> is not allowed here; a <note> holds text, or blocks: "
                 "<p>, <list> and <steps>"});
  CHECK(errors_of("<note><p>x</p><em>y</em></note>") ==
        Messages{"sample.xml:5:15: <em> is not allowed here; a <note> holds text, or blocks: "
                 "<p>, <list> and <steps>"});
}

TEST_CASE("a link with words keeps its words as text and its address as href") {
  const auto result = read_in_section(
      "<p>Watch <web href=\" https://www.example.org/videos/pendulum \">the pendulum\n"
      "  video</web> or <web>www.example.org</web>.</p>");
  const auto& paragraph = std::get<model::Paragraph>(only_section(result).blocks.front());
  REQUIRE(paragraph.content.size() == 5);
  const model::Run& words = paragraph.content[1];
  CHECK(words.kind == model::RunKind::web);
  CHECK(words.text == "the pendulum video");
  CHECK(words.href == "https://www.example.org/videos/pendulum");
  CHECK(words.address() == "https://www.example.org/videos/pendulum");
  const model::Run& bare = paragraph.content[3];
  CHECK(bare.href.empty());
  CHECK(bare.address() == "www.example.org");
}

TEST_CASE("words in a web without href are refused with href as the fix") {
  using Messages = std::vector<std::string>;
  CHECK(errors_of("<p>See the <web>pendulum video</web>.</p>") ==
        Messages{"sample.xml:5:12: 'pendulum video' is not a web address: an address has no "
                 "spaces; write the address (www.example.org/video) in <web>, or the words "
                 "without <web>; to give a link words of its own, write the address in href: "
                 "<web href=\"https://…\">pendulum video</web>"});
  CHECK(errors_of("<p>See <web href=\"  \">the video</web>.</p>") ==
        Messages{"sample.xml:5:13: href is empty; write the address the words link to"});
  CHECK(errors_of("<p>See <web href=\"javascript:alert(1)\">the video</web>.</p>") ==
        Messages{"sample.xml:5:8: a <web> address opens a web page: 'javascript:' links are not "
                 "allowed; write an address that starts with https:// or with its host "
                 "(www.example.org)"});
}
