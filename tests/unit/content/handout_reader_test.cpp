// The reader maps a good handout to the document model, exactly.
#include "content/handout_reader.h"

#include <doctest/doctest.h>

#include "content/revision_warnings.h"
#include "read_sample.h"

using namespace handout;
using model::RunKind;
using testing::read_body;
using testing::read_text;

TEST_CASE("a complete handout maps to the model in reading order") {
  const auto result = read_text(R"(<?xml version="1.0" encoding="UTF-8"?>
<handout id="sample" lang="en-US" revised="2026-11-26">
  <title>Dry <em>Needling</em></title>
  <subtitle>What it is</subtitle>
  <author>Chad Ansell, PT, DPT</author>
  <author>A. N. Other</author>
  <p>Intro.</p>
  <section id="conditions">
    <heading>Conditions</heading>
    <list><item>Neck/back pain</item><item>Headaches</item></list>
    <section>
      <heading>After care</heading>
      <steps><step>Rest.</step><step>Stretch.</step></steps>
      <note>Call us.</note>
    </section>
  </section>
  <contact/>
  <section><heading>Last</heading><p>End.</p></section>
</handout>)");
  REQUIRE(result.diagnostics.empty());
  const model::Handout& h = *result.handout;
  CHECK(h.id == "sample");
  CHECK(h.lang.tag == "en-US");
  CHECK(h.revised == model::Date{2026, 11, 26});
  REQUIRE(h.title.size() == 2);
  CHECK(h.title[0].text == "Dry ");
  CHECK(h.title[1].text == "Needling");
  CHECK(h.title[1].emphasis);
  CHECK(model::plain_text(*h.subtitle) == "What it is");
  REQUIRE(h.authors.size() == 2);
  CHECK(h.authors[0].name == "Chad Ansell, PT, DPT");
  CHECK(h.authors[0].at == model::Location{5, 3});

  REQUIRE(h.body.size() == 4);
  CHECK(std::holds_alternative<model::Paragraph>(h.body[0]));
  const auto& conditions = std::get<model::Section>(h.body[1]);
  CHECK(conditions.id == "conditions");
  CHECK(conditions.depth == 1);
  CHECK(conditions.at == model::Location{8, 3});
  REQUIRE(conditions.blocks.size() == 2);
  const auto& list = std::get<model::List>(conditions.blocks[0]);
  REQUIRE(list.items.size() == 2);
  CHECK(model::plain_text(list.items[0].content) == "Neck/back pain");
  const auto& nested = std::get<model::Section>(conditions.blocks[1]);
  CHECK(nested.id == "after-care");
  CHECK(nested.depth == 2);
  CHECK(std::get<model::Steps>(nested.blocks[0]).items.size() == 2);
  CHECK(model::plain_text(std::get<model::Note>(nested.blocks[1]).content) == "Call us.");
  const auto& contact = std::get<model::Contact>(h.body[2]);
  CHECK_FALSE(contact.implied);
  CHECK(contact.at == model::Location{17, 3});
  CHECK(contact.clinic.name.text == "Sample Clinic");
  CHECK(std::get<model::Section>(h.body[3]).id == "last");
}

TEST_CASE("without <contact/> the contact block comes last") {
  const auto result = read_body("<section><heading>H</heading><p>x</p></section>");
  REQUIRE(result.handout);
  const auto& body = result.handout->body;
  REQUIRE(body.size() == 2);
  CHECK(std::get<model::Contact>(body.back()).implied);
}

TEST_CASE("inline elements become runs that keep their kind and alias and spacing") {
  const auto result = read_body(
      "<section><heading>H</heading><p>Ask your <say alias=\"physical therapist\">PT</say>,\n"
      "  call<phone> (207) 555-0100 </phone>or write to <email>a@example.org</email>\n"
      "  (see <web>https://example.org/</web>). <em>Stop <phone>911</phone></em></p></section>");
  REQUIRE(result.diagnostics.empty());
  const auto& p =
      std::get<model::Paragraph>(std::get<model::Section>(result.handout->body[0]).blocks[0]);
  CHECK(model::plain_text(p.content) ==
        "Ask your PT, call (207) 555-0100 or write to a@example.org (see https://example.org/). "
        "Stop 911");
  REQUIRE(p.content.size() == 11);
  CHECK(p.content[1].kind == RunKind::say);
  CHECK(p.content[1].alias == "physical therapist");
  CHECK(p.content[3].kind == RunKind::phone);
  CHECK(p.content[3].text == "(207) 555-0100");
  CHECK(p.content[5].kind == RunKind::email);
  CHECK(p.content[7].kind == RunKind::web);
  CHECK(p.content[9].emphasis);
  CHECK(p.content[10].kind == RunKind::phone);
  CHECK(p.content[10].emphasis);
}

TEST_CASE("lang marks its runs with its language and where the tag was written") {
  const auto result = read_body(
      "<section><heading>H</heading><p>Ve a <lang xml:lang=\"es-MX\">la calle <em>Juárez</em> "
      "<phone>55 1234 5678</phone></lang> or <em>to <lang xml:lang=\"fr\">Rue Haute</lang></em>."
      "</p></section>");
  REQUIRE(result.diagnostics.empty());
  const auto& p =
      std::get<model::Paragraph>(std::get<model::Section>(result.handout->body[0]).blocks[0]);
  CHECK(model::plain_text(p.content) == "Ve a la calle Juárez 55 1234 5678 or to Rue Haute.");
  std::string runs;
  for (const model::Run& run : p.content) runs += "[" + run.text + "|" + run.lang.tag + "]";
  CAPTURE(runs);
  REQUIRE(p.content.size() == 9);
  CHECK(p.content[0].lang.empty());
  for (std::size_t k = 1; k <= 4; ++k) {
    CAPTURE(k);
    CHECK(p.content[k].lang.tag == "es-MX");
    CHECK(p.content[k].lang.at == model::Location{3, 44});
  }
  CHECK(p.content[2].emphasis);
  CHECK(p.content[4].kind == RunKind::phone);
  CHECK(p.content[5].lang.empty());
  CHECK(p.content[6].lang.empty());  // "to ": emphasised, not French
  CHECK(p.content[6].emphasis);
  CHECK(p.content[7].lang.tag == "fr");
  CHECK(p.content[7].emphasis);
  CHECK(p.content[8].lang.empty());
}

TEST_CASE("a lang with an unknown language or inside another is an error at its place") {
  for (const auto& [body, message] : {
           std::pair{"<lang xml:lang=\"zz\">x</lang>",
                     "3:44: xml:lang 'zz' is not a language tag of a known language"},
           std::pair{"<lang xml:lang=\"en-\">x</lang>",
                     "3:44: xml:lang 'en-' is not a language tag of a known language"},
           std::pair{"<lang>x</lang>", "3:38: <lang> needs the attribute 'xml:lang'"},
           std::pair{"<lang xml:lang=\"en\"><lang xml:lang=\"fr\">x</lang></lang>",
                     "3:58: <lang> cannot be inside another <lang>"},
           std::pair{"<lang xml:lang=\"en\"> </lang>", "3:38: <lang> is empty"},
       }) {
    const std::string written(body);
    CAPTURE(written);
    const auto result =
        read_body(std::string("<section><heading>H</heading><p>Text ") + body + "</p></section>");
    REQUIRE(result.diagnostics.size() == 1);
    const std::string shown = result.diagnostics.front().file + ":" +
                              std::to_string(result.diagnostics.front().at.line) + ":" +
                              std::to_string(result.diagnostics.front().at.column) + ": " +
                              result.diagnostics.front().message;
    CAPTURE(shown);
    CHECK(shown.find(std::string("sample.xml:") + message) == 0);
  }
}

TEST_CASE("entities and character references and CDATA are text") {
  const auto result = read_body(
      "<section><heading>Heat &amp; ice</heading><p>caf&#233; &#x2014; <![CDATA[a < "
      "b]]></p></section>");
  REQUIRE(result.diagnostics.empty());
  const auto& s = std::get<model::Section>(result.handout->body[0]);
  CHECK(model::plain_text(s.heading) == "Heat & ice");
  CHECK(s.id == "heat-ice");
  CHECK(model::plain_text(std::get<model::Paragraph>(s.blocks[0]).content) == "café — a < b");
}

TEST_CASE("derived section ids are unique and step aside for written ones") {
  const auto result = read_body(
      "<section><heading>Rest</heading><p>a</p></section>"
      "<section><heading>Rest</heading><p>b</p></section>"
      "<section id=\"rest-2\"><heading>Other</heading><p>c</p></section>");
  REQUIRE(result.diagnostics.empty());
  const auto& body = result.handout->body;
  CHECK(std::get<model::Section>(body[0]).id == "rest");
  CHECK(std::get<model::Section>(body[1]).id == "rest-3");
  CHECK(std::get<model::Section>(body[2]).id == "rest-2");
}

TEST_CASE("derived section ids step aside for the ids the formats give their own elements") {
  const auto result = read_body(
      "<section><heading>Player</heading><p>a</p></section>"
      "<section><heading>U1</heading><p>b</p></section>"
      "<section><heading>Contents S1</heading><p>c</p></section>"
      "<section><heading>Page3</heading><p>d</p></section>"
      "<section><heading>TOC</heading><p>e</p></section>");
  REQUIRE(result.diagnostics.empty());
  std::vector<std::string> ids;
  for (const model::Block& block : result.handout->body)
    if (const auto* s = std::get_if<model::Section>(&block)) ids.push_back(s->id);
  CHECK(ids == std::vector<std::string>{"player-2", "u1-2", "contents-s1-2", "page3-2", "toc-2"});
}

TEST_CASE("a written section id may not be one the formats give their own elements") {
  for (const char* id : {"player", "sentence-times", "toc", "page-list-title", "u12", "u3-s4",
                         "u1-heading", "contents-s2", "closing-s1", "page7"}) {
    CAPTURE(id);
    const auto result =
        read_body(std::string("<section id=\"") + id + "\"><heading>H</heading><p>a</p></section>");
    REQUIRE(result.messages().size() == 1);
    CHECK(result.messages()[0].starts_with("sample.xml:3:10: section id '" + std::string(id) +
                                           "' is a name the web page"));
  }
  for (const char* id :
       {"players", "u1-2", "u", "page", "page-3", "contents", "closing-s", "u1-s", "su1"}) {
    CAPTURE(id);
    CHECK(
        read_body(std::string("<section id=\"") + id + "\"><heading>H</heading><p>a</p></section>")
            .diagnostics.empty());
  }
}

TEST_CASE("a byte order mark and CRLF line ends are accepted and do not shift locations") {
  const auto result = read_text(
      "\xEF\xBB\xBF<handout id=\"sample\" lang=\"es\">\r\n<title>T</title>\r\n"
      "<section><heading>H</heading>\r\n  <p>x</p><bogus/></section></handout>");
  REQUIRE(result.messages().size() == 1);
  CHECK(result.messages()[0] ==
        "sample.xml:4:11: unknown element <bogus>; use <p>, <list>, <steps>, <checklist>, "
        "<table>, <note>, <figure>, <exercise> or <section>");
}

TEST_CASE("every error of a file is reported in the order of the file") {
  const auto result = read_text(
      "<handout id=\"Wrong\" lang=\"en-US\" revised=\"2026-02-30\">\n<title>T</title>\n"
      "<section><heading>H</heading><p/><list/></section>\n<x/>\n</handout>");
  CHECK_FALSE(result.handout);
  const std::string expected =
      "sample.xml:1:10: id 'Wrong' is not a safe file name; use lower-case letters, digits and "
      "hyphens, starting with a letter or digit\n"
      "sample.xml:1:34: revised '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. "
      "2026-11-26\n"
      "sample.xml:3:30: <p> is empty; write its text or delete it\n"
      "sample.xml:3:34: <list> is empty; add at least one <item>\n"
      "sample.xml:4:1: unknown element <x>; use <p>, <list>, <steps>, <checklist>, <table>, "
      "<note>, "
      "<figure>, <exercise> or <section>\n";
  CHECK(result.report() == expected);
}

TEST_CASE("columns count characters and not bytes") {
  const auto result = read_body("<section><heading>Café</heading><p>ñandú <b/></p></section>");
  CHECK(result.report().starts_with("sample.xml:3:42: unknown element <b>"));
}

TEST_CASE("a revision date after today is a warning and today or before is not") {
  const auto read = [](const std::string& revised) {
    auto result = read_text("<handout id=\"sample\" lang=\"en-US\" revised=\"" + revised +
                            "\">\n<title>T</title>\n<section><heading>H</heading><p>x</p>"
                            "</section>\n</handout>\n");
    REQUIRE_MESSAGE(result.handout, result.report());
    return *result.handout;
  };
  const model::Date today{2026, 12, 6};
  const model::Diagnostics future = content::revision_warnings(read("2062-12-06"), today);
  REQUIRE(future.size() == 1);
  CHECK(future[0].severity == model::Severity::warning);
  CHECK(future[0].at == model::Location{1, 1});
  CHECK(future[0].message ==
        "revised '2062-12-06' is after today (2026-12-06); every format prints and says this "
        "date: write the day the handout was last changed");
  CHECK(content::revision_warnings(read("2026-12-06"), today).empty());
  CHECK(content::revision_warnings(read("2025-01-31"), today).empty());
}

TEST_CASE("the clinic's name in a handout of another language is in clinic.xml's language") {
  model::Clinic clinic = testing::sample_clinic();
  clinic.lang = "en-US";
  const auto read = [&](const std::string& lang) {
    const std::string text = "<handout id=\"sample\" lang=\"" + lang +
                             "\">\n<title>T</title>\n<section><heading>H</heading><p>Llame a "
                             "<clinic-name/>.</p></section>\n</handout>\n";
    std::vector<model::Diagnostic> diagnostics;
    const content::HandoutContext context{"sample", &clinic, {}};
    std::optional<model::Handout> handout =
        content::parse_handout(text, "sample.xml", context, diagnostics);
    REQUIRE(diagnostics.empty());
    const auto& p =
        std::get<model::Paragraph>(std::get<model::Section>(handout->body[0]).blocks[0]);
    CHECK(model::plain_text(p.content) == "Llame a Sample Clinic.");
    const auto name = std::ranges::find_if(p.content, [](const model::Run& run) {
      return run.text.find("Sample") != std::string::npos;
    });
    REQUIRE(name != p.content.end());
    return name->lang;
  };
  const model::LanguageTag in_spanish = read("es");
  CHECK(in_spanish.tag == "en-US");
  CHECK(in_spanish.at == model::Location{3, 41});  // the reference
  CHECK(read("en-GB").empty());                    // the same language: nothing to mark
}
