// The web page of the exercise sampler: its pictures as files beside it, each kind of note
// framed in a way of its own, and only the ids the page may have.
#include <doctest/doctest.h>

#include "element_id_headings.h"
#include "sample_handout.h"
#include "web/page.h"

namespace handout::test {

namespace {

const web::PageAudio no_audio{"exercise-sampler.mp3", {}, {}};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the page shows each picture from the file beside it at its prepared size") {
  const model::Handout h = testing::read_exercise_sampler();
  xhtml::PictureFiles pictures(h);
  pictures.files()[1].width = 640;
  pictures.files()[1].height = 480;
  const std::string page = web::render_page(h, no_audio, {}, &pictures);
  CHECK(contains(page, "<img src=\"exercise-sampler.picture-1.png\" alt=\"A person bends forward"));
  CHECK(contains(page,
                 "<img src=\"exercise-sampler.picture-2.jpg\" alt=\"Lying on the back, knees "
                 "bent, the hips lifted off the floor.\" width=\"640\" height=\"480\"/>"));
}

TEST_CASE("the style frames each kind of note its own way and needs no colour to tell them") {
  const std::string style = web::style_sheet({});
  CHECK(contains(style, "aside{border-left:0.4em solid var(--note-edge)"));
  CHECK(contains(style, ".note-emergency{border:0.45em double var(--emergency-edge)"));
  CHECK(contains(style,
                 ".note-warning{border:0.2em solid var(--warning-edge);border-left-width:0.6em"));
  CHECK(contains(style, ".note-tip{border:0.15em dashed var(--tip-edge)"));
  // A picture is highlighted while its description, hidden from sight, is spoken.
  CHECK(contains(style, ".description.speaking~img{"));
}

TEST_CASE("the sampler page uses only its sections' and exercises' ids and the page's own") {
  const model::Handout h = testing::read_exercise_sampler();
  check_element_ids(web::render_page(h, no_audio, {}), h);
}

}  // namespace handout::test
