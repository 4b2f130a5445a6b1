#pragma once
// The handout as one long column of lines, before it is cut into pages: every line knows its
// height, the space above it, whether a page may end before it, and the box it sits in.
#include <string>
#include <vector>

#include "lang/terms.h"
#include "model/handout.h"
#include "print/line_breaker.h"
#include "print/measure.h"
#include "print/structure.h"
#include "print/style.h"

namespace handout::print {

// Where a line's first character comes from, so other formats can name the place a printed
// page starts: `source` is the address of the model::Inlines the line shows (`offset` is then a
// byte offset in its plain_text), of the model::Author whose name it shows, or of the
// model::Contact whose block it belongs to (`offset` is then 0 for the heading and the clinic's
// own lines, k + 1 for the lines of office k), of the model::Dose whose line it is, or of the
// model::Note whose label it shows (`offset` 0), of the model::Table whose header row it is
// part of, or of the model::Row it is part of (`offset` 0). A picture's line is anchored to its
// description, at 0. Null for lines no model text made (a table's repeated header).
struct TextAnchor {
  const void* source = nullptr;
  std::size_t offset = 0;
  friend bool operator==(const TextAnchor&, const TextAnchor&) = default;
};

// The source of the lines of the tool's closing paragraphs (model/plan.h: the revision date,
// where the other formats are), whose offset is their sentence's number in the plan's closing
// ("closing-s2": 2), so that a page they start is found where the recording says them.
inline constexpr char closing_source = 0;

struct FlowLine {
  std::vector<Span> spans;      // x measured from the left margin
  double height = 0;            // of the line box: size times leading
  double baseline = 0;          // from the top of the line box
  double space_before = 0;      // dropped at the top of a page
  bool break_before = true;     // may a page end just before this line?
  bool keep_with_next = false;  // the last line of a heading
  bool last_resort = false;     // a break here only if no other break fits (inside a block)
  bool weak = false;  // of the last resorts, the first to give: a keep that reaches past a block
  int box = -1;       // the note or contact block the line is in, if any
  BoxFrame frame = BoxFrame::plain;  // of that box
  double box_inset = 0;              // of that box: its frame and the padding inside it
  int figure = -1;                   // the picture this line is (it has no spans), if any
  int outline = -1;                  // the outline entry whose heading starts here, if any
  bool only_at_page_top = false;     // a continuation heading: printed only if a page starts here
  TextAnchor anchor{};               // the model text the line starts in
  int grid = -1;                     // the table (Flow::grids) whose rules the line is between
  bool row_start = false;            // the first line of one of its rows: a rule above it
};

// A table's rules: a frame around it and a line above each row but the first, and between
// its columns. Each rule lies inside the box it bounds: a column's is at its left edge, the
// frame along the table's edges, a row's along its top.
struct TableGrid {
  std::vector<double> columns;  // each column's left edge, from the table's (the first: 0)
  double width = 0;             // of the table, frame included
  double rule = 0;              // how wide each line is
};

struct OutlineEntry {
  std::string title;
  int depth = 1;   // 1 for a top-level section
  int page = 0;    // filled in by pagination, 0-based
  double top = 0;  // of the heading, from the page's top edge
};

// A picture as printed: as wide as its column unless that would print it below
// min_picture_dpi, and never taller than a page with its caption.
struct FigureBox {
  const model::Figure* figure = nullptr;  // of the handout laid out
  double x = 0;                           // from the left margin
  double width = 0, height = 0;           // printed, in points
  double column = 0;                      // the width of the column it stands in
  int node = -1;                          // its Figure structure element
};

inline constexpr double min_picture_dpi = 150;
// What a picture is prepared at for print: enough for any printer, far less than a photo.
inline constexpr double print_picture_dpi = 200;

struct Flow {
  std::vector<FlowLine> lines;
  std::vector<OutlineEntry> outline;
  std::vector<FigureBox> figures;
  std::vector<TableGrid> grids;
  Structure structure;
};

// `page_height`: how tall the text of a page may be; what fits in it is kept on one page.
Flow build_flow(const model::Handout& handout, const Style& style, const TextMeasure& measure,
                double page_height);

// Heading rules: a heading keeps with the two lines that follow it; the second, when it starts
// another block (the first was a block of one line), only weakly.
void apply_keep_with_next(std::vector<FlowLine>& lines);

}  // namespace handout::print
