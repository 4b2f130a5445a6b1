#include "content/typed_layout.h"

#include <array>
#include <string>
#include <string_view>

#include "model/reading_order.h"

namespace handout::content {

namespace {

// A box typed by hand: brackets around nothing, a space or a tick mark, or a box character
// (U+2610..2612 ballot boxes, U+25A1 white square, U+25A2, U+274F..2752 shadowed squares).
constexpr std::array<std::string_view, 14> typed_boxes = {
    "[ ]", "[]", "[x]", "[X]", "[✓]", "[✔]", "☐", "☑", "☒", "□", "▢", "❏", "❐", "❑"};

// A separator between fields typed on one line.
constexpr std::array<std::string_view, 3> field_separators = {" • ", " | ", " · "};

std::size_t count_of(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string_view::npos;
       at = text.find(what, at + what.size()))
    ++n;
  return n;
}

void find_boxes(const model::Handout& handout, const model::Run& run, model::Diagnostics& out) {
  if (run.kind != model::RunKind::text && run.kind != model::RunKind::say) return;
  for (std::string_view box : typed_boxes) {
    const std::size_t at = run.text.find(box);
    if (at == std::string::npos) continue;
    out.push_back(
        {handout.file, model::locate_in(run, at),
         "\"" + std::string(box) +
             "\" is a check box typed as text: the recording skips it, braille "
             "writes its brackets and a screen reader reads punctuation; write a "
             "<checklist> of <item>s instead (checked=\"yes\" for one the clinic ticks)"});
    return;
  }
}

void find_fields(const model::Handout& handout, const model::Inlines& text,
                 model::Diagnostics& out) {
  for (const model::Run& run : text)
    for (std::string_view separator : field_separators)
      if (run.kind == model::RunKind::text && count_of(run.text, separator) >= 2) {
        out.push_back({handout.file, model::locate_in(run, run.text.find(separator) + 1),
                       "fields separated by \"" +
                           std::string(separator.substr(1, separator.size() - 2)) +
                           "\" read as one run of words in the recording and in braille; if "
                           "this is a row of a schedule or a program, write a <table> (a "
                           "<header> naming the columns, a <row> per line)",
                       model::Severity::warning});
        return;
      }
}

}  // namespace

model::Diagnostics typed_boxes(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout))
    for (const model::Inlines* text : model::texts_of(unit))
      for (const model::Run& run : *text) find_boxes(handout, run, out);
  return out;
}

model::Diagnostics typed_fields(const model::Handout& handout) {
  model::Diagnostics out;
  for (const model::Unit& unit : model::reading_order(handout))
    if (unit.kind == model::UnitKind::item || unit.kind == model::UnitKind::paragraph ||
        unit.kind == model::UnitKind::step)
      find_fields(handout, *unit.text, out);
  return out;
}

}  // namespace handout::content
