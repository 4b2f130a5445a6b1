// What issue 24 added to the handout's text, as every XHTML format shows it: a figure's picture
// with its description as alt text and its caption; an exercise as a section named by its
// heading; a dose as its printed line, one sentence; a note's label as visible text that names
// the note; a link with words of its own.
#include <doctest/doctest.h>

#include <pugixml.hpp>
#include <set>
#include <sstream>

#include "lang/plan_words.h"
#include "model/reading_order.h"
#include "read_sample.h"
#include "sample_handout.h"
#include "xhtml/renderer.h"

namespace handout::test {

namespace {

// The blocks of type T in reading order, inside sections, exercises and notes too.
template <class T>
void collect(const std::vector<model::Block>& blocks, std::vector<const T*>& out) {
  for (const model::Block& block : blocks) {
    if (const auto* found = std::get_if<T>(&block)) out.push_back(found);
    if (const auto* section = std::get_if<model::Section>(&block)) collect(section->blocks, out);
    if (const auto* exercise = std::get_if<model::Exercise>(&block)) collect(exercise->blocks, out);
    if (const auto* note = std::get_if<model::Note>(&block)) collect(note->blocks, out);
  }
}

template <class T>
std::vector<const T*> blocks_of(const model::Handout& handout) {
  std::vector<const T*> out;
  collect(handout.body, out);
  return out;
}

// Every sentence the renderer shows, in order.
class ShownSentences final : public xhtml::Marks {
 public:
  std::vector<std::string> ids;
  void shown(std::string_view sentence) override { ids.emplace_back(sentence); }
};

// The whole text of a handout as the renderer writes it, in one <body> element.
std::string rendered(const model::Handout& handout, xhtml::Markup markup = xhtml::Markup::html5,
                     xhtml::Marks* marks = nullptr, const xhtml::PictureFiles* pictures = nullptr) {
  const model::Plan plan = lang::plan_of(handout);
  xhtml::Marks none;
  xhtml::Renderer r(handout, plan, marks ? *marks : none, markup, pictures);
  // One call a statement: the renderer reports the sentences in the order it is called.
  std::string out = "<body>";
  out += r.title();
  out += r.byline();
  out += r.contents([&](const model::Block& b) { return "#" + r.anchor(b); });
  for (const model::Block& b : handout.body) out += r.block(b);
  return out + r.closing() + "</body>";
}

pugi::xml_document parsed(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result result = doc.load_string(xml.c_str());
  INFO(xml);
  REQUIRE_MESSAGE(result, result.description());
  return doc;
}

pugi::xml_node by_id(const pugi::xml_document& doc, const std::string& id) {
  const pugi::xml_node node = doc.find_node(
      [&](const pugi::xml_node& n) { return std::string(n.attribute("id").value()) == id; });
  INFO(id);
  REQUIRE(node);
  return node;
}

std::string text_below(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& child : node.children())
    out += child.type() == pugi::node_pcdata ? std::string(child.value()) : text_below(child);
  return out;
}

std::string markup_of(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

model::Handout read_in_exercise_content(const std::string& body) {
  const testing::ReadResult read =
      testing::read_text("<handout id=\"pictures\" lang=\"en-US\">\n<title>T</title>\n" + body +
                             "\n<section><heading>H</heading><p>P.</p></section>\n</handout>\n",
                         "pictures", testing::exercise_content());
  REQUIRE_MESSAGE(read.handout, read.report());
  return *read.handout;
}

}  // namespace

TEST_CASE("a figure is the picture with its description as alt text and its caption") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const std::vector<const model::Figure*> figures = blocks_of<model::Figure>(h);
  REQUIRE(figures.size() == 2);
  const model::Figure& pendulum = *figures[0];
  const pugi::xml_node figure = by_id(doc, units.of(pendulum.description).id);
  CHECK(std::string(figure.name()) == "figure");
  const pugi::xml_node img = figure.child("img");
  CHECK(std::string(img.attribute("src").value()) == "exercise-sampler.picture-1.png");
  CHECK(std::string(img.attribute("alt").value()) == model::plain_text(pendulum.description));
  CHECK(img.attribute("width").as_int() == pendulum.picture.width);
  CHECK(img.attribute("height").as_int() == pendulum.picture.height);
  const pugi::xml_node caption = figure.child("figcaption");
  CHECK(std::string(caption.attribute("id").value()) == units.of(*pendulum.caption).id);
  CHECK(text_below(caption) == model::plain_text(*pendulum.caption));
  // The bridge is a JPEG and has no caption.
  const pugi::xml_node bridge = by_id(doc, units.of(figures[1]->description).id);
  CHECK(std::string(bridge.child("img").attribute("src").value()) ==
        "exercise-sampler.picture-2.jpg");
  CHECK_FALSE(bridge.child("figcaption"));
}

TEST_CASE("a description's sentences are spans out of sight and out of the accessibility tree") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const model::Figure& pendulum = *blocks_of<model::Figure>(h)[0];
  const std::string unit = units.of(pendulum.description).id;
  const pugi::xml_node hidden = by_id(doc, model::sentence_id(unit, 1));
  CHECK(std::string(hidden.attribute("class").value()) == "description");
  CHECK(std::string(hidden.attribute("aria-hidden").value()) == "true");
  CHECK(text_below(hidden) == model::plain_text(pendulum.description));
  // Before the picture, so that a style sheet can mark it while the sentence is spoken.
  CHECK(std::string(hidden.parent().attribute("id").value()) == unit);
  CHECK(std::string(hidden.next_sibling().name()) == "img");
  // The alt text says it: a second reading would repeat it, so nothing in it can be focused.
  CHECK_FALSE(
      hidden.find_node([](const pugi::xml_node& n) { return std::string(n.name()) == "a"; }));
}

TEST_CASE("a talking book shows a description as a paragraph labelled as the recording says it") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h, xhtml::Markup::xhtml1));
  const model::Figure& pendulum = *blocks_of<model::Figure>(h)[0];
  const pugi::xml_node figure = by_id(doc, units.of(pendulum.description).id);
  CHECK(markup_of(figure).starts_with("<div class=\"figure\""));
  CHECK(std::string(figure.child("img").attribute("alt").value()) ==
        model::plain_text(pendulum.description));
  const pugi::xml_node description = figure.find_child_by_attribute("p", "class", "description");
  CHECK(std::string(description.child("strong").child_value()) == "Picture:");
  CHECK(text_below(description.child("span")) == model::plain_text(pendulum.description));
  const pugi::xml_node caption = by_id(doc, units.of(*pendulum.caption).id);
  CHECK(markup_of(caption).starts_with("<p id=\"" + units.of(*pendulum.caption).id +
                                       "\" class=\"caption\">"));
}

TEST_CASE("each distinct picture is one file numbered in reading order") {
  const model::Handout h = read_in_exercise_content(
      "<figure src=\"images/bridge.jpg\"><description>A bridge.</description></figure>\n"
      "<figure src=\"images/pendulum.png\"><description>A pendulum.</description></figure>\n"
      "<figure src=\"images/bridge.jpg\"><description>The bridge again.</description></figure>");
  const xhtml::PictureFiles files(h);
  REQUIRE(files.files().size() == 2);
  CHECK(files.files()[0].name == "pictures.picture-1.jpg");
  CHECK(files.files()[0].media_type == "image/jpeg");
  CHECK(files.files()[1].name == "pictures.picture-2.png");
  CHECK(files.files()[1].media_type == "image/png");
  CHECK(files.files()[0].bytes.size() == files.files()[0].figure->picture.bytes->size());
  const std::vector<const model::Figure*> figures = blocks_of<model::Figure>(h);
  CHECK(&files.of(figures[2]->picture) == &files.files()[0]);
  const std::string text = rendered(h);
  CHECK(text.find("src=\"pictures.picture-3") == std::string::npos);
}

TEST_CASE("a format's pictures are shown at the size it prepared them under the name it gave") {
  const model::Handout h = testing::read_exercise_sampler();
  xhtml::PictureFiles files(h);
  files.place_in("images/");
  files.files()[0].width = 320;
  files.files()[0].height = 240;
  const std::string figure = rendered(h, xhtml::Markup::html5, nullptr, &files);
  CHECK(figure.find("<img src=\"images/exercise-sampler.picture-1.png\"") != std::string::npos);
  CHECK(figure.find("width=\"320\" height=\"240\"") != std::string::npos);
}

TEST_CASE("an exercise is a section named by its heading one level below its section's") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const model::Exercise& pendulum = *blocks_of<model::Exercise>(h)[0];
  REQUIRE(pendulum.depth == 2);
  const pugi::xml_node section = by_id(doc, "pendulum");
  CHECK(std::string(section.name()) == "section");
  CHECK(std::string(section.attribute("class").value()) == "exercise");
  const std::string heading = units.of(pendulum.name).id;
  CHECK(std::string(section.attribute("aria-labelledby").value()) == heading);
  CHECK(std::string(by_id(doc, heading).name()) == "h3");  // the program's section is an h2
  CHECK(std::string(by_id(doc, heading).parent().attribute("id").value()) == "pendulum");
  // Its blocks are inside it: the figure, the steps, the dose.
  CHECK(section.find_child_by_attribute("figure", "class", "figure"));
  CHECK(section.find_child_by_attribute("ol", "class", "steps"));
  CHECK(section.find_child_by_attribute("p", "class", "dose"));
  const pugi::xml_document book = parsed(rendered(h, xhtml::Markup::xhtml1));
  CHECK(markup_of(by_id(book, "pendulum")).starts_with("<div class=\"exercise\" id=\"pendulum\">"));
}

TEST_CASE("a top-level exercise is a part the contents link to") {
  const model::Handout h = read_in_exercise_content(
      "<exercise id=\"squat\"><name>Squat</name><dose reps=\"5\"/></exercise>");
  // The contents name the exercise, the section and the contact block.
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const std::string heading = units.of(blocks_of<model::Exercise>(h)[0]->name).id;
  CHECK(std::string(by_id(doc, heading).name()) == "h2");
  const pugi::xml_node link = by_id(doc, "contents-s2").parent();
  CHECK(std::string(link.attribute("href").value()) == "#" + heading);
  CHECK(text_below(link) == "Squat");
}

TEST_CASE("a dose is its printed line with its label bold as one sentence") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::Plan plan = lang::plan_of(h);
  const pugi::xml_document doc = parsed(rendered(h));
  REQUIRE(plan.doses.size() == 3);
  for (const model::DoseWords& dose : plan.doses) {
    const pugi::xml_node p = by_id(doc, dose.unit);
    CHECK(std::string(p.name()) == "p");
    CHECK(std::string(p.attribute("class").value()) == "dose");
    const pugi::xml_node sentence = p.first_child();
    CHECK(std::string(sentence.attribute("id").value()) == model::sentence_id(dose.unit, 1));
    CHECK(text_below(sentence) == dose.printed);
    CHECK(std::string(sentence.child("strong").child_value()) == "Dose:");
  }
  CHECK(plan.doses[0].printed ==
        "Dose: 2 sets · 10 times · hold 5 seconds · 3 times a day · each side");
}

TEST_CASE("a note shows its kind's label as text and is named by it") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const model::Plan plan = lang::plan_of(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const std::vector<const model::Note*> notes = blocks_of<model::Note>(h);
  REQUIRE(notes.size() == 4);
  const std::vector<std::string> labels{"Emergency", "Tip", "Warning", "Important"};
  const std::vector<std::string> classes{"note note-emergency", "note note-tip",
                                         "note note-warning", "note note-important"};
  for (std::size_t k = 0; k < notes.size(); ++k) {
    CAPTURE(labels[k]);
    CHECK(plan.note_label(notes[k]->kind) == labels[k]);
    const pugi::xml_node aside = doc.find_node([&](const pugi::xml_node& n) {
      return std::string(n.name()) == "aside" && n.find_node([&](const pugi::xml_node& m) {
        return std::string(m.attribute("id").value()) == units.of(*notes[k]).id;
      });
    });
    REQUIRE(aside);
    CHECK(std::string(aside.attribute("role").value()) == "note");
    CHECK(std::string(aside.attribute("aria-label").value()) == labels[k]);
    CHECK(std::string(aside.attribute("class").value()) == classes[k]);
    const pugi::xml_node label = aside.first_child();
    CHECK(std::string(label.attribute("class").value()) == "note-label");
    CHECK(text_below(label) == labels[k]);
    CHECK(
        label.find_node([](const pugi::xml_node& n) { return std::string(n.name()) == "strong"; }));
  }
}

TEST_CASE("a note of blocks has its label as its one sentence and its blocks inside") {
  const model::Handout h = testing::read_exercise_sampler();
  const model::UnitIndex units(h);
  const pugi::xml_document doc = parsed(rendered(h));
  const model::Note& emergency = *blocks_of<model::Note>(h)[0];
  REQUIRE(emergency.blocks.size() == 2);
  const std::string unit = units.of(emergency).id;
  const pugi::xml_node label = by_id(doc, unit);
  CHECK(markup_of(label) == "<p class=\"note-label\" id=\"" + unit + "\"><span id=\"" + unit +
                                "-s1\"><strong>Emergency</strong></span></p>");
  const pugi::xml_node aside = label.parent();
  CHECK(aside.child("p").next_sibling("p"));  // "Call 911 right away …"
  CHECK(text_below(aside.child("ul")) ==
        "Chest pain or trouble breathingSudden weakness in one arm or leg");
}

TEST_CASE("a link with words of its own shows them and opens its address") {
  const model::Handout h = testing::read_exercise_sampler();
  const pugi::xml_document doc = parsed(rendered(h));
  const pugi::xml_node video = doc.find_node([](const pugi::xml_node& n) {
    return std::string(n.name()) == "a" && text_below(n) == "the pendulum video";
  });
  REQUIRE(video);
  CHECK(std::string(video.attribute("href").value()) == "https://example.org/videos/pendulum");
  const pugi::xml_node bare = doc.find_node([](const pugi::xml_node& n) {
    return std::string(n.name()) == "a" && text_below(n) == "www.example.org/exercises";
  });
  REQUIRE(bare);
  CHECK(std::string(bare.attribute("href").value()) == "https://www.example.org/exercises");
}

TEST_CASE("every sentence of every new block is shown once in reading order") {
  const model::Handout h = testing::read_exercise_sampler();
  for (const xhtml::Markup markup : {xhtml::Markup::html5, xhtml::Markup::xhtml1}) {
    ShownSentences marks;
    const std::string text = rendered(h, markup, &marks);
    std::vector<std::string> in_text;
    const pugi::xml_document doc = parsed(text);
    for (const pugi::xpath_node& span : doc.select_nodes("//span[@id]"))
      in_text.emplace_back(span.node().attribute("id").value());
    // The contact block's sentences are elements of their own (model/reading_order.h).
    std::vector<std::string> spans;
    for (const std::string& id : marks.ids)
      if (!doc.select_node(("//div[@id='" + id + "'] | //address[@id='" + id + "']").c_str()))
        spans.push_back(id);
    CHECK(spans == in_text);
    std::set<std::string> unique(marks.ids.begin(), marks.ids.end());
    CHECK(unique.size() == marks.ids.size());
    // Every unit of the reading order has its sentences shown.
    for (const model::Unit& unit : model::reading_order(h)) {
      CAPTURE(unit.id);
      CHECK(unique.contains(model::sentence_id(unit.id, 1)));
    }
  }
}

}  // namespace handout::test
