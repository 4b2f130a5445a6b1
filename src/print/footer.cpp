#include "print/footer.h"

#include <algorithm>

#include "print/line_breaker.h"
#include "print/text.h"

namespace handout::print {

namespace {

// `text` in lines of the footer's size, none wider than the text column: at the largest size
// on the narrowest paper a long date wraps instead of running off the page.
std::vector<Line> furniture_lines(const std::string& text, int node, const Style& style,
                                  const TextMeasure& measure) {
  const std::vector<Word> words = shape_plain(text, {style.footer, false}, node, measure);
  return break_lines(words, style.content_width(), measure);
}

double gap(const Style& style) {
  return 2 * style.footer;
}

PlacedLine placed(Line line, double x, double bottom, const Style& style,
                  const TextMeasure& measure) {
  PlacedLine out;
  out.spans = std::move(line.spans);
  out.x = x;
  out.height = style.footer * style.leading;
  out.top = bottom - out.height;
  out.baseline = bottom -
                 style.footer * (style.leading - measure.ascent() - measure.descent()) / 2 -
                 measure.descent() * style.footer;
  return out;
}

// Whether the date fits on the page number's line, right-aligned, with a gap between them.
bool beside(const FooterText& text, const Style& style, const TextMeasure& measure) {
  const std::vector<Line> widest =
      furniture_lines(text.terms.page_of(999, 999), artifact, style, measure);
  const std::vector<Line> revised = furniture_lines(*text.revised, artifact, style, measure);
  return widest.size() == 1 && revised.size() == 1 &&
         widest.front().width + gap(style) + revised.front().width <= style.content_width();
}

}  // namespace

int footer_line_count(const FooterText& text, const Style& style, const TextMeasure& measure) {
  if (!text.revised) return 1;
  if (beside(text, style, measure)) return 1;
  return 1 + static_cast<int>(furniture_lines(*text.revised, artifact, style, measure).size());
}

std::vector<PlacedLine> footer_lines(const FooterText& text, int page, int pages,
                                     const Style& style, const TextMeasure& measure) {
  const double bottom = style.page_height - style.footer_bottom;
  std::vector<PlacedLine> out;
  std::vector<Line> number =
      furniture_lines(text.terms.page_of(page, pages), artifact, style, measure);
  out.push_back(placed(std::move(number.front()), style.margin, bottom, style, measure));
  if (!text.revised) return out;
  std::vector<Line> revised = furniture_lines(*text.revised, artifact, style, measure);
  const double line_height = style.footer * style.leading;
  if (beside(text, style, measure)) {
    const double x = style.margin + style.content_width() - revised.front().width;
    out.push_back(placed(std::move(revised.front()), x, bottom, style, measure));
    return out;
  }
  // Stacked above the page number, its last line just above it.
  double line_bottom = bottom - static_cast<double>(revised.size()) * line_height;
  for (Line& line : revised) {
    line_bottom += line_height;
    out.push_back(placed(std::move(line), style.margin, line_bottom - line_height, style, measure));
  }
  return out;
}

std::vector<PlacedLine> header_lines(const std::string& running_title, const Style& style,
                                     const TextMeasure& measure) {
  std::vector<PlacedLine> out;
  if (running_title.empty()) return out;
  std::vector<Line> lines = furniture_lines(running_title, artifact_header, style, measure);
  const double top = style.footer_bottom;  // as far from the top edge as the footer from the foot
  out.push_back(placed(std::move(lines.front()), style.margin, top + style.footer * style.leading,
                       style, measure));
  return out;
}

double header_bottom(const Style& style) {
  return style.footer_bottom + style.footer * style.leading;
}

std::string running_title(const std::string& title, const Style& style,
                          const TextMeasure& measure) {
  const std::string ellipsis = "\u2026";
  const auto fits = [&](const std::string& text) {
    return furniture_lines(text, artifact_header, style, measure).size() == 1;
  };
  if (fits(title)) return title;
  // The longest run of whole words from the start that fits with an ellipsis after it.
  std::string shown;
  for (std::size_t space = title.find(' '); space != std::string::npos;
       space = title.find(' ', space + 1)) {
    std::string candidate = title.substr(0, space);
    while (!candidate.empty() &&
           (candidate.back() == ',' || candidate.back() == ':' || candidate.back() == ';'))
      candidate.pop_back();
    if (!fits(candidate + ellipsis)) break;
    shown = candidate;
  }
  return shown.empty() ? std::string() : shown + ellipsis;
}

}  // namespace handout::print
