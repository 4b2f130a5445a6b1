#pragma once
// Internal to build_flow: appends the lines of each kind of block.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "model/plan.h"
#include "print/flow.h"
#include "print/text.h"

namespace handout::print {

enum class Keep { paragraph, together };

struct Placement {
  double x = 0;      // from the left margin
  double width = 0;  // available
  int box = -1;
};

class FlowBuilder {
 public:
  FlowBuilder(const model::Handout& handout, const Style& style, const TextMeasure& measure);
  Flow take();

  void title();
  void blocks(std::span<const model::Block> blocks);

 private:
  void block(const model::Block& block);
  void section(const model::Section& section);
  void paragraph(const model::Inlines& runs, int parent, const Placement& at, double gap);
  void items(std::span<const model::Item> items, bool numbered);
  void note(const model::Note& note);
  void contact(const model::Contact& contact);
  void contact_heading(const model::Contact& contact, int sect);
  void contact_continued(const model::Contact& contact, int sect, const Placement& at);
  void contact_line(const model::ContactLine& line, const Placement& at, int parent, double gap,
                    const std::string& file);

  std::vector<Line> text_lines(const model::Inlines& runs, int node, TextStyle text, double width,
                               const std::string& file);
  void record_anchors(const model::Inlines& runs, const std::vector<Line>& lines);
  void emit(std::vector<Line> lines, const Placement& at, double size, double gap, Keep keep);
  Placement full_width() const { return {0, style_.content_width(), -1}; }
  Placement inside_box();
  double spacing_deficit(const FlowLine& line) const;

  const model::Handout& handout_;
  const Style& style_;
  const TextMeasure& measure_;
  lang::Terms terms_;
  std::vector<std::string> countries_;  // whose numbers the phone links dial
  model::Plan plan_;
  Flow flow_;
  int boxes_ = 0;
  int parent_ = 0;  // the structure element blocks go into: the document or a section's Sect
  std::vector<TextAnchor> anchors_;            // of the lines text_lines made last, for emit
  std::optional<TextAnchor> anchor_override_;  // a block whose lines are not model Inlines
};

}  // namespace handout::print
