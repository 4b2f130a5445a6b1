#pragma once
// One XHTML rendering of a handout's text, shared by every format that shows it as XHTML (the
// web page, the EPUB, a talking book): the same elements, ids, heading levels, emphasis, notes
// and contact block everywhere, from the plan (model/plan.h). Each format keeps only its frame:
// its head, its player, how it splits the text into documents.
//
// Every text unit's element has the unit's id and each of its sentences a <span> with the
// sentence's id (model/reading_order.h); the contact block's clinic-wide details and each
// office are one element each with their sentence's id. So a read-along format highlights what
// the recording says, and every id is unique. Headings are one level below the title's <h1>
// per section depth, as in the PDF. The markup is well-formed XML and valid HTML5.
//
// What issue 24 added, as each element shows it:
// - a figure: the picture with its description as alt text, and its caption. The recording
//   says "Picture: <description>", so the description's sentences have their spans too: in
//   HTML5 hidden from sight and from the accessibility tree (the alt text says it once), before
//   the picture, which the style sheets highlight while one is spoken; in XHTML 1.0 (a talking
//   book, whose
//   reader follows the text) a visible paragraph labelled "Picture:".
// - an exercise: a section (its class "exercise") named by its heading, one level below its
//   section's, like a subsection.
// - a dose: a paragraph of the printed line, its label bold, one sentence.
// - a note: its kind's label ("Emergency") as visible text before its text or blocks, the note
//   named by it, and a class per kind ("note-emergency") that the formats' style sheets frame
//   each in its own way.
// - a link with words of its own: the words, linked to its address.
// - a link to the document itself (the web page's published address, which the closing names
//   as where the other formats are): its words only, so that a screen reader meets no link to
//   the page it is on as if it were another place.
//
// What issue 25 added:
// - a table: <table> with its <caption> (a text unit), a <thead> row of <th scope="col"> and
//   <tbody> rows whose first cell is <th scope="row">, the others <td> (a blank cell empty).
//   The introduction the recording says before the rows ("A table of 4 rows: exercise, …") is
//   not printed: its sentence's element is the header row, highlighted while it is spoken;
//   each body row is its row's one sentence. In HTML5 each <td> names its column in
//   data-label, for a style sheet that shows a narrow table as one block per row.
// - a checklist: a list (class "checklist") that is its introduction's sentence ("A checklist
//   of 5 items.", not printed), highlighted while that is spoken, as the header row is a
//   table's. Each item is a text unit: with Boxes::controls a real, labelled check box (ticked
//   when the clinic ticked it) whose label is the item's element; otherwise a box character
//   (☐, or ☑ when ticked) whose text equivalent is the plan's state ("not done", "done").
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/handout.h"
#include "model/plan.h"
#include "xhtml/pictures.h"

namespace handout::xhtml {

// The vocabulary of the markup: HTML5 (the web page, EPUB 3) or XHTML 1.0 Transitional (talking
// 2.02), which has no sectioning elements and no ARIA: a <section>, <nav>, <aside> or <footer>
// is then a <div> of that class (the contact block's <address> stays).
enum class Markup { html5, xhtml1 };

// A checklist's boxes: characters with their state in words (a book, which has no forms), or
// check boxes a reader ticks (the web page; HTML5 only).
enum class Boxes { text, controls };

// An element that groups blocks: `<tag class id extra>` in HTML5, `<div class id>` in XHTML 1.0
// (class `cls`, else the tag's name; `extra`, such as ARIA, is left out).
struct Group {
  std::string_view tag, cls;
  std::string id, extra;
};
std::string open(Markup markup, const Group& group);
std::string close(Markup markup, std::string_view tag);

// What a format adds inside the text (the EPUB's page-break markers), and what it learns as
// the text is written. Nothing by default.
class Marks {
 public:
  struct At {
    std::size_t offset = 0;  // in the unit's printed plain text, in bytes
    std::string markup;
  };
  virtual ~Marks() = default;
  // The marks of `unit` at offsets in [begin, end), in order. Each is asked for once.
  virtual std::vector<At> in(std::string_view unit, std::size_t begin, std::size_t end);
  // Markup before the element of a contact block's sentence (the clinic's details, an office).
  virtual std::string before(std::string_view sentence);
  // A sentence was shown, in reading order.
  virtual void shown(std::string_view sentence);
};

// A contact block: a <section> named by its heading, the clinic-wide details with the heading
// in the element of their sentence, then an <address> per office with its sentence's id.
// Phone numbers link as dialled in `countries` (lang::link_countries).
std::string contact_html(const model::ContactPlan& contact, std::span<const std::string> countries,
                         Marks& marks, Markup markup = Markup::html5);

class Renderer {
 public:
  // The handout, the plan and `pictures` must outlive it. Without `pictures`, each picture is
  // shown from the handout's own file (PictureFiles as made). `own_address`: the address the
  // rendered document is published at, when it is one (the web page): a link to it is shown
  // as its words.
  Renderer(const model::Handout& handout, const model::Plan& plan, Marks& marks,
           Markup markup = Markup::html5, const PictureFiles* pictures = nullptr,
           Boxes boxes = Boxes::text, std::optional<std::string> own_address = std::nullopt);

  std::string title();     // <h1>
  std::string subtitle();  // empty when there is none
  std::string byline();    // empty when there is no author
  // The spoken contents: the count, and a list of links to the parts (`href` of each part)
  // when the recording names them.
  std::string contents(const std::function<std::string(const model::Block&)>& href);
  // A block; a section with its subsections.
  std::string block(const model::Block& block);
  std::string closing();  // the recording's last words, in a <footer>

  // The id a link to a part the contents name points to: its heading's (a section's or an
  // exercise's name), or the contact block's.
  std::string anchor(const model::Block& part) const;
  // The id of a text unit's element (the title's, a heading's).
  std::string anchor_of(const model::Inlines& text) const { return units_.of(text).id; }

 private:
  std::string unit(const model::Inlines& text, std::string_view tag,
                   std::string_view attributes = "", std::string_view lead = "");
  // A unit's sentences, each a span with its id and `attributes`; `links` false shows a link's
  // words only.
  std::string sentences(const model::Unit& unit, bool links = true,
                        std::string_view attributes = "");
  std::string text(std::string_view value, std::size_t offset, const std::string& unit);
  std::string before_unit(const std::string& unit);
  std::string paragraph(const model::Paragraph& p);
  std::string items(const std::vector<model::Item>& items, bool numbered);
  std::string note(const model::Note& note);
  std::string section(const model::Section& section);
  std::string figure(const model::Figure& figure);
  std::string picture(const model::Figure& figure);
  std::string exercise(const model::Exercise& exercise);
  std::string dose(const model::Dose& dose);
  std::string table(const model::Table& table);
  // A row of cells, `tag` for the first; a format's marks at the row's unit or sentence go in
  // the first cell, as nothing may stand between rows.
  std::string row(const model::Row& row, const model::Row& header, std::string_view first,
                  std::string_view others, const std::string& unit, const std::string& sentence);
  std::string checklist(const model::Checklist& list);
  std::string check(const model::Check& item);
  // Inline text outside any sentence (a table's cell): emphasis and links as in a sentence.
  std::string inlines(const model::Inlines& content);
  // `content` linked to the address of a link run's `text`; as it is for the document's own.
  std::string linked(model::RunKind kind, std::string_view text, std::string content) const;
  // A section or exercise: a group named by its heading, then its blocks.
  std::string headed(std::string_view cls, const std::string& id, int depth,
                     const model::Inlines& heading, const std::vector<model::Block>& blocks);

  const model::Handout& handout_;
  const model::Plan& plan_;
  model::UnitIndex units_;
  std::vector<std::string> countries_;  // whose numbers the phone links dial
  PictureFiles own_pictures_;
  const PictureFiles& pictures_;
  Marks& marks_;
  Markup markup_;
  Boxes boxes_;
  std::optional<std::string> own_address_;
};

}  // namespace handout::xhtml
