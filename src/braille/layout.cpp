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
      return;
    }
    std::size_t group = 1;
    for (std::size_t j = i; j + 1 < lines.size() && (lines[j].keep_with_next || lines[j].blank);
         ++j)
      ++group;
    const bool fits = page_.size() + group <= text_lines_;
    if (!page_.empty() && ((!fits && group <= text_lines_) || page_.size() >= text_lines_))
      next_page();
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

  PageSize size_;
  std::size_t text_lines_;
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
  return paginate(flow(pieces(handout, terms), translator, size.cells), size, translator);
}

}  // namespace handout::braille
