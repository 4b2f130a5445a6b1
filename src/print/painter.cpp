#include "print/painter.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "print/pdf_objects.h"
#include "print/qr_painter.h"

namespace handout::print {

namespace {

// Consecutive spans of one structure node: one marked-content sequence.
template <typename F>
void for_each_group(const std::vector<Span>& spans, F&& paint) {
  std::size_t start = 0;
  while (start < spans.size()) {
    std::size_t end = start + 1;
    while (end < spans.size() && spans[end].glyphs.node == spans[start].glyphs.node) ++end;
    paint(std::span(spans).subspan(start, end - start));
    start = end;
  }
}

}  // namespace

Painter::Painter(PdfDocument& document, FontSet& fonts, Tagger& tagger, const Layout& layout)
    : document_(document), fonts_(fonts), tagger_(tagger), layout_(layout), pictures_(document) {}

std::vector<HPDF_Page> Painter::paint() {
  std::vector<HPDF_Page> pages;
  for (std::size_t i = 0; i < layout_.pages.size(); ++i) {
    HPDF_Page page = HPDF_AddPage(document_.get());
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(layout_.style.page_width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(layout_.style.page_height));
    paint_page(page, static_cast<int>(i), layout_.pages[i]);
    document_.check("painting page " + std::to_string(i + 1));
    pages.push_back(page);
  }
  return pages;
}

void Painter::paint_page(HPDF_Page page, int index, const Page& content) {
  paint_boxes(page, content);
  // In reading order, so the structure tree lists each element where it is read.
  for (const PlacedLine& line : content.lines) {
    if (line.figure >= 0)
      paint_figure(page, index, line);
    else
      paint_line(page, index, line);
  }
  if (index == 0 && layout_.qr) paint_qr(page, tagger_, *layout_.qr, layout_.style.page_height);
  for (const PlacedLine& line : content.footer) paint_line(page, index, line);
  for (const PlacedLine& line : content.header) paint_line(page, index, line);
  bool annotated = false;
  for (const PlacedLine& line : content.lines)
    annotated = paint_links(page, index, line) || annotated;
  if (annotated) HPDF_Dict_AddName(page, "Tabs", "S");
}

void Painter::paint_boxes(HPDF_Page page, const Page& content) {
  if (content.boxes.empty() && content.grids.empty()) return;
  tagger_.begin_artifact(page, "/Type /Layout");
  for (const Box& box : content.boxes) paint_frame(page, box);
  for (const GridBox& grid : content.grids) paint_grid(page, grid);
  tagger_.end(page);
}

// A table's rules, each a filled rectangle inside what it bounds: the frame, a line along the
// top of each row, one along the left of each column.
void Painter::paint_grid(HPDF_Page page, const GridBox& box) {
  const TableGrid& grid = layout_.grids[static_cast<std::size_t>(box.grid)];
  const double rule = grid.rule;
  const auto bar = [&](double x, double top, double width, double height) {
    HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(x), static_cast<HPDF_REAL>(y(top + height)),
                        static_cast<HPDF_REAL>(width), static_cast<HPDF_REAL>(height));
  };
  HPDF_Page_SetRGBFill(page, 0, 0, 0);
  bar(box.x, box.top, grid.width, rule);
  bar(box.x, box.top + box.height - rule, grid.width, rule);
  bar(box.x, box.top, rule, box.height);
  bar(box.x + grid.width - rule, box.top, rule, box.height);
  for (std::size_t c = 1; c < grid.columns.size(); ++c)
    bar(box.x + grid.columns[c], box.top, rule, box.height);
  for (const double top : box.rows) bar(box.x, top, grid.width, rule);
  HPDF_Page_Fill(page);
}

namespace {

// A rectangle stroked `width` wide whose outer edge is `inset` inside the box's.
void stroke_inside(HPDF_Page page, const Box& box, double page_height, double inset, double width) {
  const double edge = inset + width / 2;
  HPDF_Page_SetLineWidth(page, static_cast<HPDF_REAL>(width));
  HPDF_Page_Rectangle(page, static_cast<HPDF_REAL>(box.x + edge),
                      static_cast<HPDF_REAL>(page_height - (box.top + box.height) + edge),
                      static_cast<HPDF_REAL>(box.width - 2 * edge),
                      static_cast<HPDF_REAL>(box.height - 2 * edge));
  HPDF_Page_Stroke(page);
}

}  // namespace

// Told apart by their lines, not their colour: one line, a line twice as wide, two lines, or a
// thinner dashed line.
void Painter::paint_frame(HPDF_Page page, const Box& box) {
  const double border = layout_.style.border;
  const double height = layout_.style.page_height;
  switch (box.frame) {
    case BoxFrame::plain:
    case BoxFrame::thick:
      stroke_inside(page, box, height, 0, layout_.style.frame_width(box.frame));
      break;
    case BoxFrame::double_line:
      stroke_inside(page, box, height, 0, border);
      stroke_inside(page, box, height, 2 * border, border);
      break;
    case BoxFrame::dashed: {
      // libharu takes whole points: dashes about 3 borders long, gaps about 2.
      const HPDF_UINT16 dash[] = {static_cast<HPDF_UINT16>(std::lround(3 * border)),
                                  static_cast<HPDF_UINT16>(std::lround(2 * border))};
      HPDF_Page_SetDash(page, dash, 2, 0);
      stroke_inside(page, box, height, 0, layout_.style.frame_width(box.frame));
      HPDF_Page_SetDash(page, nullptr, 0, 0);
      break;
    }
  }
}

void Painter::paint_line(HPDF_Page page, int index, const PlacedLine& line) {
  for_each_group(line.spans, [&](std::span<const Span> group) {
    const int node = group.front().glyphs.node;
    if (node < 0 && std::ranges::all_of(group, [](const Span& span) {
          return span.glyphs.text.empty() && span.mark == Mark::none;
        }))
      return;
    if (node == artifact)
      tagger_.begin_artifact(page, "/Type /Pagination /Subtype /Footer");
    else if (node == artifact_header)
      tagger_.begin_artifact(page, "/Type /Pagination /Subtype /Header");
    else
      tagger_.begin_content(page, index, node);
    bool text = false;  // inside BT … ET
    for (const Span& span : group) {
      if (span.mark != Mark::none) {
        if (std::exchange(text, false)) HPDF_Page_EndText(page);
        paint_mark(page, line.x + span.x, y(line.baseline), span);
        continue;
      }
      if (span.glyphs.text.empty()) continue;  // an empty cell's place
      if (!std::exchange(text, true)) HPDF_Page_BeginText(page);
      HPDF_Page_SetFontAndSize(page, fonts_.font(span.glyphs.font),
                               static_cast<HPDF_REAL>(span.glyphs.size));
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(line.x + span.x),
                        static_cast<HPDF_REAL>(y(line.baseline)), span.glyphs.text.c_str());
      fonts_.record(span.glyphs.font, span.glyphs.text);
    }
    if (text) HPDF_Page_EndText(page);
    tagger_.end(page);
  });
}

// A checklist's box standing on the baseline at `left` (page coordinates), and its tick: lines
// as wide as a bold letter's strokes, the tick a little wider, with round ends.
void Painter::paint_mark(HPDF_Page page, double left, double baseline, const Span& span) {
  const double size = span.glyphs.size;
  const double side = checkbox_side(size);
  const double line = checkbox_line(size);
  const auto real = [](double value) { return static_cast<HPDF_REAL>(value); };
  HPDF_Page_GSave(page);
  HPDF_Page_SetRGBStroke(page, 0, 0, 0);
  HPDF_Page_SetLineWidth(page, real(line));
  HPDF_Page_Rectangle(page, real(left + line / 2), real(baseline + line / 2), real(side - line),
                      real(side - line));
  HPDF_Page_Stroke(page);
  if (span.mark == Mark::ticked_box) {
    HPDF_Page_SetLineWidth(page, real(1.5 * line));
    HPDF_Page_SetLineCap(page, HPDF_ROUND_END);
    HPDF_Page_SetLineJoin(page, HPDF_ROUND_JOIN);
    HPDF_Page_MoveTo(page, real(left + 0.22 * side), real(baseline + 0.52 * side));
    HPDF_Page_LineTo(page, real(left + 0.42 * side), real(baseline + 0.25 * side));
    HPDF_Page_LineTo(page, real(left + 0.80 * side), real(baseline + 0.80 * side));
    HPDF_Page_Stroke(page);
  }
  HPDF_Page_GRestore(page);
}

void Painter::paint_figure(HPDF_Page page, int index, const PlacedLine& line) {
  const FigureBox& box = layout_.figures[static_cast<std::size_t>(line.figure)];
  HPDF_Image image = pictures_.image(box);
  const double left = line.x + box.x;
  const double bottom = y(line.top + box.height);
  tagger_.begin_content(page, index, box.node);
  HPDF_Page_DrawImage(page, image, static_cast<HPDF_REAL>(left), static_cast<HPDF_REAL>(bottom),
                      static_cast<HPDF_REAL>(box.width), static_cast<HPDF_REAL>(box.height));
  tagger_.end(page);
  tagger_.set_bbox(box.node, {left, bottom, left + box.width, bottom + box.height});
}

bool Painter::paint_links(HPDF_Page page, int index, const PlacedLine& line) {
  bool any = false;
  for_each_group(line.spans, [&](std::span<const Span> group) {
    const int node = group.front().glyphs.node;
    if (node < 0) return;
    const std::optional<LinkTarget>& link = layout_.nodes[static_cast<std::size_t>(node)].link;
    if (!link) return;
    const Span& last = group.back();
    const HPDF_Rect rect{static_cast<HPDF_REAL>(line.x + group.front().x),
                         static_cast<HPDF_REAL>(y(line.top + line.height)),
                         static_cast<HPDF_REAL>(line.x + last.x + last.glyphs.width),
                         static_cast<HPDF_REAL>(y(line.top))};
    HPDF_Annotation annotation = HPDF_Page_CreateURILinkAnnot(page, rect, link->uri.c_str());
    HPDF_LinkAnnot_SetBorderStyle(annotation, 0, 0, 0);
    HPDF_Dict_AddNumber(annotation, "F", 4);  // print
    pdf::add_text(document_.get(), annotation, "Contents", link->contents);
    tagger_.add_annotation(annotation, index, node);
    any = true;
  });
  return any;
}

}  // namespace handout::print
