// A link with words of its own prints its words and then its address in parentheses, since
// paper cannot be clicked; both are in the Link element. A bare address prints as it is.
#include <doctest/doctest.h>

#include "layout_support.h"

namespace handout::test {

namespace {

std::string paragraph_text(const print::Layout& layout) {
  std::string out;
  for (const LineOnPage& ref : lines_of(layout))
    if (line_role(layout, *ref.line) == print::Role::p ||
        line_role(layout, *ref.line) == print::Role::link)
      out += text_of(*ref.line);
  return out;
}

}  // namespace

TEST_CASE("a link with words prints them and then its address in parentheses all in the link") {
  const model::Inlines text =
      link_with_words("Watch ", "the video", "https://example.org/v", " first.");
  const print::Layout layout = lay(handout({section("S", 1, {model::Paragraph{text, {}}})}, false));
  CHECK(paragraph_text(layout).starts_with("Watch the video (https://example.org/v) first."));
  std::string linked;
  for (const LineOnPage& ref : lines_of(layout))
    for (const print::Span& span : ref.line->spans) {
      const print::Node& node = layout.nodes[static_cast<std::size_t>(span.glyphs.node)];
      if (node.role != print::Role::link) continue;
      CHECK(node.link->uri == "https://example.org/v");
      CHECK(node.link->contents == "Open the video");
      linked += span.glyphs.text;
    }
  CHECK(linked == "the video (https://example.org/v)");
}

TEST_CASE("a bare web address prints as it is and links to itself") {
  const model::Inlines text{
      model::Run{model::RunKind::text, "See ", "", false, {1, 1}},
      model::Run{model::RunKind::web, "www.example.org/exercises", "", false, {1, 5}},
      model::Run{model::RunKind::text, " today.", "", false, {1, 30}}};
  const print::Layout layout = lay(handout({section("S", 1, {model::Paragraph{text, {}}})}, false));
  CHECK(paragraph_text(layout).starts_with("See www.example.org/exercises today."));
  bool linked = false;
  for (const print::Node& node : layout.nodes)
    if (node.link) linked = linked || node.link->uri == "https://www.example.org/exercises";
  CHECK(linked);
}

TEST_CASE("lines after a link's address are anchored to the model text without the address") {
  const model::Inlines text =
      link_with_words(words(20, "before") + " ", "the video",
                      "https://example.org/a/rather/long/address", " " + words(40, "after"));
  const model::Handout h = handout({section("S", 1, {model::Paragraph{text, {}}})}, false);
  const model::Inlines& shown =
      std::get<model::Paragraph>(std::get<model::Section>(h.body[0]).blocks[0]).content;
  const print::Layout layout = lay(h);
  const std::string model_text = model::plain_text(text);
  int checked = 0;
  for (const LineOnPage& ref : lines_of(layout)) {
    const std::string line = text_of(*ref.line);
    if (ref.line->anchor.source != &shown) continue;
    if (!line.starts_with("after")) continue;
    CHECK(model_text.substr(ref.line->anchor.offset, line.size()) == line);
    ++checked;
  }
  CHECK(checked >= 2);
}

}  // namespace handout::test

namespace handout::test {

TEST_CASE(
    "words in another language are a Span with their Lang and the clinic's name and address too") {
  model::Inlines text = runs("Ask for ");
  model::Run spanish{model::RunKind::text, "la doctora Ruiz", "", false, {}};
  spanish.lang.tag = "es-MX";
  text.push_back(spanish);
  text.push_back({model::RunKind::text, " today.", "", false, {}});
  model::Handout h = handout({section("S", 1, {model::Paragraph{text, {}}})});
  std::get<model::Contact>(h.body.back()).clinic.lang = "es";
  const print::Layout layout = lay(h);
  std::string in_spanish, clinic_name;
  for (const LineOnPage& ref : lines_of(layout))
    for (const print::Span& span : ref.line->spans) {
      const print::Node& node = layout.nodes[static_cast<std::size_t>(span.glyphs.node)];
      if (node.role == print::Role::span && node.lang == "es-MX") in_spanish += span.glyphs.text;
      if (node.role == print::Role::p && node.lang == "es") clinic_name += span.glyphs.text;
    }
  CHECK(in_spanish == "la doctora Ruiz");
  // The name and each office's address lines (clinic.xml's words); not the phone numbers.
  CHECK(clinic_name ==
        "Clinic Name" + std::string("1 Main StreetTown, ME 04000") + "1 Main StreetTown, ME 04000");
  // The page's own words have no Lang of their own: the document's applies.
  for (const print::Node& node : layout.nodes)
    if (node.role == print::Role::link) CHECK_FALSE(node.lang);
}

}  // namespace handout::test
