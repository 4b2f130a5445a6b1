#pragma once
// out/<id>.html: one handout as a self-contained, accessible web page. Pure: the model, the
// recording's times and the fonts in, the page's bytes out.
//
// Every sentence of every unit is an element with its id (model/reading_order.h): a <span>
// for text units; for the contact block a <div> for the clinic-wide details ("<unit>-s1") and
// one per office. The read-along script highlights them from the sentence times.
#include <span>
#include <string>
#include <vector>

#include "model/handout.h"
#include "web/file_links.h"
#include "web/page_assets.h"
#include "xhtml/pictures.h"

namespace handout::web {

// A chapter of the recording: "intro", a section's or exercise's id, or "contact".
struct PageChapter {
  std::string id;
  std::string title;
  double start_seconds = 0;
};

struct PageSentence {
  std::string id;
  double begin_seconds = 0;
  double end_seconds = 0;
};

struct PageAudio {
  std::string mp3;  // the recording's file name, beside the page
  std::vector<PageChapter> chapters;
  std::vector<PageSentence> sentences;
};

// The page: the player, fixed at the bottom of the view; the title; a link to the handout's
// other formats (`formats`, the index's entry of the handout, when there is one) and a link to
// each of its other files (`files`: the recording's downloads it); one list of
// the recording's parts (every chapter after the opening, nested as the sections are), each
// linked to its text and to its place in the recording; the text.
//
// The pictures are files beside the page (xhtml/pictures.h): `pictures`, or the handout's own
// files when it is null.
//
// The page registers the offline worker over http(s) (web/offline.h), with its version: a hash
// of the page, of `recording` (the MP3's bytes, or a digest of them) and of its pictures, so that a
// rebuilt page or recording is kept anew.
std::string render_page(const model::Handout& handout, const PageAudio& audio,
                        const PageFonts& fonts, const xhtml::PictureFiles* pictures = nullptr,
                        const std::string& formats = {}, std::span<const FileLink> files = {},
                        std::string_view recording = {});

// "12.3": seconds with at most three decimals, for media fragments (#t=12.3) and data.
std::string seconds_text(double seconds);

}  // namespace handout::web
