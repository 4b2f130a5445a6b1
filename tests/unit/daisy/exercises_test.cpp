// Pictures and exercises in the talking book: a top-level exercise is a part with a SMIL file
// of its own, like a section; every exercise is a heading of ncc.html one level below its
// section's; each picture is a file of the book beside the text, which ncc:files counts.
#include "daisy/book_files.h"
#include "daisy_support.h"
#include "element_id_headings.h"
#include "sample_handout.h"

namespace handout::test {

namespace {

// A top-level exercise, then a section with an exercise and its picture.
const char* const exercises = R"(<handout id="program" lang="en-US" revised="2026-11-26">
<title>Program</title>
<exercise id="warm-up"><name>Warm up</name><p>Walk a little.</p><dose times="1" per="day"/></exercise>
<section><heading>Strength</heading>
<exercise><name>Bridge</name>
<figure src="images/bridge.jpg"><description>Hips lifted off the floor.</description></figure>
<dose reps="10"/></exercise>
</section>
</handout>
)";

model::Handout read_exercises() {
  testing::ReadResult read = testing::read_text(exercises, "program", testing::exercise_content());
  REQUIRE_MESSAGE(read.handout, read.report());
  return std::move(*read.handout);
}

}  // namespace

TEST_CASE("a top-level exercise is a part and every exercise a heading below its section's") {
  const daisy::TextDocument text = daisy::build_text(read_exercises());
  std::vector<std::string> parts, headings;
  for (const daisy::Part& part : text.parts) {
    parts.push_back(part.smil + " " + part.title);
    for (const daisy::Heading& h : part.headings)
      headings.push_back(std::to_string(h.level) + " " + h.title);
  }
  CHECK(parts == std::vector<std::string>{"opening.smil Program", "s1.smil Warm up",
                                          "s2.smil Strength", "contact.smil How to reach us",
                                          "closing.smil This is the end of the recording"});
  CHECK(headings == std::vector<std::string>{"1 Program", "1 Warm up", "1 Strength", "2 Bridge",
                                             "1 How to reach us",
                                             "1 This is the end of the recording"});
}

TEST_CASE("the text shows a picture beside it with its description as alt text and in words") {
  const model::Handout h = read_exercises();
  const pugi::xml_document doc =
      parse(daisy::xhtml_document("Program", "en-US", daisy::build_text(h).body));
  const pugi::xml_node img =
      doc.find_node([](const pugi::xml_node& n) { return std::string(n.name()) == "img"; });
  REQUIRE(img);
  CHECK(std::string(img.attribute("src").value()) == "program.picture-1.jpg");
  CHECK(std::string(img.attribute("alt").value()) == "Hips lifted off the floor.");
  const pugi::xml_node figure = img.parent();
  CHECK(std::string(figure.attribute("class").value()) == "figure");
  const pugi::xml_node description = figure.child("p");
  CHECK(all_text(description.child("strong")) == "Picture:");
  CHECK(all_text(description.child("span")) == "Hips lifted off the floor.");
}

TEST_CASE("ncc.html counts each picture among the book's files") {
  const model::Handout h = read_exercises();
  const daisy::Book book = daisy::make_book(h, made_up_timing(h), 0);
  const pugi::xml_document ncc = parse(book.documents.front().text);
  const pugi::xml_node head = ncc.child("html").child("head");
  // ncc.html, content.html, master.smil, five SMIL files, the recording and the picture.
  CHECK(meta(head, "ncc:files") == "10");
  CHECK(meta(head, "ncc:depth") == "2");
}

TEST_CASE("the sampler's text uses only its sections' and exercises' ids and the formats'") {
  const model::Handout h = testing::read_exercise_sampler();
  const daisy::TextDocument text = daisy::build_text(h);
  check_element_ids(daisy::xhtml_document(model::plain_text(h.title), h.lang.tag, text.body), h);
}

}  // namespace handout::test
