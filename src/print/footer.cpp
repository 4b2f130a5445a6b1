#include "print/footer.h"

#include "print/line_breaker.h"
#include "print/text.h"

namespace handout::print {

namespace {

Line one_line(const std::string& text, const Style& style, const TextMeasure& measure) {
  const std::vector<Word> words = shape_plain(text, {style.footer, false}, artifact, measure);
  std::vector<Line> lines = break_lines(words, 1e9, measure);
  return lines.empty() ? Line{} : std::move(lines.front());
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

}  // namespace

int footer_line_count(const FooterText& text, const Style& style, const TextMeasure& measure) {
  if (!text.revised) return 1;
  const double widest = one_line(text.terms.page_of(999, 999), style, measure).width;
  const double revised = one_line(*text.revised, style, measure).width;
  return widest + gap(style) + revised <= style.content_width() ? 1 : 2;
}

std::vector<PlacedLine> footer_lines(const FooterText& text, int page, int pages,
                                     const Style& style, const TextMeasure& measure) {
  const double bottom = style.page_height - style.footer_bottom;
  std::vector<PlacedLine> out;
  out.push_back(placed(one_line(text.terms.page_of(page, pages), style, measure), style.margin,
                       bottom, style, measure));
  if (text.revised) {
    Line revised = one_line(*text.revised, style, measure);
    const double x = style.margin + style.content_width() - revised.width;
    const bool stacked = footer_line_count(text, style, measure) == 2;
    const double line_height = style.footer * style.leading;
    out.push_back(placed(std::move(revised), stacked ? style.margin : x,
                         stacked ? bottom - line_height : bottom, style, measure));
  }
  return out;
}

}  // namespace handout::print
