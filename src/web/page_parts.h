#pragma once
// The page's one list of the recording's parts: every chapter after the opening, nested as
// the handout's sections and exercises are, each entry its part's name linked to its text and a
// "Play" link to its start in the recording (the MP3 at its time, which the read-along script
// plays in the page). The top level is the parts the spoken contents count and name, with the
// spans of their spoken sentences (model/plan.h), so what the page shows is what is heard.
#include <span>
#include <string>

#include "model/handout.h"
#include "model/plan.h"
#include "web/page.h"
#include "xhtml/renderer.h"

namespace handout::web {

struct PartLinks {
  const model::Handout& handout;
  const model::Plan& plan;
  xhtml::Renderer& text;  // for each part's anchor
  const PageAudio& audio;
  std::string_view play;  // "Play", in the handout's language
};

// <nav class="contents"> named by the spoken count, with its list.
std::string parts_html(const PartLinks& links);

}  // namespace handout::web
