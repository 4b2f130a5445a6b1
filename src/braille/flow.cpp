#include "braille/flow.h"

#include <string>

#include "braille/table_flow.h"
#include "braille/wrap.h"
#include "model/inline.h"

namespace handout::braille {

namespace {

constexpr char16_t box_top = u'\u2836';     // dots 2-3-5-6
constexpr char16_t box_bottom = u'\u281B';  // dots 1-2-4-5

bool in_title(Role role) {
  return role == Role::title || role == Role::subtitle || role == Role::author;
}

// A paragraph that introduces what follows ("Call us if you have:").
bool ends_with_colon(const model::Inlines& runs) {
  const std::string text = model::plain_text(runs);
  const std::size_t last = text.find_last_not_of(' ');
  return last != std::string::npos && text[last] == ':';
}

constexpr int short_list = 4;  // a list of this many items or fewer is not split across pages

class Flow {
 public:
  Flow(const Translator& translator, int width) : translator_(translator), width_(width) {}

  void piece(const Piece& piece);
  std::vector<FlowLine> take() && { return std::move(lines_); }

 private:
  void add(const std::vector<Cells>& lines, bool keep) {
    for (const Cells& line : lines) lines_.push_back({line, false, keep, false, nullptr});
  }
  // A paragraph's or a note's lines, never its first line alone at the foot of a page nor its
  // last alone at the head of the next (so one of two or three lines is kept whole).
  void add_block(const std::vector<Cells>& lines) {
    const std::size_t first = lines_.size();
    add(lines, false);
    if (lines.size() < 2) return;
    lines_[first].keep_with_next = true;
    lines_[lines_.size() - 2].keep_with_next = true;
  }
  void blank() {
    if (!lines_.empty() && !lines_.back().blank)
      lines_.push_back({{}, true, false, false, nullptr});
  }
  // A blank line before and after a table (BANA 11.2), its caption a heading before it.
  void table(const Piece& piece) {
    if (previous_role_ != Role::table_caption) blank();
    for (FlowLine& line : table_lines(piece, translator_, width_))
      lines_.push_back(std::move(line));
    blank();
  }
  // Centred (level 1), cell 5 (level 2) or cell 7 (deeper: BANA has three levels, so an
  // exercise below a level-3 section shares its cell). A blank line comes before each, except
  // a cell-7 heading right after a cell-5 heading, which BANA's formats do not separate; a
  // cell-7 heading right after another keeps its blank line, or it would read as a runover.
  void heading(const Cells& text, int level) {
    if (level < 3 || previous_heading_ != 2) blank();
    const int indent = level >= 3 ? 6 : 4;
    add(level == 1 ? centre(text, width_) : wrap(text, indent, indent, width_), true);
  }
  // BANA's box (dots 2-3-5-6 above, 1-2-4-5 below, the width of the line) around a note, its
  // label centred under the top line. Neither box line ends or starts a page alone, and the
  // label keeps a line of the note with it. A box right after another is set off by a blank
  // line, so that two boxes are not read as one.
  void box_open(const Cells& label) {
    if (after_box_) blank();
    box_start_ = lines_.size();
    lines_.push_back(
        {Cells(static_cast<std::size_t>(width_), box_top), false, true, false, nullptr});
    add(centre(label, width_), true);
  }
  // The whole box is kept on one page when it fits there; a longer one continues on the next
  // page where the page is full, without a blank line.
  void box_close() {
    if (!lines_.empty()) lines_.back().keep_with_next = true;
    for (std::size_t k = box_start_; k < lines_.size(); ++k)
      if (!lines_[k].keep_with_next) lines_[k].keep_if_short = true;
    lines_.push_back(
        {Cells(static_cast<std::size_t>(width_), box_bottom), false, false, false, nullptr});
  }
  Cells number(int n) const {
    return translator_.translate(
        {model::Run{model::RunKind::text, std::to_string(n) + ".", "", false, {}}});
  }
  void body(const Piece& piece);
  void item(const Piece& piece, const Cells& text);

  const Translator& translator_;
  int width_;
  std::vector<FlowLine> lines_;
  bool after_title_ = false;
  int previous_heading_ = 0;  // the level of the heading just before, or 0
  bool after_box_ = false;
  std::size_t box_start_ = 0;  // the top line of the box being laid out
  bool after_colon_ = false;   // the piece before was a paragraph ending with a colon
  Role previous_role_ = Role::title;
};

void Flow::piece(const Piece& piece) {
  if (in_title(piece.role)) {
    add(centre(translator_.translate(piece.runs), width_), true);
    after_title_ = true;
    return;
  }
  if (after_title_) {
    if (!lines_.empty()) lines_.back().keep_with_next = false;
    blank();
    after_title_ = false;
  }
  // A picture's transcriber's note stays with the caption (or text) that follows it.
  if (previous_role_ == Role::transcriber_note && piece.role == Role::paragraph && !lines_.empty())
    lines_.back().keep_with_next = true;
  body(piece);
  previous_heading_ = piece.role == Role::heading ? piece.level : 0;
  after_box_ = piece.role == Role::box_close;
  after_colon_ = piece.role == Role::paragraph && ends_with_colon(piece.runs);
  previous_role_ = piece.role;
}

// A list item, 1-3 (its label, a bullet or number or mark, first). A list stays with the paragraph
// that introduces it (one ending with a colon): the paragraph's last line, the first item and the
// second are on one page. A list of short_list items or fewer is kept whole on one page when it
// fits there. An item's own lines stay together when they fit a page.
void Flow::item(const Piece& piece, const Cells& text) {
  const std::size_t first = lines_.size();
  if (piece.level == 1 && after_colon_ && first > 0) lines_.back().keep_with_next = true;
  add(wrap(text, 0, 2, width_), false);
  const bool last = piece.level >= piece.items;
  for (std::size_t k = first; k < lines_.size(); ++k) {
    const bool item_end = k + 1 == lines_.size();
    if (!item_end || (!last && piece.items <= short_list)) lines_[k].keep_if_short = true;
  }
  if (piece.level == 1 && after_colon_ && !last) lines_.back().keep_with_next = true;
}

void Flow::body(const Piece& piece) {
  if (piece.role == Role::box_close) return box_close();
  if (piece.role == Role::transcriber_note)  // 7-5
    return add_block(wrap(translator_.transcriber_note(piece.runs), 6, 4, width_));
  if (piece.role == Role::checklist_key)  // 7-5, kept with the first item
    return add(wrap(translator_.transcriber_note(piece.runs), 6, 4, width_), true);
  if (piece.role == Role::table) return table(piece);
  const Cells text = translator_.translate(piece.runs);
  switch (piece.role) {
    case Role::heading:
    case Role::table_caption:
      return heading(text, piece.level);
    case Role::contact_heading:
      return heading(text, 1);
    case Role::office_name:
      return heading(text, 2);
    case Role::paragraph:
      return add_block(wrap(text, 2, 0, width_));
    case Role::bullet_item:
      return item(piece, translator_.bullet() + blank_cell + text);
    case Role::step:
      return item(piece, number(piece.level) + blank_cell + text);
    case Role::check_item:  // its mark is in its text
      return item(piece, text);
    case Role::box_open:
      return box_open(text);
    default:
      return add(wrap(text, 0, 2, width_), false);
  }
}

}  // namespace

std::vector<FlowLine> flow(const std::vector<Piece>& pieces, const Translator& translator,
                           int width) {
  Flow out(translator, width);
  for (const Piece& piece : pieces) out.piece(piece);
  return std::move(out).take();
}

}  // namespace handout::braille
