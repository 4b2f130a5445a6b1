// The web page and the index from handouts read by the real reader: escaping, landmarks and
// headings, lists, the note, the contact block's links, and one element per sentence id.
#include "web/page.h"

#include <doctest/doctest.h>

#include <regex>
#include <set>

#include "element_id_headings.h"
#include "lang/measures.h"
#include "lang/plan_words.h"
#include "lang/sentences.h"
#include "model/reading_order.h"
#include "read_sample.h"
#include "web/base64.h"
#include "web/content_policy.h"
#include "web/index_page.h"

namespace handout::test {

namespace {

const char* const sample = R"(<handout id="sample" lang="en-US" revised="2026-03-04">
<title>Ice &amp; heat &lt;now&gt;</title>
<subtitle>"Quoted" words</subtitle>
<author>A One</author>
<author>B Two</author>
<p>Rest today. Walk <em>tomorrow</em>.</p>
<section id="first">
<heading>First</heading>
<list><item>One</item><item>Two</item></list>
<section id="inner"><heading>Inner</heading><steps><step>Stand. Breathe.</step></steps></section>
<note>Call <phone>(207) 555-0123</phone> or write to <email>a@example.org</email>.</note>
</section>
<contact/>
</handout>
)";

model::Handout read(const char* text) {
  const testing::ReadResult r = testing::read_text(text);
  REQUIRE_MESSAGE(r.handout, r.report());
  return *r.handout;
}

const web::PageAudio audio{"sample.mp3",
                           {{"intro", "Ice & heat", 0},
                            {"first", "First", 12.5},
                            {"inner", "Inner", 20},
                            {"contact", "How to reach us", 31.25}},
                           {{"u1-s1", 0.5, 2.25}, {"u2-s1", 2.25, 4}}};

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the page is one HTML document in the handout's language with its text escaped") {
  const std::string page = web::render_page(read(sample), audio, {"UkVH", "Qk9MRA=="});
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"en-US\">"));
  CHECK(has(page, "<title>Ice &amp; heat &lt;now&gt;</title>"));
  CHECK(has(page, "<h1 id=\"u1\"><span id=\"u1-s1\">Ice &amp; heat &lt;now&gt;</span></h1>"));
  CHECK(has(page, "<span id=\"u2-s1\">\"Quoted\" words</span>"));
  CHECK(has(page, "<span id=\"u3-s1\">By A One and B Two</span>"));
  CHECK(has(page, "src:url(data:font/ttf;base64,UkVH) format(\"truetype\")"));
  CHECK(has(page, "font-weight:700;font-display:swap;src:url(data:font/ttf;base64,Qk9MRA==)"));
  CHECK_FALSE(has(page, "http://"));  // no external request (only the clinic's own links)
  CHECK(count(page, "<main>") == 1);
  // The recording's closing, as the text it highlights.
  CHECK(has(page,
            "<footer class=\"closing\">\n<p><span id=\"closing-s1\" class=\"revised\">This handout "
            "was revised on March 4, "
            "2026.</span> <span id=\"closing-s2\" class=\"available\">This handout is available in "
            "these formats: large print, audio recording, web page, e-book with audio, talking "
            "book, and braille; ask for them at the front desk.</span> "
            "<span id=\"closing-s3\">This is the end of the recording: Ice &amp; "
            "heat &lt;now&gt;.</span> <span id=\"closing-s4\">Thank you for "
            "listening.</span></p>\n</footer>"));
}

TEST_CASE("one list of parts names each chapter after the opening with its text and its time") {
  const std::string page = web::render_page(read(sample), audio, {});
  // The spoken count names the list; the top level is the parts it counts, the inner section
  // nested in its own: three chapters after the opening, three entries, each playing its own.
  CHECK(has(page,
            "<nav class=\"contents\" aria-labelledby=\"contents-s1\">\n<p><span "
            "id=\"contents-s1\">This recording has 2 parts:</span></p>\n<ol class=\"parts\">\n"
            "<li><a href=\"#u5\"><span id=\"contents-s2\">First</span></a> <a class=\"play\" "
            "href=\"sample.mp3#t=12.5\" data-start=\"12.5\">Play<span class=\"unseen\">: "
            "First</span></a>\n<ol>\n<li><a href=\"#u8\">Inner</a> <a class=\"play\" "
            "href=\"sample.mp3#t=20\" data-start=\"20\">Play<span class=\"unseen\">: "
            "Inner</span></a></li>\n</ol>\n</li>\n<li><a href=\"#u11\"><span "
            "id=\"contents-s3\">How to reach us</span></a> <a class=\"play\" "
            "href=\"sample.mp3#t=31.25\" data-start=\"31.25\">Play<span class=\"unseen\">: How "
            "to reach us</span></a></li>\n</ol>\n</nav>"));
  CHECK(count(page, "data-start=") == audio.chapters.size() - 1);
  CHECK(count(page, "<nav") == 1);
  CHECK(page.find("id=\"contents-s3\"") < page.find("id=\"u4-s1\""));
}

TEST_CASE("a part the recording has no chapter for links to its text only") {
  web::PageAudio without = audio;
  std::erase_if(without.chapters, [](const web::PageChapter& c) { return c.id == "inner"; });
  const std::string page = web::render_page(read(sample), without, {});
  CHECK(has(page, "<li><a href=\"#u8\">Inner</a></li>"));
  CHECK(count(page, "data-start=") == without.chapters.size() - 1);
}

TEST_CASE("the player comes first with its named recording and buttons the script shows") {
  const std::string page = web::render_page(read(sample), audio, {});
  CHECK(page.find("<section class=\"player\" aria-label=\"Listen\">") < page.find("<main>"));
  CHECK(has(page,
            "<audio id=\"player\" controls preload=\"metadata\" src=\"sample.mp3\" "
            "aria-label=\"Recording\">"));
  CHECK(has(page, "<div class=\"buttons\" hidden>"));
  for (const char* name :
       {"Back 10 seconds", "Previous part", "Next part", "Keep the spoken sentence in view"})
    CHECK(has(page, std::string("<span class=\"unseen label\">") + name + "</span></button>"));
  CHECK(has(page, "data-play=\"Play\" data-pause=\"Pause\""));
  CHECK(has(page, "<span class=\"unseen\">Speed </span><span class=\"rate\">1\u00d7</span>"));
  CHECK(count(page, "<button type=\"button\"") == 6);
}

TEST_CASE("the page links to the other formats when told where and in its language") {
  CHECK_FALSE(has(web::render_page(read(sample), audio, {}), "class=\"formats\""));
  const std::string page =
      web::render_page(read(sample), audio, {}, nullptr, "index.html#handout-sample");
  CHECK(has(page,
            "<div class=\"formats\">\n<p><a href=\"index.html#handout-sample\" "
            "data-offline-keep=\"\">This handout in "
            "other formats</a></p>\n</div>"));
  CHECK_FALSE(has(page, "class=\"files\""));  // no file given: no list
  std::string spanish_text = sample;
  spanish_text.replace(spanish_text.find("en-US"), 5, "es-US");
  const std::string spanish =
      web::render_page(read(spanish_text.c_str()), audio, {}, nullptr, "index.html#handout-sample");
  CHECK(has(spanish, ">Este folleto en otros formatos</a>"));
  CHECK(has(spanish, "<span class=\"unseen label\">Atrás 10 segundos</span>"));
}

TEST_CASE("the page links each other file with its size and downloads the recording") {
  const std::vector<web::FileLink> files{{"sample.pdf", "Large print (PDF)", 245'600, {}},
                                         {"sample.mp3", "Recording (MP3)", 4'100'000, 252.4},
                                         {"sample.brf", "Braille (BRF)", 900, {}, "(out of date)"}};
  const std::string page =
      web::render_page(read(sample), audio, {}, nullptr, "index.html#handout-sample", files);
  CHECK(has(page,
            "<div class=\"formats\">\n<p><a href=\"index.html#handout-sample\" "
            "data-offline-keep=\"\">This handout in "
            "other formats</a></p>\n<ul class=\"files\">\n<li><a href=\"sample.pdf\">Large print "
            "(PDF)</a> <span class=\"size\">250 kB</span></li>\n"));
  // The page plays the recording already: its link downloads it, and is the only one that does.
  CHECK(has(page,
            "<li><a href=\"sample.mp3\" download>Recording (MP3)</a> <span class=\"size\">4.1 MB, "
            "length 4 min, 12 sec</span></li>"));
  CHECK(count(page, " download>") == 1);
  CHECK(has(page,
            "<li><a href=\"sample.brf\">Braille (BRF)</a> <span class=\"size\">900 byte</span> "
            "<strong>(out of date)</strong></li>\n</ul>\n</div>"));
  // After the byline, before the list of the recording's parts.
  CHECK(page.find("class=\"byline\"") < page.find("class=\"files\""));
  CHECK(page.find("class=\"files\"") < page.find("class=\"contents\""));
  // Without the index's entry, the files alone.
  const std::string alone = web::render_page(read(sample), audio, {}, nullptr, {}, files);
  CHECK(has(alone, "<div class=\"formats\">\n<ul class=\"files\">\n<li><a href=\"sample.pdf\">"));
  CHECK_FALSE(has(alone, "This handout in other formats"));
}

TEST_CASE("the page's list of its files is in the handout's language") {
  std::string spanish_text = sample;
  spanish_text.replace(spanish_text.find("en-US"), 5, "es-US");
  const std::vector<web::FileLink> files{{"sample.pdf", "Letra grande (PDF)", 1'250'000, {}},
                                         {"sample.mp3", "Grabación (MP3)", 4'100'000, 252.4}};
  const std::string page = web::render_page(read(spanish_text.c_str()), audio, {}, nullptr,
                                            "index.html#handout-sample", files);
  const model::LanguageTag es{"es-US", {}};
  CHECK(has(page, "<li><a href=\"sample.pdf\">Letra grande (PDF)</a> <span class=\"size\">" +
                      lang::file_size(1'250'000, es) + "</span></li>"));
  CHECK(has(page, "<li><a href=\"sample.mp3\" download>Grabación (MP3)</a> <span class=\"size\">" +
                      lang::file_size(4'100'000, es) + ", duración " + lang::duration(252.4, es) +
                      "</span></li>"));
  CHECK(lang::duration(252.4, es) != lang::duration(252.4, {"en", {}}));
}

TEST_CASE("headings follow the section depth and blocks keep their kind") {
  const std::string page = web::render_page(read(sample), audio, {});
  CHECK(has(page,
            "<section id=\"first\" aria-labelledby=\"u5\">\n<h2 "
            "id=\"u5\"><span id=\"u5-s1\">First</span></h2>"));
  CHECK(has(page, "<h3 id=\"u8\"><span id=\"u8-s1\">Inner</span></h3>"));
  CHECK(has(page,
            "<ul>\n<li id=\"u6\"><span id=\"u6-s1\">One</span></li>\n<li id=\"u7\"><span "
            "id=\"u7-s1\">Two</span></li>\n</ul>"));
  CHECK(has(page,
            "<ol class=\"steps\">\n<li id=\"u9\"><span id=\"u9-s1\">Stand. </span><span "
            "id=\"u9-s2\">Breathe.</span></li>\n</ol>"));
  CHECK(has(page,
            "<p id=\"u4\"><span id=\"u4-s1\">Rest today. </span><span id=\"u4-s2\">Walk "
            "<em>tomorrow</em>.</span></p>"));
  CHECK(has(page,
            "<aside class=\"note note-important\" role=\"note\" aria-label=\"Important\">\n"
            "<p class=\"note-label\"><strong>Important</strong></p>\n<p id=\"u10\">"
            "<span id=\"u10-s1\">Call "
            "<a href=\"tel:+12075550123\">(207) 555-0123</a> or write to <a "
            "href=\"mailto:a@example.org\">a@example.org</a>.</span></p>\n</aside>"));
}

TEST_CASE("emphasis is bold not italic on the page as in print") {
  const std::string page = web::render_page(read(sample), audio, {});
  CHECK(has(page, "Walk <em>tomorrow</em>"));
  CHECK(has(page, "em{font-style:normal;font-weight:700}"));
}

TEST_CASE("the contact block is an address with a tel link and its sentence ids") {
  const std::string page = web::render_page(read(sample), audio, {});
  const std::size_t address = page.find("<address>");
  REQUIRE(address != std::string::npos);
  CHECK(page.find("How to reach us</h2>") < address);
  CHECK(has(page,
            "<div id=\"u11-s1\">\n<h2 id=\"u11-heading\">How to reach us</h2>\n<address>\n"
            "<p class=\"line\"><strong>Sample Clinic</strong></p>\n<p class=\"line\"><strong><a "
            "href=\"tel:+12075550100\">(207) 555-0100</a></strong></p>\n</address>\n</div>"));
}

TEST_CASE("the sentence times are the page's data") {
  const std::string page = web::render_page(read(sample), audio, {});
  CHECK(std::regex_search(
      page, std::regex("<script type=\"application/json\" id=\"sentence-times\" "
                       "data-offline-version=\"[0-9a-f]{32}\">\\[\\[\"u1-s1\",0\\.5,2\\.25\\],\n"
                       "\\[\"u2-s1\",2\\.25,4\\]\\]</script>")));
}

TEST_CASE("every sentence of the reading order has exactly one element with its id") {
  const model::Handout handout = read(sample);
  const std::string page = web::render_page(handout, audio, {});
  std::set<std::string> ids;
  static const std::regex id_attribute(" id=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(page.begin(), page.end(), id_attribute);
       it != std::sregex_iterator(); ++it)
    CHECK_MESSAGE(ids.insert((*it)[1].str()).second, "id used twice: " << (*it)[1].str());
  std::size_t sentences = 0;
  for (const model::Unit& unit : model::reading_order(handout)) {
    if (unit.text) {
      for (const lang::Sentence& s : lang::split_sentences(*unit.text, handout.lang, unit.id)) {
        CHECK_MESSAGE(ids.contains(s.id), s.id);
        ++sentences;
      }
    } else if (unit.kind == model::UnitKind::contact) {
      CHECK(ids.contains(model::contact_sentence_id(unit.id, -1)));
    } else {
      CHECK(ids.contains(model::sentence_id(unit.id, 1)));
    }
  }
  CHECK(sentences == 11);
  for (std::size_t k = 1; k <= 3; ++k) {  // two parts listed, and a revision date
    CHECK(ids.contains(model::contents_sentence_id(k)));
    CHECK(ids.contains(model::closing_sentence_id(k)));
  }
}

TEST_CASE("headings that would derive the page's own ids give their sections others") {
  const model::Handout handout = read(element_id_headings_handout().c_str());
  check_element_ids(web::render_page(handout, audio, {"UkVH", "Qk9MRA=="}), handout);
}

TEST_CASE("the index lists each handout in its language with its files and the clinic") {
  const model::Handout handout = read(sample);
  const std::vector<web::IndexItem> items{
      {"ice",
       "Ice & heat",
       {"en-US", {}},
       {{"a.pdf", "Large print (PDF)", 245'600, {}},
        {"a.mp3", "Recording (MP3)", 4'100'000, 252.4},
        {"a.html", "Web page", 900, {}}}},
      {"hielo", "Hielo", {"es", {}}, {{"b.pdf", "Letra grande (PDF)", 1'250'000, {}}}}};
  const model::Clinic& clinic = testing::sample_clinic();
  const std::string index = web::render_index(items, &clinic, {"en", {}}, {});
  CHECK(index.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(has(index, "<li lang=\"en-US\" id=\"handout-ice\"><h2>Ice &amp; heat</h2>"));
  CHECK(has(index,
            "<a href=\"a.html\">Web page<span class=\"unseen\">: Ice &amp; "
            "heat</span></a> <span class=\"size\">900 byte</span>"));
  CHECK(has(index,
            "<a href=\"a.pdf\">Large print (PDF)<span class=\"unseen\">: Ice &amp; "
            "heat</span></a> <span class=\"size\">250 kB</span>"));
  CHECK(has(index,
            ">Recording (MP3)<span class=\"unseen\">: Ice &amp; heat</span></a> <span "
            "class=\"size\">4.1 MB, length 4 min, 12 sec</span>"));
  CHECK(has(index, "<li lang=\"es\" id=\"handout-hielo\"><h2>Hielo</h2>"));
  CHECK(has(index,
            "<a href=\"b.pdf\">Letra grande (PDF)<span class=\"unseen\">: "
            "Hielo</span></a> <span class=\"size\">1,2 MB</span>"));
  CHECK_FALSE(has(index, "b.mp3"));
  CHECK_FALSE(has(index, " download"));  // the index plays no recording: its link opens it
  CHECK_FALSE(has(index, "EPUB"));
  CHECK(has(index, "<address>\n<p class=\"line\"><strong>Sample Clinic</strong></p>"));
}

TEST_CASE("the index's search says in the clinic's language how many handouts it shows") {
  const std::vector<web::IndexItem> items{{"a", "A", {"en", {}}, {}}, {"b", "B", {"es", {}}, {}}};
  const std::string english = web::render_index(items, nullptr, {"en", {}}, {});
  CHECK(has(english,
            "<div class=\"find\" role=\"search\" hidden>\n<label>Find a handout by "
            "title <input type=\"search\""));
  CHECK(has(english,
            "data-found=\"[&quot;0 handouts found&quot;,&quot;1 handout "
            "found&quot;,&quot;2 handouts found&quot;]\""));
  const std::string spanish = web::render_index(items, nullptr, {"es", {}}, {});
  CHECK(has(spanish, "<label>Buscar un folleto por título"));
  CHECK(has(spanish, "&quot;1 folleto encontrado&quot;"));
  std::smatch policy, script;
  REQUIRE(std::regex_search(english, script, std::regex("<script>([\\s\\S]*?)</script>")));
  REQUIRE(std::regex_search(
      english, policy,
      std::regex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")));
  CHECK(has(policy[1].str(), "script-src " + web::source_hash(script[1].str()) + ";"));
}

TEST_CASE("base64 and seconds for the page's data") {
  CHECK(web::base64("") == "");
  CHECK(web::base64("f") == "Zg==");
  CHECK(web::base64("fo") == "Zm8=");
  CHECK(web::base64("foo") == "Zm9v");
  CHECK(web::base64("foobar") == "Zm9vYmFy");
  CHECK(web::base64("\xff\xfe") == "//4=");
  CHECK(web::seconds_text(0) == "0");
  CHECK(web::seconds_text(12.5) == "12.5");
  CHECK(web::seconds_text(1.23456) == "1.235");
  CHECK(web::seconds_text(60) == "60");
}

TEST_CASE("a page the clinic publishes names its address as canonical and others name none") {
  model::Handout handout = read(sample);
  CHECK_FALSE(has(web::render_page(handout, audio, {"UkVH", "Qk9MRA=="}), "rel=\"canonical\""));
  for (model::Block& block : handout.body)
    if (auto* contact = std::get_if<model::Contact>(&block))
      contact->clinic.publish_base = "https://www.example.org/handouts/";
  CHECK(has(web::render_page(handout, audio, {"UkVH", "Qk9MRA=="}),
            "<link rel=\"canonical\" href=\"https://www.example.org/handouts/sample.html\">"));
}

// A screen reader meets links as places to go: the closing's line of other formats names the
// published page, the page itself, so it is said as words, every word of the plan's line kept.
TEST_CASE(
    "a published page names its own address in the closing as words and links to it nowhere") {
  model::Handout handout = read(sample);
  for (model::Block& block : handout.body)
    if (auto* contact = std::get_if<model::Contact>(&block))
      contact->clinic.publish_base = "https://www.example.org/handouts/";
  const std::string page = web::render_page(handout, audio, {"UkVH", "Qk9MRA=="});
  const model::Plan plan = lang::plan_of(handout);
  REQUIRE(plan.available);
  std::smatch line;
  REQUIRE(std::regex_search(page, line,
                            std::regex("<span id=\"" + plan.available->sentence +
                                       "\" class=\"available\">([\\s\\S]*?)</span>")));
  CHECK(line[1].str() == plan.available->text());
  CHECK(has(line[1].str(), "www.example.org/handouts/sample.html"));
  CHECK_FALSE(has(page, "<a href=\"https://www.example.org/handouts/sample.html\""));
  // Other links stay links: the contact block's e-mail address.
  CHECK(has(page, "<a href=\"mailto:a@example.org\">a@example.org</a>"));
}

TEST_CASE("the page's policy allows exactly its own inline style and script and nothing else") {
  const std::string page = web::render_page(read(sample), audio, {"UkVH", "Qk9MRA=="});
  std::smatch policy, style, script;
  REQUIRE(std::regex_search(
      page, policy,
      std::regex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")));
  REQUIRE(std::regex_search(page, style, std::regex("<style>([\\s\\S]*?)</style>")));
  REQUIRE(std::regex_search(page, script, std::regex("<script>([\\s\\S]*?)</script>")));
  const std::string rules = policy[1];
  CHECK(rules.starts_with("default-src 'none'; "));
  CHECK(has(rules, "style-src " + web::source_hash(style[1].str()) + ";"));
  CHECK(has(rules, "script-src " + web::source_hash(script[1].str()) + ";"));
  CHECK(has(rules, "img-src 'self'; media-src 'self'"));
  CHECK_FALSE(has(rules, "unsafe"));
  // A known digest: SHA-256 of "abc" (FIPS 180-2), as CSP writes it.
  CHECK(web::source_hash("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='");
}

}  // namespace handout::test
