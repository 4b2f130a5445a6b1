#include "braille/layout.h"

#include <string>

#include "braille/pieces.h"
#include "lang/terms.h"

namespace handout::braille {

namespace {

class Pager {
 public:
  Pager(PageSize size, const Translator& translator)
      : size_(size),
        text_lines_(static_cast<std::size_t>(size.lines - 1)),
        translator_(translator) {}

  void add(const std::vector<FlowLine>& lines, std::size_t i) {
    const FlowLine& line = lines[i];
    if (line.blank) {
      if (!page_.empty() && page_.size() < text_lines_) page_.push_back({});
      previous_ = Keep::none;
      return;
    }
    const Keep previous = previous_;
    previous_ = line.keep_with_next  ? Keep::always
                : line.keep_if_short ? Keep::if_short
                                     : Keep::none;
    // Within a group kept together, the page ends only when it is full.
    if (previous == Keep::always && page_.size() < text_lines_) {
      page_.push_back(line.cells);
      return;
    }
    // A group starting here: with the lines kept when short too, when they all fit on a page.
    std::size_t group = group_from(lines, i, true);
    if (previous != Keep::none || group > text_lines_) group = group_from(lines, i, false);
    const std::size_t repeat =
        line.headings && line.headings->size() <= text_lines_ / 2 ? line.headings->size() : 0;
    const bool fits = page_.size() + group <= text_lines_;
    if (!page_.empty() &&
        ((!fits && group + repeat <= text_lines_) || page_.size() >= text_lines_)) {
      next_page();
      if (repeat > 0) page_.insert(page_.end(), line.headings->begin(), line.headings->end());
    }
    page_.push_back(line.cells);
  }

  std::vector<Page> take() && {
    if (!page_.empty() || pages_.empty()) next_page();
    return std::move(pages_);
  }

 private:
  void next_page() {
    while (!page_.empty() && page_.back().empty()) page_.pop_back();
    page_.resize(text_lines_);
    const std::string number = std::to_string(pages_.size() + 1);
    const Cells cells =
        translator_.translate({model::Run{model::RunKind::text, number, "", false, {}}});
    const std::size_t width = static_cast<std::size_t>(size_.cells);
    page_.push_back(Cells(width > cells.size() ? width - cells.size() : 0, blank_cell) + cells);
    pages_.push_back(std::move(page_));
    page_.clear();
  }

  // How the line before was kept with the next: not, always, or when the lines fit a page.
  enum class Keep { none, always, if_short };

  static std::size_t group_from(const std::vector<FlowLine>& lines, std::size_t i,
                                bool with_short) {
    std::size_t group = 1;
    for (std::size_t j = i; j + 1 < lines.size() && (lines[j].keep_with_next || lines[j].blank ||
                                                     (with_short && lines[j].keep_if_short));
         ++j)
      ++group;
    return group;
  }

  PageSize size_;
  std::size_t text_lines_;
  Keep previous_ = Keep::none;
  const Translator& translator_;
  Page page_;
  std::vector<Page> pages_;
};

}  // namespace

std::vector<Page> paginate(const std::vector<FlowLine>& lines, PageSize size,
                           const Translator& translator) {
  Pager pager(size, translator);
  for (std::size_t i = 0; i < lines.size(); ++i) pager.add(lines, i);
  return std::move(pager).take();
}

std::vector<Page> lay_out(const model::Handout& handout, const Translator& translator,
                          PageSize size) {
  const lang::Terms terms(handout.lang);
  return paginate(flow(pieces(handout, terms, translator.check_marks()), translator, size.cells),
                  size, translator);
}

}  // namespace handout::braille
