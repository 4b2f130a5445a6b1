#include "print/flow.h"

#include <algorithm>
#include <utility>

#include "lang/link_uri.h"
#include "lang/plan_words.h"
#include "model/diagnostic.h"
#include "print/flow_builder.h"

namespace handout::print {

FlowBuilder::FlowBuilder(const model::Handout& handout, const Style& style,
                         const TextMeasure& measure, double page_height)
    : handout_(handout),
      style_(style),
      measure_(measure),
      page_height_(page_height),
      terms_(handout.lang),
      countries_(lang::link_countries(handout.lang.tag, model::clinic_of(handout)
                                                            ? model::clinic_of(handout)->lang
                                                            : std::string())),
      plan_(model::make_plan(handout, lang::plan_words(terms_))) {}

Flow FlowBuilder::take() {
  apply_keep_with_next(flow_.lines);
  return std::move(flow_);
}

namespace {

// Where byte `shown` of the printed text is in the model's text: inserted text is not there.
std::size_t model_offset(std::size_t shown, std::span<const Insertion> insertions) {
  std::size_t inserted = 0;
  for (const Insertion& insertion : insertions)
    if (insertion.at < shown) inserted += std::min(insertion.length, shown - insertion.at);
  return shown - inserted;
}

}  // namespace

// A phone number, an e-mail or a web address is a Link element of its own, in `node`.
int FlowBuilder::link_node(const model::Run& run, int node) {
  const bool link = run.kind == model::RunKind::phone || run.kind == model::RunKind::email ||
                    run.kind == model::RunKind::web;
  // The reader checked every link: a run without an address is none.
  const std::string uri = link ? lang::link_uri(run.kind, run.address(), countries_) : "";
  if (uri.empty()) return node;
  return flow_.structure.add(Role::link, node, LinkTarget{uri, terms_.link(run.kind, run.text)});
}

// Words in another language than the handout's are a Span with their /Lang, in `node`.
int FlowBuilder::language_node(const model::Run& run, int node) {
  if (run.lang.empty()) return node;
  const int span = flow_.structure.add(Role::span, node);
  flow_.structure.set_lang(span, run.lang.tag);
  return span;
}

// A link with words of its own prints its address after them, in parentheses and in the link:
// paper cannot be clicked.
std::vector<Word> FlowBuilder::text_words(const model::Inlines& runs, int node, TextStyle text,
                                          const std::string& file,
                                          std::vector<Insertion>* insertions, bool links) {
  model::Inlines shown;
  std::vector<int> nodes;
  std::size_t offset = 0;
  for (const model::Run& run : runs) {
    shown.push_back(run);
    const int own = language_node(run, node);
    nodes.push_back(links ? link_node(run, own) : own);
    offset += run.text.size();
    if (run.href.empty()) continue;
    model::Run address{model::RunKind::text,
                       (run.text.ends_with(' ') ? "(" : " (") + run.href + ")", "", false, run.at};
    if (insertions) insertions->push_back({offset, address.text.size()});
    offset += address.text.size();
    shown.push_back(std::move(address));
    nodes.push_back(nodes.back());
  }
  return shape(shown, nodes, text, measure_, file);
}

std::vector<Line> FlowBuilder::text_lines(const model::Inlines& runs, int node, TextStyle text,
                                          double width, const std::string& file) {
  std::vector<Insertion> insertions;
  std::vector<Line> lines =
      break_lines(text_words(runs, node, text, file, &insertions), width, measure_);
  record_anchors(runs, lines, insertions);
  return lines;
}

// Each line's byte offset in the runs' plain text: the lines' texts, spaces included, add up to
// it (the shaper keeps every space between words, and a line keeps the space it ends at), less
// what was inserted.
void FlowBuilder::record_anchors(const model::Inlines& runs, const std::vector<Line>& lines,
                                 std::span<const Insertion> insertions) {
  anchors_.clear();
  std::size_t offset = 0;
  for (const Line& line : lines) {
    anchors_.push_back(
        anchor_override_.value_or(TextAnchor{&runs, model_offset(offset, insertions)}));
    for (const Span& span : line.spans) offset += span.glyphs.text.size();
  }
}

void FlowBuilder::emit(std::vector<Line> lines, const Placement& at, double size, double gap,
                       Keep keep) {
  const std::size_t n = lines.size();
  const double height = size * style_.leading;
  const double ink = (measure_.ascent() + measure_.descent()) * size;
  for (std::size_t k = 0; k < n; ++k) {
    FlowLine line;
    line.spans = std::move(lines[k].spans);
    for (Span& span : line.spans) span.x += at.x;
    line.height = height;
    line.baseline = (height - ink) / 2 + measure_.ascent() * size;
    line.space_before = k == 0 ? std::max(gap, spacing_deficit(line)) : 0;
    line.break_before = k == 0 || (keep == Keep::paragraph && k >= 2 && n - k >= 2);
    line.box = at.box;
    line.frame = at.frame;
    line.box_inset = at.inset;
    if (k < anchors_.size()) line.anchor = anchors_[k];
    flow_.lines.push_back(std::move(line));
  }
  anchors_.clear();
}

// Baselines at least `leading` times the larger size apart, also where the size changes.
double FlowBuilder::spacing_deficit(const FlowLine& line) const {
  if (flow_.lines.empty() || flow_.lines.back().figure >= 0) return 0;
  const FlowLine& previous = flow_.lines.back();
  const double natural = previous.height - previous.baseline + line.baseline;
  return std::max(0.0, std::max(previous.height, line.height) - natural);
}

Placement FlowBuilder::inside_box(BoxFrame frame) {
  const double inset = style_.box_inset(frame);
  return {inset, style_.content_width() - 2 * inset, boxes_++, frame, inset};
}

void FlowBuilder::title() {
  const int h1 = flow_.structure.add(Role::h1, 0);
  emit(text_lines(handout_.title, h1, {style_.title, true}, style_.content_width(), handout_.file),
       full_width(), style_.title, 0, Keep::together);
  flow_.lines.back().keep_with_next = true;
  if (handout_.subtitle) {
    const int p = flow_.structure.add(Role::p, 0);
    emit(text_lines(*handout_.subtitle, p, {style_.subtitle, false}, style_.content_width(),
                    handout_.file),
         full_width(), style_.subtitle, 0, Keep::together);
  }
  // The authors, a line each under the title: print needs no "By".
  for (const model::Author* author :
       plan_.byline ? plan_.byline->authors : std::vector<const model::Author*>{}) {
    const int p = flow_.structure.add(Role::p, 0);
    const model::Inlines runs{
        model::Run{model::RunKind::text, author->name, "", false, author->at}};
    anchor_override_ = TextAnchor{author, 0};
    emit(text_lines(runs, p, {style_.body, false}, style_.content_width(), handout_.file),
         full_width(), style_.body, 0, Keep::together);
    anchor_override_.reset();
  }
}

void FlowBuilder::blocks(std::span<const model::Block> blocks) {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::size_t first = flow_.lines.size();
    block(blocks[i]);
    if (i > 0) keep_with_previous(blocks[i - 1], blocks[i], first);
  }
}

namespace {

bool is_list(const model::Block& block) {
  return std::holds_alternative<model::List>(block) ||
         std::holds_alternative<model::Steps>(block) ||
         std::holds_alternative<model::Checklist>(block);
}

// A paragraph that ends with a colon (ASCII or full-width) introduces what follows it.
bool is_lead_in(const model::Block& block) {
  const auto* p = std::get_if<model::Paragraph>(&block);
  if (!p) return false;
  std::string text = model::plain_text(p->content);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t'))
    text.pop_back();
  return text.ends_with(':') || text.ends_with("\uFF1A");
}

}  // namespace

// Blocks that are read together are printed together (docs/content-format.md, "How a page
// ends"): a list after the paragraph that introduces it, and a note after the block it follows,
// which is what a note placed there is about. The page may still end between them when
// nothing else on the page could end it: a last resort.
void FlowBuilder::keep_with_previous(const model::Block& previous, const model::Block& block,
                                     std::size_t first) {
  if (first >= flow_.lines.size()) return;
  FlowLine& line = flow_.lines[first];
  if (is_lead_in(previous) && is_list(block)) line.last_resort = true;
  // A note gives way first: a page may end before it rather than inside a list.
  if (std::holds_alternative<model::Note>(block)) line.last_resort = line.weak = true;
}

// A list of up to short_list_items moves whole to the next page when it fits on one; a longer
// one leaves at least two items on each page. `starts` are its items' first lines.
void FlowBuilder::keep_list(std::span<const std::size_t> starts) {
  if (starts.empty()) return;
  if (starts.size() <= short_list_items) return keep_on_one_page(starts.front());
  flow_.lines[starts[1]].last_resort = true;
  flow_.lines[starts.back()].last_resort = true;
}

void FlowBuilder::block(const model::Block& block) {
  struct Visitor {
    FlowBuilder& self;
    void operator()(const model::Paragraph& p) {
      self.paragraph(p.content, self.parent_, self.full_width(), self.style_.block_gap);
    }
    void operator()(const model::List& list) {
      self.items(list.items, false, self.full_width(), self.style_.block_gap);
    }
    void operator()(const model::Steps& steps) {
      self.items(steps.items, true, self.full_width(), self.style_.block_gap);
    }
    void operator()(const model::Note& note) { self.note(note); }
    void operator()(const model::Contact& contact) { self.contact(contact); }
    void operator()(const model::Section& section) { self.section(section); }
    void operator()(const model::Figure& figure) { self.figure(figure, self.full_width()); }
    void operator()(const model::Exercise& exercise) { self.exercise(exercise); }
    void operator()(const model::Dose& dose) { self.dose(dose, self.full_width()); }
    void operator()(const model::Table& table) { self.table(table); }
    void operator()(const model::Checklist& list) {
      self.checklist(list, self.full_width(), self.style_.block_gap);
    }
  };
  std::visit(Visitor{*this}, block);
}

// A section is a Sect element holding its heading and its blocks, subsections included, so a
// screen reader can move by section as well as by heading.
void FlowBuilder::section(const model::Section& section) {
  const int sect = flow_.structure.add(Role::sect, parent_);
  heading(section.heading, section.depth, sect);
  const int outer = std::exchange(parent_, sect);
  blocks(section.blocks);
  parent_ = outer;
}

// A section's or an exercise's heading: H2 to H5 by depth, in the outline.
void FlowBuilder::heading(const model::Inlines& text, int depth, int sect) {
  const int node = flow_.structure.add(heading_role(depth), sect);
  const double size = style_.heading_size(depth);
  const std::size_t first = flow_.lines.size();
  emit(text_lines(text, node, {size, true}, style_.content_width(), handout_.file), full_width(),
       size, style_.heading_gap, Keep::together);
  flow_.lines[first].outline = static_cast<int>(flow_.outline.size());
  flow_.outline.push_back({model::plain_text(text), std::clamp(depth, 1, max_heading_depth)});
  flow_.lines.back().keep_with_next = true;
}

void FlowBuilder::paragraph(const model::Inlines& runs, int parent, const Placement& at,
                            double gap) {
  const int p = flow_.structure.add(Role::p, parent);
  emit(text_lines(runs, p, {style_.body, false}, at.width, handout_.file), at, style_.body, gap,
       Keep::paragraph);
}

// The revision date at the end of the reading order, a paragraph a screen reader reads (the
// footer's copy is an artifact it skips). It ends the handout's last page, never alone on one.
void FlowBuilder::revision() {
  if (!plan_.revised) return;
  closing_paragraph({model::Run{model::RunKind::text, *plan_.revised, "", false, {}}},
                    plan_.closing.front().id, false);
}

// Where the handout is in the other formats, after the revision date (model/plan.h): body text
// in the reading order, its page's address a link as any other, on the page of the date.
void FlowBuilder::availability() {
  if (plan_.available)
    closing_paragraph(*plan_.available->runs, plan_.available->sentence, plan_.revised.has_value());
}

// A paragraph of the tool's own words at the end, kept whole; `with_last`: on the page of the
// paragraph before it.
void FlowBuilder::closing_paragraph(const model::Inlines& runs, std::string_view sentence,
                                    bool with_last) {
  const int p = flow_.structure.add(Role::p, 0);
  std::size_t number = 1;
  while (number < plan_.closing.size() && plan_.closing[number - 1].id != sentence) ++number;
  anchor_override_ = TextAnchor{&closing_source, number};  // no model text: its sentence
  const std::size_t first = flow_.lines.size();
  emit(text_lines(runs, p, {style_.body, false}, style_.content_width(), handout_.file),
       full_width(), style_.body, style_.block_gap, Keep::together);
  anchor_override_.reset();
  if (first == 0) return;
  if (with_last)
    flow_.lines[first].break_before = false;
  else
    flow_.lines[first].last_resort = flow_.lines[first].weak = true;
}

Flow build_flow(const model::Handout& handout, const Style& style, const TextMeasure& measure,
                double page_height) {
  FlowBuilder builder(handout, style, measure, page_height);
  builder.title();
  builder.blocks(handout.body);
  builder.revision();
  builder.availability();
  return builder.take();
}

void apply_keep_with_next(std::vector<FlowLine>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].keep_with_next) continue;
    if (i + 1 < lines.size()) lines[i + 1].break_before = false;
    if (i + 2 >= lines.size()) continue;
    FlowLine& second = lines[i + 2];
    // Where a new block starts (not inside one kept together), the page may still end as a
    // last resort: a heading over a one-line paragraph need not drag the next block along.
    const bool block_start = second.break_before && !second.last_resort;
    if (block_start && !lines[i + 1].keep_with_next)
      second.last_resort = second.weak = true;
    else
      second.break_before = false;
  }
}

}  // namespace handout::print
