// The text document: every word of the handout, every sentence the recording speaks as an
// element with its id, in reading order, and the parts and headings the SMIL files and
// ncc.html are made of.
#include <algorithm>

#include "daisy_support.h"
#include "element_id_headings.h"
#include "lang/sentences.h"
#include "model/reading_order.h"

namespace handout::test {

namespace {

// The ids of every element with one, in document order.
void ids(const pugi::xml_node& node, std::vector<std::string>& out) {
  for (const pugi::xml_node& child : node.children()) {
    if (const pugi::xml_attribute id = child.attribute("id")) out.push_back(id.value());
    ids(child, out);
  }
}

std::string squeeze(const std::string& text) {
  std::string out;
  for (const char c : text)
    if (c != ' ' && c != '\n') out += c;
  return out;
}

pugi::xml_document document(const model::Handout& h, const daisy::TextDocument& text) {
  return parse(daisy::xhtml_document(model::plain_text(h.title), h.lang.tag, text.body));
}

// What the recording speaks, from the reading order: its table of contents after the byline,
// the units' sentences, its closing.
std::vector<std::string> spoken_sentences(const model::Handout& h) {
  std::vector<std::string> expected;
  bool contents = false;
  const auto add_contents = [&] {
    const std::size_t parts = model::listed_parts(h).size();  // named when there are few
    for (std::size_t k = 1; k <= (parts > model::max_listed_parts ? 1 : parts + 1); ++k)
      expected.push_back(model::contents_sentence_id(k));
    contents = true;
  };
  for (const model::Unit& unit : model::reading_order(h)) {
    if (unit.block && !contents) add_contents();
    if (unit.text) {
      for (const lang::Sentence& s : lang::split_sentences(*unit.text, h.lang, unit.id))
        expected.push_back(s.id);
    } else if (unit.kind == model::UnitKind::byline) {
      expected.push_back(model::sentence_id(unit.id, 1));
    } else {
      expected.push_back(model::contact_sentence_id(unit.id, -1));
      const auto& offices = std::get<model::Contact>(*unit.block).clinic.offices;
      for (std::size_t k = 0; k < offices.size(); ++k)
        expected.push_back(model::contact_sentence_id(unit.id, static_cast<int>(k)));
    }
  }
  if (!contents) add_contents();
  for (std::size_t k = 1; k <= (h.revised ? 4 : 3); ++k)
    expected.push_back(model::closing_sentence_id(k));
  return expected;
}

}  // namespace

TEST_CASE("the parts are the opening - each top-level section - the contact and the closing") {
  const daisy::TextDocument text = daisy::build_text(read_sample());
  std::vector<std::string> parts;
  for (const daisy::Part& part : text.parts) parts.push_back(part.smil + " " + part.title);
  CHECK(parts == std::vector<std::string>{"opening.smil Knee care", "s1.smil At home",
                                          "contact.smil How to reach us", "s2.smil Exercises",
                                          "closing.smil This is the end of the recording"});
}

TEST_CASE("every section is a heading at its depth - the contact and closing top-level ones") {
  const daisy::TextDocument text = daisy::build_text(read_sample());
  std::vector<std::string> headings;
  for (const daisy::Part& part : text.parts)
    for (const daisy::Heading& h : part.headings)
      headings.push_back(std::to_string(h.level) + " " + h.id + " " + h.sentence + " " + h.title);
  CHECK(headings == std::vector<std::string>{"1 u1 u1-s1 Knee care", "1 u5 u5-s1 At home",
                                             "2 u8 u8-s1 Ice", "3 u10 u10-s1 How long",
                                             "1 u13 u13-s1 How to reach us",
                                             "1 u14 u14-s1 Exercises",
                                             "1 closing closing-s1 This is the end of the "
                                             "recording"});
}

TEST_CASE("every sentence the recording speaks has an element with its id - in order") {
  const model::Handout h = read_sample();
  const daisy::TextDocument text = daisy::build_text(h);
  const std::vector<std::string> expected = spoken_sentences(h);
  CHECK(sentence_ids(text) == expected);
  std::vector<std::string> found, sentences;
  ids(document(h, text), found);
  for (const std::string& id : found)
    if (id.find("-s") != std::string::npos) sentences.push_back(id);
  CHECK(sentences == expected);
}

TEST_CASE("every id of the text document is unique") {
  const model::Handout h = read_sample();
  std::vector<std::string> found;
  ids(document(h, daisy::build_text(h)), found);
  std::sort(found.begin(), found.end());
  CHECK(std::adjacent_find(found.begin(), found.end()) == found.end());
}

TEST_CASE("headings that would derive the book's own ids give their sections others") {
  const model::Handout h = read_sample(element_id_headings_handout());
  const daisy::TextDocument text = daisy::build_text(h);
  check_element_ids(daisy::xhtml_document(model::plain_text(h.title), h.lang.tag, text.body), h);
}

TEST_CASE("the text document shows every word of the handout in order") {
  const model::Handout h = read_sample();
  const pugi::xml_document doc = document(h, daisy::build_text(h));
  CHECK(std::string(doc.child("html").child("head").child_value("title")) == "Knee care");
  CHECK(squeeze(all_text(doc.child("html").child("body"))) ==
        squeeze("Knee care After your visit By Ana Example and Ben Example "
                "This recording has 3 parts: At home How to reach us Exercises "
                "Rest today. Ice helps & so does gentle walking. At home "
                "Walk daily. Call (207) 555-0100 if it hurts. Ice Wrap the ice. "
                "Hold it there. How long Twenty minutes at most. Important Stop if it hurts. "
                "How to reach us Sample Clinic (207) 555-0100 Exercises Bend the knee ten "
                "times. Then rest. This handout was revised on November 26, 2026. This handout is "
                "available in these formats: large print, audio recording, web page, e-book with "
                "audio, talking book, and braille; ask for them at the front desk. This is the "
                "end of the recording: Knee care. Thank you for listening."));
}

TEST_CASE(
    "headings sit below the title by depth as in every format - a sentence's span inside each") {
  const model::Handout h = read_sample();
  const pugi::xml_document doc = document(h, daisy::build_text(h));
  std::vector<std::string> headings;
  pugi::xpath_node_set found = doc.select_nodes("//h1|//h2|//h3|//h4");
  found.sort();  // in document order
  for (const pugi::xpath_node& n : found)
    headings.push_back(std::string(n.node().name()) + " " + all_text(n.node()));
  CHECK(headings == std::vector<std::string>{"h1 Knee care", "h2 At home", "h3 Ice", "h4 How long",
                                             "h2 How to reach us", "h2 Exercises"});
  const pugi::xml_node ice = doc.select_node("//h3").node();
  CHECK(std::string(ice.attribute("id").value()) == "u8");
  CHECK(std::string(ice.child("span").attribute("id").value()) == "u8-s1");
}

TEST_CASE("above 8 parts the opening says how many there are - as the recording does") {
  std::string xml = "<handout id=\"sample\" lang=\"es\"><title>Muchas</title><p>Hola.</p>";
  for (int i = 1; i <= 9; ++i)
    xml += "<section><heading>Parte " + std::to_string(i) + "</heading><p>Texto.</p></section>";
  const model::Handout h = read_sample(xml + "</handout>\n");
  const daisy::TextDocument text = daisy::build_text(h);
  CHECK(text.parts.front().sentences == std::vector<std::string>{"u1-s1", "contents-s1", "u2-s1"});
  CHECK(text.parts.back().title == "Fin de la grabación");
  CHECK(text.parts.back().sentences ==
        std::vector<std::string>{"closing-s1", "closing-s2", "closing-s3"});  // not revised
  CHECK(sentence_ids(text) == spoken_sentences(h));
}

TEST_CASE("emphasis is bold not italic in the text document as in print") {
  const pugi::xml_document doc = parse(daisy::xhtml_document("T", "en-US", "<p>x</p>\n"));
  CHECK(std::string(doc.select_node("//style").node().child_value()) ==
        "em{font-style:normal;font-weight:bold}");
}

}  // namespace handout::test
