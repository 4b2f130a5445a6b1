// The one XHTML rendering of a handout's text: every format that shows it as XHTML shows the
// same elements, ids, heading levels, emphasis, notes and contact block; a format adds only
// its marks (page breaks) and its frame.
#include "xhtml/renderer.h"

#include <doctest/doctest.h>

#include <pugixml.hpp>

#include "epub/content.h"
#include "lang/plan_words.h"
#include "read_sample.h"
#include "web/page.h"

namespace handout::test {

namespace {

const char* const sample = R"(<handout id="sample" lang="en-US">
<title>Knee care</title>
<author>Ana Example</author>
<p>Rest <em>today</em>. Walk tomorrow.</p>
<section id="home">
<heading>At home</heading>
<steps><step>Ice it.</step><step>Raise it.</step></steps>
<section><heading>Deeper</heading><note>Call <phone>(207) 555-0123</phone>.</note></section>
</section>
<contact/>
</handout>
)";

model::Handout read() {
  const testing::ReadResult r = testing::read_text(sample);
  REQUIRE_MESSAGE(r.handout, r.report());
  return *r.handout;
}

// Records what the renderer reports, and puts a mark where it is asked to.
class Recorder final : public xhtml::Marks {
 public:
  std::vector<std::string> shown_ids;
  std::vector<At> in(std::string_view unit, std::size_t begin, std::size_t end) override {
    if (unit == "u3" && begin <= 5 && 5 < end) return {{5, "<mark/>"}};  // before "today"
    return {};
  }
  void shown(std::string_view sentence) override { shown_ids.emplace_back(sentence); }
};

std::string all(xhtml::Renderer& r, const model::Handout& h) {
  std::string out = r.title();
  out += r.byline();
  out += r.contents([&](const model::Block& b) { return "#" + r.anchor(b); });
  for (const model::Block& b : h.body) out += r.block(b);
  out += r.closing();
  return out;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The element with `id` in `xml`, as markup.
std::string element(const std::string& xml, const std::string& id) {
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  const pugi::xml_node node = doc.find_node(
      [&](const pugi::xml_node& n) { return std::string(n.attribute("id").value()) == id; });
  REQUIRE(node);
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

TEST_CASE("headings sit one level below the title per section depth as in the PDF") {
  const model::Handout h = read();
  const model::Plan plan = lang::plan_of(h);
  xhtml::Marks none;
  xhtml::Renderer r(h, plan, none);
  const std::string text = all(r, h);
  CHECK(has(text, "<h1 id=\"u1\">"));
  CHECK(has(text, "<section id=\"home\" aria-labelledby=\"u4\">\n<h2 id=\"u4\">"));
  CHECK(has(text, "<h3 id=\"u7\"><span id=\"u7-s1\">Deeper</span></h3>"));
  CHECK(has(text, "<h2 id=\"u9-heading\">How to reach us</h2>"));
}

TEST_CASE("emphasis is em and a note is labelled as the recording says it") {
  const model::Handout h = read();
  const model::Plan plan = lang::plan_of(h);
  xhtml::Marks none;
  xhtml::Renderer r(h, plan, none);
  const std::string text = all(r, h);
  CHECK(has(text, "<span id=\"u3-s1\">Rest <em>today</em>. </span>"));
  CHECK_FALSE(has(text, "<strong>today"));
  CHECK(has(text,
            "<aside class=\"note note-important\" role=\"note\" aria-label=\"Important\">\n"
            "<p class=\"note-label\"><strong>Important</strong></p>\n<p id=\"u8\"><span "
            "id=\"u8-s1\">Call <a href=\"tel:+12075550123\">(207) 555-0123</a>."));
}

TEST_CASE("every sentence is shown once in reading order and a format's marks go where asked") {
  const model::Handout h = read();
  const model::Plan plan = lang::plan_of(h);
  Recorder marks;
  xhtml::Renderer r(h, plan, marks);
  const std::string text = all(r, h);
  CHECK(has(text, "<span id=\"u3-s1\">Rest <em><mark/>today</em>. </span>"));
  const std::vector<std::string> expected{"u1-s1",       "u2-s1",      "contents-s1", "contents-s2",
                                          "contents-s3", "u3-s1",      "u3-s2",       "u4-s1",
                                          "u5-s1",       "u6-s1",      "u7-s1",       "u8-s1",
                                          "u9-s1",       "closing-s1", "closing-s2",  "closing-s3"};
  CHECK(marks.shown_ids == expected);
  for (const std::string& id : expected) CHECK(has(text, "id=\"" + id + "\""));
}

TEST_CASE("the web page and the EPUB show the same markup for the same block") {
  const model::Handout h = read();
  const std::string page = web::render_page(h, {"sample.mp3", {}, {}}, {});
  std::string book;
  for (const epub::ContentDocument& d : epub::build_book(h, {}).documents) book += d.body;
  // The page is HTML5: compare the elements inside <main> (its player, not XML, is before it).
  const std::string main =
      page.substr(page.find("<main>"), page.find("</main>") + 7 - page.find("<main>"));
  CHECK(page.find("<section class=\"player\"") < page.find("<main>"));
  const std::string wrapped = "<book xmlns:epub=\"e\">" + book + "</book>";
  for (const std::string id : {"u3", "home", "u9", "contents-s1"}) {
    CAPTURE(id);
    CHECK(element(main, id) == element(wrapped, id));
  }
}

TEST_CASE("words in another language carry lang and xml:lang in every XHTML") {
  const testing::ReadResult r = testing::read_body(
      "<section><heading>H</heading><p>Ask for <lang xml:lang=\"es-MX\">la <em>doctora</em> "
      "Ruiz</lang> today.</p></section>\n<contact/>");
  REQUIRE_MESSAGE(r.handout, r.report());
  model::Handout h = *r.handout;
  // A clinic whose clinic.xml is in Spanish: its name is Spanish words in an English page.
  for (model::Block& block : h.body)
    if (auto* contact = std::get_if<model::Contact>(&block)) contact->clinic.lang = "es";
  const model::Plan plan = lang::plan_of(h);
  xhtml::Marks none;
  xhtml::Renderer renderer(h, plan, none);
  const std::string text = all(renderer, h);
  CHECK(has(text,
            "Ask for <span lang=\"es-MX\" xml:lang=\"es-MX\">la </span><span lang=\"es-MX\" "
            "xml:lang=\"es-MX\"><em>doctora</em></span><span lang=\"es-MX\" "
            "xml:lang=\"es-MX\"> Ruiz</span> today."));
  CHECK(has(text, "<p class=\"line\" lang=\"es\" xml:lang=\"es\"><strong>Sample Clinic</strong>"));
  // The phone number is no Spanish words: it stays in the page's language.
  CHECK(has(text, "<p class=\"line\"><strong><a href=\"tel:+12075550100\">"));
  // Well-formed, as an EPUB's XHTML must be.
  pugi::xml_document doc;
  CHECK(doc.load_string(("<div>" + text + "</div>").c_str()));
}

TEST_CASE("the closing shows where the other formats are with the published page a link") {
  model::Handout h = read();
  for (model::Block& block : h.body)
    if (auto* contact = std::get_if<model::Contact>(&block))
      contact->clinic.publish_base = "https://www.example.org/h/";
  const model::Plan plan = lang::plan_of(h);
  REQUIRE(plan.available);
  Recorder marks;
  xhtml::Renderer r(h, plan, marks);
  const std::string closing = r.closing();
  // Its own sentence, kept when a printed page leaves out the recording's words.
  const std::size_t at = closing.find("<span id=\"" + plan.available->sentence +
                                      "\" class=\"available\">This handout is available in");
  REQUIRE(at != std::string::npos);
  const std::string span = closing.substr(at, closing.find("</span>", at) - at);
  CHECK(has(span, "href=\"https://www.example.org/h/" + h.id + ".html\""));
  CHECK(has(span, ">www.example.org/h/" + h.id + ".html</a>."));
}

}  // namespace handout::test
