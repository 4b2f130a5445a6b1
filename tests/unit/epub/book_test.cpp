// The content documents: every unit and sentence where the reading order says, every word in
// order, page markers before the word each printed page starts with.
#include <map>

#include "book_support.h"
#include "element_id_headings.h"
#include "epub/content.h"
#include "epub/documents.h"
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

}  // namespace

TEST_CASE("the book has an opening - a document per top-level section - and the contact") {
  const model::Handout h = read_sample();
  const epub::Book book = epub::build_book(h, {});
  REQUIRE(book.documents.size() == 4);
  CHECK(book.documents[0].name == "opening.xhtml");
  CHECK(book.documents[1].name == "s1.xhtml");
  CHECK(book.documents[2].name == "s2.xhtml");
  CHECK(book.documents[3].name == "contact.xhtml");
  CHECK(book.documents[1].title == "At home");
  REQUIRE(book.toc.size() == 5);
  CHECK(book.toc[2].title == "Ice");
  CHECK(book.toc[2].depth == 2);
  CHECK(book.toc[2].href == "s1.xhtml#u8");
}

TEST_CASE("every sentence of the reading order has a span with its id - in order") {
  const model::Handout h = read_sample();
  const epub::Book book = epub::build_book(h, {});
  std::vector<std::string> expected;
  // What the recording adds: its table of contents before the body, its closing at the end.
  bool contents = false;
  const auto add_contents = [&] {
    for (std::size_t k = 1; k <= model::listed_parts(h).size() + 1; ++k)
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
  std::vector<std::string> listed, found;
  for (const epub::ContentDocument& d : book.documents) {
    listed.insert(listed.end(), d.sentences.begin(), d.sentences.end());
    const pugi::xml_document doc = parse(epub::xhtml_document(d, h.lang.tag));
    ids(doc, found);
  }
  CHECK(listed == expected);
  std::vector<std::string> sentence_ids;
  for (const std::string& id : found)
    if (id.find("-s") != std::string::npos && id.find("heading") == std::string::npos)
      sentence_ids.push_back(id);
  CHECK(sentence_ids == expected);
}

TEST_CASE("the documents show every word of the handout in order") {
  const model::Handout h = read_sample();
  const epub::Book book = epub::build_book(h, {});
  std::string text;
  for (const epub::ContentDocument& d : book.documents)
    text += all_text(parse(epub::xhtml_document(d, h.lang.tag)).child("html").child("body"));
  CHECK(squeeze(text) ==
        squeeze("Knee care After your visit By Ana Example and Ben Example "
                "This recording has 3 parts: At home Exercises How to reach us "
                "Rest today. Ice helps & so does gentle walking. At home "
                "Walk daily. Call (207) 555-0100 if it hurts. Ice Wrap the ice. "
                "Hold it there. Important Stop if it hurts. Exercises Bend the knee ten "
                "times. Then rest. How to reach us Sample Clinic (207) 555-0100 "
                "This handout was revised on November 26, 2026. This handout is available in these "
                "formats: large print, audio recording, web page, e-book with audio, talking book, "
                "and braille; ask for them at the front desk. This is the end "
                "of the recording: Knee care. Thank you for listening."));
}

TEST_CASE("a page marker stands before the word its page starts with") {
  const model::Handout h = read_sample();
  const model::UnitIndex units(h);
  const auto& exercises = std::get<model::Section>(h.body[2]);
  const model::Inlines& bend = std::get<model::Paragraph>(exercises.blocks[0]).content;
  const std::string unit = units.of(bend).id;
  const std::size_t offset = model::plain_text(bend).find("ten");
  const std::vector<epub::PageStart> pages{
      {1, "u1", 0, ""}, {2, unit, offset, ""}, {3, "u13", 0, "u13-s1"}};
  const epub::Book book = epub::build_book(h, pages);
  REQUIRE(book.pages.size() == 3);
  CHECK(book.pages[0].href == "opening.xhtml#page1");
  CHECK(book.pages[1].href == "s2.xhtml#page2");
  CHECK(book.pages[2].href == "contact.xhtml#page3");
  const pugi::xml_document doc = parse(epub::xhtml_document(book.documents[2], h.lang.tag));
  const pugi::xml_node marker = doc.find_node(
      [](const pugi::xml_node& n) { return std::string(n.attribute("id").value()) == "page2"; });
  REQUIRE(marker);
  CHECK(std::string(marker.attribute("epub:type").value()) == "pagebreak");
  CHECK(std::string(marker.attribute("role").value()) == "doc-pagebreak");
  CHECK(std::string(marker.attribute("aria-label").value()) == "2");
  CHECK(std::string(marker.next_sibling().value()).starts_with("ten times."));
  CHECK(std::string(marker.previous_sibling().value()) == "Bend the knee ");
}

TEST_CASE("the opening lists the parts the recording names as links - the end shows its closing") {
  const model::Handout h = read_sample();
  const epub::Book book = epub::build_book(h, {});
  const pugi::xml_document opening =
      parse(epub::xhtml_document(book.documents.front(), h.lang.tag));
  const pugi::xml_node nav =
      opening.find_node([](const pugi::xml_node& n) { return std::string(n.name()) == "nav"; });
  REQUIRE(nav);
  CHECK(std::string(nav.attribute("aria-labelledby").value()) == "contents-s1");
  CHECK(all_text(nav.child("p")) == "This recording has 3 parts:");
  std::vector<std::string> titles, hrefs;
  for (const pugi::xml_node& li : nav.child("ol").children("li")) {
    titles.push_back(all_text(li));
    hrefs.push_back(li.child("a").attribute("href").value());
  }
  CHECK(titles == std::vector<std::string>{"At home", "Exercises", "How to reach us"});
  REQUIRE(book.toc.size() == 5);  // the title, "At home", "Ice", "Exercises", the contact
  CHECK(hrefs == std::vector<std::string>{book.toc[1].href, book.toc[3].href, book.toc[4].href});
  CHECK(nav.next_sibling().attribute("id").value() == std::string("u4"));  // the introduction
  const pugi::xml_document last = parse(epub::xhtml_document(book.documents.back(), h.lang.tag));
  const pugi::xml_node footer = last.child("html").child("body").last_child();
  CHECK(std::string(footer.name()) == "footer");
  CHECK(squeeze(all_text(footer)) ==
        squeeze("This handout was revised on November 26, 2026. This handout is available in these "
                "formats: large print, audio recording, web page, e-book with audio, talking book, "
                "and braille; ask for them at the front desk. This is the end of the recording: "
                "Knee care. Thank you for listening."));
}

TEST_CASE("above 8 parts the opening says how many there are - as the recording does") {
  std::string xml = "<handout id=\"sample\" lang=\"es\"><title>Muchas</title><p>Hola.</p>";
  for (int i = 1; i <= 9; ++i)
    xml += "<section><heading>Parte " + std::to_string(i) + "</heading><p>Texto.</p></section>";
  testing::ReadResult read = testing::read_text(xml + "</handout>\n");
  REQUIRE_MESSAGE(read.handout, read.report());
  const epub::Book book = epub::build_book(*read.handout, {});
  const epub::ContentDocument& opening = book.documents.front();
  CHECK(opening.sentences ==
        std::vector<std::string>{"u1-s1", "contents-s1", "u2-s1"});  // title, count, paragraph
  const pugi::xml_document doc = parse(epub::xhtml_document(opening, "es"));
  const pugi::xml_node count = doc.find_node([](const pugi::xml_node& n) {
    return std::string(n.attribute("id").value()) == "contents-s1";
  });
  REQUIRE(count);
  // Nine sections and the contact block the reader adds at the end.
  CHECK(all_text(count).starts_with("Esta grabación tiene 10 partes. Cada una empieza"));
  CHECK(book.documents.back().sentences.back() == "closing-s3");  // not revised: three
}

TEST_CASE("a page start the handout does not have is an error") {
  const model::Handout h = read_sample();
  CHECK_THROWS_AS(epub::build_book(h, {{2, "u99", 0, ""}}), std::invalid_argument);
}

TEST_CASE("the navigation document nests the sections and lists the pages") {
  const model::Handout h = read_sample();
  const epub::Book book = epub::build_book(h, {{1, "u1", 0, ""}});
  const pugi::xml_document nav =
      parse(epub::navigation_document(book, "Knee care", "en-US", lang::Terms(h.lang)));
  const pugi::xml_node body = nav.child("html").child("body");
  const pugi::xml_node toc = body.find_child_by_attribute("nav", "epub:type", "toc");
  const pugi::xml_node top = toc.child("ol");
  std::vector<std::string> titles;
  for (const pugi::xml_node& li : top.children("li")) titles.push_back(all_text(li.child("a")));
  CHECK(titles == std::vector<std::string>{"Knee care", "At home", "Exercises", "How to reach us"});
  const pugi::xml_node nested = top.child("li").next_sibling("li").child("ol");
  CHECK(all_text(nested.child("li").child("a")) == "Ice");
  const pugi::xml_node pages = body.find_child_by_attribute("nav", "epub:type", "page-list");
  CHECK(std::string(pages.child("ol").child("li").child("a").attribute("href").value()) ==
        "opening.xhtml#page1");
}

TEST_CASE("headings that would derive the book's own ids give their sections others") {
  testing::ReadResult read = testing::read_text(element_id_headings_handout());
  REQUIRE_MESSAGE(read.handout, read.report());
  const model::Handout& h = *read.handout;
  const epub::Book book = epub::build_book(h, {{1, "u1", 0, ""}, {2, "u6", 0, ""}});
  REQUIRE(book.pages.size() == 2);
  for (const epub::ContentDocument& document : book.documents) {
    CAPTURE(document.name);
    check_element_ids(epub::xhtml_document(document, "en-US"), h);
  }
  check_element_ids(epub::navigation_document(book, "Names", "en-US", lang::Terms(h.lang)), h);
}

}  // namespace handout::test
