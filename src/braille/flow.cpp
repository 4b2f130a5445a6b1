#include "braille/flow.h"

#include <string>

#include "braille/wrap.h"

namespace handout::braille {

namespace {

constexpr char16_t box_top = u'\u2836';     // dots 2-3-5-6
constexpr char16_t box_bottom = u'\u281B';  // dots 1-2-4-5

bool in_title(Role role) {
  return role == Role::title || role == Role::subtitle || role == Role::author;
}

class Flow {
 public:
  Flow(const Translator& translator, int width) : translator_(translator), width_(width) {}

  void piece(const Piece& piece);
  std::vector<FlowLine> take() && { return std::move(lines_); }

 private:
  void add(const std::vector<Cells>& lines, bool keep) {
    for (const Cells& line : lines) lines_.push_back({line, false, keep});
  }
  void blank() {
    if (!lines_.empty() && !lines_.back().blank) lines_.push_back({{}, true, false});
  }
  void heading(const Cells& text, bool centred) {
    blank();
    add(centred ? centre(text, width_) : wrap(text, 4, 4, width_), true);
  }
  void labelled(const Cells& label, const Cells& text) {
    add(wrap(label + blank_cell + text, 0, 2, width_), false);
  }
  void boxed(const Cells& text) {
    lines_.push_back({Cells(static_cast<std::size_t>(width_), box_top), false, true});
    add(wrap(text, 2, 0, width_), false);
    lines_.back().keep_with_next = true;  // the closing line never starts a page alone
    lines_.push_back({Cells(static_cast<std::size_t>(width_), box_bottom), false, false});
  }
  Cells number(int n) const {
    return translator_.translate(
        {model::Run{model::RunKind::text, std::to_string(n) + ".", "", false, {}}});
  }

  const Translator& translator_;
  int width_;
  std::vector<FlowLine> lines_;
  bool after_title_ = false;
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
  const Cells text = translator_.translate(piece.runs);
  switch (piece.role) {
    case Role::heading:
      return heading(text, piece.level == 1);
    case Role::contact_heading:
      return heading(text, true);
    case Role::office_name:
      return heading(text, false);
    case Role::paragraph:
      return add(wrap(text, 2, 0, width_), false);
    case Role::bullet_item:
      return labelled(translator_.bullet(), text);
    case Role::step:
      return labelled(number(piece.level), text);
    case Role::note:
      return boxed(text);
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
