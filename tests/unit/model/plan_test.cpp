// The one plan of what a handout says: every writer reads its byline, contact block, spoken
// contents and closing from here, so they cannot disagree about what is said or in which order.
#include "model/plan.h"

#include <doctest/doctest.h>

#include <array>

#include "lang/plan_words.h"
#include "read_sample.h"

namespace handout::test {

namespace {

const std::string section = "<section><heading>H</heading><p>x</p></section>";

// Words of a made-up language: the model supplies structure, the words come from outside.
model::PlanWords test_words() {
  return {
      .by = "BY",
      .conjunction = "AND",
      .contact_title = "REACH",
      .fax = "FAX:",
      .parts = [](std::size_t n) { return std::to_string(n) + " PARTS"; },
      .many_parts = [](std::size_t n) { return "MANY " + std::to_string(n); },
      .revised = [](const model::Date& d) { return "REVISED " + model::iso_text(d); },
      .revised_shown = [](const model::Date& d) { return "SHOWN " + model::iso_text(d); },
      .closing = "END:",
      .thanks = "THANKS",
      .hours_lines =
          [](const model::Hours& hours) { return std::vector<std::string>(hours.size(), "HOURS"); },
      .note_label = [](model::NoteKind) { return std::string("LABEL"); },
      .picture = "PICTURE",
      .dose_line = [](const model::Dose&) { return std::string("DOSE LINE"); },
      .dose_sentence = [](const model::Dose&) { return std::string("DOSE SENTENCE"); },
      .table_intro = [](std::size_t rows) { return "TABLE " + std::to_string(rows); },
      .checklist_intro = [](std::size_t items) { return "CHECKLIST " + std::to_string(items); },
      .not_done = "EMPTY",
      .done = "TICKED BOX",
      .ticked = "TICKED",
      .available = {}};
}

model::Clinic two_office_clinic() {
  model::Clinic clinic = testing::sample_clinic();
  clinic.email = model::Field{"desk@example.org", {}};
  clinic.fax = model::Field{"555-0101", {4, 3}};
  model::Office main;
  main.name = model::Field{"Main", {}};
  main.address = {{"1 Main St", {}}, {"Town", {}}};
  main.phone = model::Field{"555-0142", {}};
  main.hours = {model::HoursRule{}, model::HoursRule{}};
  model::Office river;
  river.address = {{"2 River Rd", {}}};
  river.note = model::Field{"Parking behind.", {}};
  clinic.offices = {main, river};
  return clinic;
}

const model::Contact& contact_of(const model::Handout& h) {
  return std::get<model::Contact>(h.body.back());
}

}  // namespace

TEST_CASE("the byline joins the authors with commas and the conjunction before the last") {
  const testing::ReadResult one = testing::read_body("<author>Ana</author>\n" + section);
  REQUIRE_MESSAGE(one.handout, one.report());
  CHECK(model::make_plan(*one.handout, test_words()).byline->text() == "BY Ana");
  const testing::ReadResult three = testing::read_body(
      "<author>Ana</author>\n<author>Ben</author>\n<author>Cleo</author>\n" + section);
  REQUIRE_MESSAGE(three.handout, three.report());
  const model::Plan plan = model::make_plan(*three.handout, test_words());
  REQUIRE(plan.byline);
  CHECK(plan.byline->text() == "BY Ana, Ben AND Cleo");
  CHECK_FALSE(plan.byline->after_conjunction(1));
  CHECK(plan.byline->after_conjunction(2));
  CHECK(plan.byline->unit == "u2");
  CHECK(plan.byline->authors[1] == &three.handout->authors[1]);
  const testing::ReadResult none = testing::read_body(section);
  CHECK_FALSE(model::make_plan(*none.handout, test_words()).byline);
}

TEST_CASE("the contact block's parts come in one order: the clinic then each office") {
  testing::ReadResult read = testing::read_body(section);
  REQUIRE_MESSAGE(read.handout, read.report());
  model::Handout h = *read.handout;
  std::get<model::Contact>(h.body.back()).clinic = two_office_clinic();
  const model::Plan plan = model::make_plan(h, test_words());
  const model::ContactPlan& contact = plan.contact;
  CHECK(contact.block == &contact_of(h));
  CHECK(contact.title == "REACH");
  REQUIRE(contact.groups.size() == 3);
  using P = model::ContactPart;
  const auto parts = [&](std::size_t g) {
    std::vector<P> out;
    for (const model::ContactLine& line : contact.groups[g].lines) out.push_back(line.part);
    return out;
  };
  CHECK(parts(0) == std::vector<P>{P::clinic_name, P::phone, P::fax, P::email});
  CHECK(parts(1) ==
        std::vector<P>{P::office_name, P::address, P::address, P::phone, P::hours, P::hours});
  CHECK(parts(2) == std::vector<P>{P::address, P::note});
  CHECK(contact.groups[0].office == -1);
  CHECK(contact.groups[2].office == 1);
  CHECK(contact.groups[0].sentence == model::contact_sentence_id(contact.unit, -1));
  CHECK(contact.groups[2].sentence == model::contact_sentence_id(contact.unit, 1));
  CHECK(contact.groups[1].lines[4].field.text == "HOURS");
  const model::ContactLine& phone = contact.groups[0].lines[1];
  CHECK(phone.kind() == model::RunKind::phone);
  CHECK(phone.strong());
  // The fax is shown after its label and is no link: every format prints the line as it is.
  const model::ContactLine& fax = contact.groups[0].lines[2];
  CHECK(fax.field.text == "FAX: 555-0101");
  CHECK(fax.field.at == model::Location{4, 3});
  CHECK(fax.number == "555-0101");
  CHECK(fax.kind() == model::RunKind::text);
  CHECK_FALSE(fax.strong());
  CHECK(contact.groups[0].lines[3].kind() == model::RunKind::email);
  CHECK_FALSE(contact.groups[0].lines[3].strong());
}

TEST_CASE("the spoken contents name each part or past the limit only count them") {
  std::string sections;
  for (int i = 1; i <= 2; ++i)
    sections += "<section><heading>Part " + std::to_string(i) + "</heading><p>x</p></section>";
  const testing::ReadResult few = testing::read_body(sections);
  REQUIRE_MESSAGE(few.handout, few.report());
  const model::Plan plan = model::make_plan(*few.handout, test_words());
  REQUIRE(plan.contents.size() == 4);  // the count, two sections, the contact block
  CHECK(plan.contents_listed());
  CHECK(plan.contents[0].id == "contents-s1");
  CHECK(plan.contents[0].text == "3 PARTS");
  CHECK(plan.contents[1].text == "Part 1");
  CHECK(plan.contents[1].title == &std::get<model::Section>(few.handout->body[0]).heading);
  CHECK(plan.contents[1].part == &few.handout->body[0]);
  CHECK(plan.contents[3].text == "REACH");
  CHECK(std::holds_alternative<model::Contact>(*plan.contents[3].part));

  std::string many;
  for (std::size_t i = 1; i <= model::max_listed_parts; ++i)
    many += "<section><heading>S" + std::to_string(i) + "</heading><p>x</p></section>\n";
  const testing::ReadResult lots = testing::read_body(many);
  REQUIRE_MESSAGE(lots.handout, lots.report());
  const model::Plan counted = model::make_plan(*lots.handout, test_words());
  REQUIRE(counted.contents.size() == 1);
  CHECK_FALSE(counted.contents_listed());
  CHECK(counted.contents[0].text == "MANY " + std::to_string(model::max_listed_parts + 1));
}

TEST_CASE("the closing says the revision date when there is one then the title and thanks") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"en-US\" revised=\"2026-11-26\">\n<title>Ice and "
      "heat</title>\n" +
      section + "\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  const model::Plan plan = model::make_plan(*read.handout, test_words());
  REQUIRE(plan.closing.size() == 3);
  CHECK(plan.closing[0].text == "REVISED 2026-11-26");
  CHECK(plan.closing[1].text == "END: Ice and heat.");
  CHECK(plan.closing[1].words == "END:");
  CHECK(plan.closing[1].title == &read.handout->title);
  CHECK(plan.closing[2].id == "closing-s3");
  const testing::ReadResult plain = testing::read_body(section);
  CHECK(model::make_plan(*plain.handout, test_words()).closing.size() == 2);
}

TEST_CASE("the revision date is a shown line of the reading order when there is one") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"en-US\" revised=\"2026-11-26\">\n<title>T</title>\n" +
      section + "\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  CHECK(model::make_plan(*read.handout, test_words()).revised == "SHOWN 2026-11-26");
  const testing::ReadResult plain = testing::read_body(section);
  CHECK_FALSE(model::make_plan(*plain.handout, test_words()).revised);
}

TEST_CASE("outputs are dated by the revision date or else the build's fixed time") {
  const testing::ReadResult revised = testing::read_text(
      "<handout id=\"sample\" lang=\"en-US\" revised=\"1970-01-02\">\n<title>T</title>\n" +
      section + "\n</handout>\n");
  REQUIRE_MESSAGE(revised.handout, revised.report());
  CHECK(model::dated_at(*revised.handout, 5) == 86400);
  const testing::ReadResult plain = testing::read_body(section);
  CHECK(model::dated_at(*plain.handout, 5) == 5);
}

TEST_CASE("the plan's words come from the handout's language") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"es\">\n<title>Hielo</title>\n<author>Ana</author>\n"
      "<author>Ben</author>\n" +
      section + "\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  const model::Plan plan = lang::plan_of(*read.handout);
  CHECK(plan.byline->text() == "Por Ana y Ben");
  CHECK(plan.contact.title == "Cómo comunicarse con nosotros");
  CHECK(plan.contents[0].text == "Esta grabación tiene 2 partes:");
  CHECK(plan.closing.back().text == "Gracias por escuchar.");
}

TEST_CASE("a table has an introduction and a sentence per row and a checklist its own") {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"en-US\">\n<title>T</title>\n<section><heading>H</heading>"
      "<table><caption>C</caption><header><cell>A</cell><cell>B</cell></header>"
      "<row><cell>a1</cell><cell>b1</cell></row><row><cell>a2</cell><cell/></row></table>"
      "<checklist><item checked=\"yes\">X</item><item>Y</item></checklist>"
      "</section>\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  const auto& section = std::get<model::Section>(read.handout->body.front());
  const auto& table = std::get<model::Table>(section.blocks[0]);
  const auto& list = std::get<model::Checklist>(section.blocks[1]);
  const model::Plan plan = model::make_plan(*read.handout, test_words());
  // u1 title, u2 heading, u3 caption, u4 introduction, u5 and u6 rows, u7 checklist, u8 and u9.
  const model::TableWords& words = plan.table(table);
  CHECK(words.unit == "u4");
  CHECK(words.intro == "TABLE 2");
  CHECK(words.rows == std::vector<std::string>{"u5", "u6"});
  CHECK(plan.units[2].kind == model::UnitKind::caption);
  CHECK(plan.units[2].text == &*table.caption);
  CHECK(plan.units[3].cells == std::vector<const model::Inlines*>{&table.header.cells[0].content,
                                                                  &table.header.cells[1].content});
  CHECK(plan.units[5].kind == model::UnitKind::row);
  CHECK(plan.units[5].cells.size() == 2);
  CHECK(plan.units[5].cells[1]->empty());
  const model::ChecklistWords& checks = plan.checklist(list);
  CHECK(checks.unit == "u7");
  CHECK(checks.intro == "CHECKLIST 2");
  CHECK(plan.units[7].kind == model::UnitKind::check);
  CHECK(plan.units[7].text == &list.items[0].content);
  CHECK(plan.check_state(true) == "TICKED BOX");
  CHECK(plan.check_state(false) == "EMPTY");
  CHECK(plan.ticked == "TICKED");
  const model::UnitIndex index(*read.handout);
  CHECK(index.of(table.rows[1]).id == "u6");
  CHECK(index.of(table).id == "u4");
  CHECK(index.of(*table.caption).id == "u3");
  CHECK(index.of(list).id == "u7");
}

TEST_CASE("tables and checklists are introduced in the handout's language") {
  const std::string blocks =
      "<section><heading>H</heading><table><header><cell>A</cell><cell>B</cell></header>"
      "<row><cell>a</cell><cell>b</cell></row></table><checklist><item>x</item><item>y</item>"
      "<item>z</item></checklist></section>";
  for (const auto& [tag, intro, items, done, not_done, ticked] :
       std::vector<std::array<std::string, 6>>{
           {"en-US", "A table of 1 row:", "A checklist of 3 items.", "done", "not done", "Ticked"},
           {"es", "Una tabla de 1 fila:", "Una lista de 3 casillas para marcar.", "hecho",
            "sin hacer", "Marcado"}}) {
    const auto& tag_shown = tag;  // clang 14 cannot capture a binding
    CAPTURE(tag_shown);
    const testing::ReadResult read =
        testing::read_text("<handout id=\"sample\" lang=\"" + tag + "\">\n<title>T</title>\n" +
                           blocks + "\n</handout>\n");
    REQUIRE_MESSAGE(read.handout, read.report());
    const model::Plan plan = lang::plan_of(*read.handout);
    CHECK(plan.tables.at(0).intro == intro);
    CHECK(plan.checklists.at(0).intro == items);
    CHECK(plan.check_state(true) == done);
    CHECK(plan.check_state(false) == not_done);
    CHECK(plan.ticked == ticked);
  }
}

namespace {

// A handout with a revision date whose clinic publishes at `base` (none when empty).
model::Handout published_at(const std::string& lang, const std::string& base) {
  const testing::ReadResult read = testing::read_text(
      "<handout id=\"sample\" lang=\"" + lang + "\" revised=\"2026-11-26\">\n<title>T</title>\n" +
      section + "\n</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  model::Handout h = *read.handout;
  if (!base.empty()) std::get<model::Contact>(h.body.back()).clinic.publish_base = base;
  return h;
}

}  // namespace

TEST_CASE("where the other formats are follows the revision date and is read as text") {
  model::PlanWords words = test_words();
  words.available = [](const std::optional<std::string>& page) {
    model::Inlines out{{model::RunKind::text, "ELSEWHERE ", "", false, {}}};
    out.push_back({model::RunKind::web, page.value_or("DESK"), "", false, {}});
    return out;
  };
  const model::Handout published = published_at("en-US", "https://example.org/h/");
  const model::Plan plan = model::make_plan(published, words);
  REQUIRE(plan.available);
  CHECK(plan.available->text() == "ELSEWHERE https://example.org/h/sample.html");
  CHECK(plan.available->runs->at(0).at == published.at);  // the tool's words: at the handout
  // The closing: the date, this line, the end, the thanks; the recording reads its runs.
  REQUIRE(plan.closing.size() == 4);
  CHECK(plan.closing[0].text == "REVISED 2026-11-26");
  CHECK(plan.closing[1].id == plan.available->sentence);
  CHECK(plan.closing[1].id == "closing-s2");
  CHECK(plan.closing[1].text == plan.available->text());
  CHECK(plan.closing[1].words.empty());
  CHECK(plan.closing[1].title == plan.available->runs.get());
  CHECK(plan.closing[2].words == "END:");
  // The runs stay where the closing points when the plan is moved.
  const model::Plan moved = model::Plan(plan);
  CHECK(moved.closing[1].title == moved.available->runs.get());

  const model::Plan unpublished = model::make_plan(published_at("en-US", ""), words);
  REQUIRE(unpublished.available);
  CHECK(unpublished.available->text() == "ELSEWHERE DESK");
  CHECK_FALSE(model::make_plan(published, test_words()).available);
}

TEST_CASE("the other formats are named in the handout's language with its page or the desk") {
  const std::string english =
      "This handout is available in these formats: large print, audio recording, web page, "
      "e-book with audio, talking book, and braille; ";  // ICU's en-US list
  const std::string spanish =
      "Este folleto está disponible en estos formatos: letra grande, grabación de audio, página "
      "web, libro electrónico con audio, libro hablado y braille; ";
  for (const auto& [lang, base, line, address] : std::vector<std::array<std::string, 4>>{
           {"en-US", "", english + "ask for them at the front desk.", ""},
           {"es", "", spanish + "pídalos en la recepción.", ""},
           {"en-US", "https://clinic.example.org/handouts/",
            english + "visit clinic.example.org/handouts/sample.html.",
            "clinic.example.org/handouts/sample.html"},
           {"es", "https://clinic.example.org/handouts/",
            spanish + "visite clinic.example.org/handouts/sample.html.",
            "clinic.example.org/handouts/sample.html"},
           // An address that needs its scheme to open the page keeps it.
           {"en-US", "http://clinic.example.org/h/",
            english + "visit http://clinic.example.org/h/sample.html.",
            "http://clinic.example.org/h/sample.html"}}) {
    const std::string lang_shown = lang, base_shown = base;  // clang 14 cannot capture a binding
    CAPTURE(lang_shown);
    CAPTURE(base_shown);
    const model::Handout h = published_at(lang, base);
    const model::Plan plan = lang::plan_of(h);
    REQUIRE(plan.available);
    CHECK(plan.available->text() == line);
    std::vector<std::string> web;
    for (const model::Run& run : *plan.available->runs)
      if (run.kind == model::RunKind::web) web.push_back(run.text);
    CHECK(web == (address.empty() ? std::vector<std::string>{} : std::vector{address}));
    CHECK(plan.closing.at(1).text == line);
  }
}

}  // namespace handout::test
