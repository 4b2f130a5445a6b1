#pragma once
// Internal to build_flow: appends the lines of each kind of block.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/plan.h"
#include "print/flow.h"
#include "print/text.h"

namespace handout::print {

enum class Keep { paragraph, together };

// A list of this many items or fewer is not split across pages when it fits on one.
inline constexpr std::size_t short_list_items = 4;

struct Placement {
  double x = 0;      // from the left margin
  double width = 0;  // available
  int box = -1;
  BoxFrame frame = BoxFrame::plain;
  double inset = 0;  // of the box
};

// Text the printed line shows that the model's text has not: a link's address after its words.
struct Insertion {
  std::size_t at = 0;  // byte offset in the printed text
  std::size_t length = 0;
};

struct TableNodes;  // flow_table.cpp

class FlowBuilder {
 public:
  FlowBuilder(const model::Handout& handout, const Style& style, const TextMeasure& measure,
              double page_height);
  Flow take();

  void title();
  void blocks(std::span<const model::Block> blocks);
  void revision();
  void availability();

 private:
  void block(const model::Block& block);
  void section(const model::Section& section);
  void paragraph(const model::Inlines& runs, int parent, const Placement& at, double gap);
  void closing_paragraph(const model::Inlines& runs, std::string_view sentence, bool with_last);
  void items(std::span<const model::Item> items, bool numbered, const Placement& at, double gap);
  void note(const model::Note& note);
  void note_label(const model::Note& note, int div, const Placement& at);
  void note_block(const model::Block& block, const Placement& at, double gap);
  void exercise(const model::Exercise& exercise);
  void heading(const model::Inlines& text, int depth, int sect);
  void dose(const model::Dose& dose, const Placement& at);
  void figure(const model::Figure& figure, const Placement& at);
  void keep_on_one_page(std::size_t first);
  void keep_with_previous(const model::Block& previous, const model::Block& block,
                          std::size_t first);
  void keep_list(std::span<const std::size_t> starts);
  void contact(const model::Contact& contact);
  void contact_heading(const model::Contact& contact, int sect);
  void contact_continued(const model::Contact& contact, int sect, const Placement& at);
  void contact_line(const model::ContactLine& line, const Placement& at, int parent, double gap,
                    const std::string& file);
  void table(const model::Table& table);
  void table_caption(const model::Table& table, int node);
  void table_in_columns(const model::Table& table, const TableNodes& nodes,
                        const std::vector<double>& widths);
  void table_stacked(const model::Table& table, const TableNodes& nodes);
  std::vector<FlowLine> row_lines(const model::Row& row, std::span<const int> nodes, bool bold,
                                  const std::vector<double>& widths, int grid);
  std::vector<FlowLine> stacked_row(const model::Table& table, std::size_t row,
                                    const TableNodes& nodes, int grid);
  void push_table_line(FlowLine line, TextAnchor anchor);
  void checklist(const model::Checklist& list, const Placement& at, double gap);

  int link_node(const model::Run& run, int node);
  int language_node(const model::Run& run, int node);
  // The words print shows of `runs` in `node`, links in Link elements of their own (unless
  // only measured: `links` false); with `insertions`, where the printed text has text the
  // model's has not.
  std::vector<Word> text_words(const model::Inlines& runs, int node, TextStyle text,
                               const std::string& file, std::vector<Insertion>* insertions,
                               bool links = true);
  std::vector<Line> text_lines(const model::Inlines& runs, int node, TextStyle text, double width,
                               const std::string& file);
  void record_anchors(const model::Inlines& runs, const std::vector<Line>& lines,
                      std::span<const Insertion> insertions);
  void emit(std::vector<Line> lines, const Placement& at, double size, double gap, Keep keep);
  Placement full_width() const { return {0, style_.content_width(), -1}; }
  Placement inside_box(BoxFrame frame);
  double spacing_deficit(const FlowLine& line) const;

  const model::Handout& handout_;
  const Style& style_;
  const TextMeasure& measure_;
  double page_height_;
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
