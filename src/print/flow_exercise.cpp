// An exercise: a Sect with its name as a heading one level below its section's, its pictures,
// text, notes and its dose line; kept on one page when it fits on one.
#include "print/flow_builder.h"

namespace handout::print {

namespace {

std::string word_text(const Word& word) {
  std::string text;
  for (const Glyphs& part : word.parts) text += part.text;
  return text;
}

// A line of the dose breaks only after its label or a separator ("·"), never inside an amount
// ("3 times a day"): the words between are joined into one, their spaces kept as glyphs.
std::vector<Word> dose_words(std::vector<Word> words) {
  std::vector<Word> out;
  bool may_break = true;
  for (Word& word : words) {
    const std::string text = word_text(word);
    if (may_break || out.empty() || !out.back().space) {
      out.push_back(std::move(word));
    } else {
      Word& joined = out.back();
      joined.width += joined.space->width + word.width;
      joined.parts.push_back(*joined.space);
      for (Glyphs& part : word.parts) joined.parts.push_back(std::move(part));
      joined.space = word.space;
    }
    may_break = text == "\u00B7" || text.ends_with(':');
  }
  return out;
}

}  // namespace

void FlowBuilder::exercise(const model::Exercise& exercise) {
  const int sect = flow_.structure.add(Role::sect, parent_);
  const std::size_t first = flow_.lines.size();
  heading(exercise.name, exercise.depth, sect);
  const int outer = std::exchange(parent_, sect);
  blocks(exercise.blocks);
  parent_ = outer;
  keep_on_one_page(first);
}

// "Dose: 2 sets · 10 times": one paragraph in the body size, its label bold, each amount whole
// on a line.
void FlowBuilder::dose(const model::Dose& dose, const Placement& at) {
  const std::string& printed = plan_.dose(dose).printed;
  const std::size_t colon = printed.find(':');
  const std::size_t split = colon == std::string::npos ? 0 : colon + 1;
  model::Inlines runs;
  if (split > 0)
    runs.push_back({model::RunKind::text, printed.substr(0, split), "", true, dose.at});
  if (split < printed.size())
    runs.push_back({model::RunKind::text, printed.substr(split), "", false, dose.at});
  const int p = flow_.structure.add(Role::p, parent_);
  const std::vector<int> nodes(runs.size(), p);
  std::vector<Line> lines =
      break_lines(dose_words(shape(runs, nodes, {style_.body, false}, measure_, handout_.file)),
                  at.width, measure_);
  anchor_override_ = TextAnchor{&dose, 0};
  record_anchors(runs, lines, {});
  anchor_override_.reset();
  emit(std::move(lines), at, style_.body, style_.block_gap, Keep::together);
}

// The lines from `first` on move to the next page whole rather than split, when they fit on
// one: every place they could break becomes a last resort. Taller than a page, they split
// where any text would.
void FlowBuilder::keep_on_one_page(std::size_t first) {
  std::vector<FlowLine>& lines = flow_.lines;
  double height = 0;
  for (std::size_t i = first; i < lines.size(); ++i) {
    const FlowLine& line = lines[i];
    if (line.only_at_page_top) continue;  // a table's repeated header: not printed here
    height += (i == first ? 0 : line.space_before) + line.height;
    if (line.box >= 0 && (i == first || lines[i - 1].box != line.box)) height += line.box_inset;
    if (line.box >= 0 && (i + 1 == lines.size() || lines[i + 1].box != line.box))
      height += line.box_inset;
  }
  if (height > page_height_) return;
  for (std::size_t i = first + 1; i < lines.size(); ++i)
    if (lines[i].break_before) lines[i].last_resort = true;
}

}  // namespace handout::print
