#include "print/pdf_writer.h"

#include <algorithm>
#include <cstdio>

#include "lang/read_along.h"
#include "print/fingerprint.h"
#include "print/font_set.h"
#include "print/layout.h"
#include "print/metadata.h"
#include "print/outline.h"
#include "print/painter.h"
#include "print/pdf_document.h"
#include "print/picture_size.h"
#include "print/qr_encoder.h"
#include "print/style.h"
#include "print/tagger.h"

namespace handout::print {

namespace {

void check_options(const model::Handout& handout, const PrintOptions& options) {
  if (options.body_size >= min_body_size && options.body_size <= max_body_size) return;
  char message[96];
  std::snprintf(message, sizeof message, "font size %g is outside the allowed range, 18 to 32",
                options.body_size);
  throw model::Error({handout.file, {}, message});
}

std::vector<std::string> creators(const model::Handout& handout) {
  std::vector<std::string> out;
  for (const model::Author& author : handout.authors) out.push_back(author.name);
  if (const model::Clinic* clinic = model::clinic_of(handout); out.empty() && clinic)
    out.push_back(clinic->name.text);
  return out;
}

// The fonts, but every character they lack is noted (once per place) instead of thrown.
class CollectingMeasure final : public TextMeasure {
 public:
  explicit CollectingMeasure(const TextMeasure& fonts) : fonts_(fonts) {}
  bool has_glyph(Font font, char32_t c) const override { return fonts_.has_glyph(font, c); }
  double advance(Font font, char32_t c) const override { return fonts_.advance(font, c); }
  double ascent() const override { return fonts_.ascent(); }
  double descent() const override { return fonts_.descent(); }
  void cannot_print(model::Diagnostic problem) const override {
    if (std::ranges::find(problems_, problem) == problems_.end())
      problems_.push_back(std::move(problem));
  }
  model::Diagnostics take() { return std::move(problems_); }

 private:
  const TextMeasure& fonts_;
  mutable model::Diagnostics problems_;
};

// The code to the read-along page, when the handout's clinic publishes and it is wanted.
std::optional<QrRequest> qr_request(const model::Handout& handout, const PrintOptions& options) {
  if (!options.qr) return std::nullopt;
  std::optional<std::string> url = lang::read_along_url(handout);
  if (!url) return std::nullopt;
  try {
    QrMatrix matrix = encode_qr(*url);
    return QrRequest{std::move(*url), std::move(matrix)};
  } catch (const std::runtime_error& error) {
    throw model::Error({handout.file, {}, error.what()});
  }
}

}  // namespace

Pdf render_pdf(const model::Handout& handout, const PrintOptions& options) {
  check_options(handout, options);
  PdfDocument document(handout.file);
  FontSet fonts(document, options.fonts_dir);
  const std::optional<QrRequest> qr = qr_request(handout, options);
  const Layout layout = print::layout(handout, make_style(options.body_size, options.paper), fonts,
                                      qr ? &*qr : nullptr);

  HPDF_SetCompressionMode(document.get(), HPDF_COMP_ALL);
  Tagger tagger(document, layout.nodes);
  const std::vector<HPDF_Page> pages = Painter(document, fonts, tagger, layout).paint();
  tagger.finish(pages);
  write_outline(document, layout.outline, pages, layout.style.page_height);
  fonts.write_to_unicode_maps();
  write_metadata(document, {model::plain_text(handout.title), creators(handout), handout.lang.tag,
                            document_time(handout, options.fallback_epoch),
                            fingerprint(layout, handout.lang.tag)});
  return {document.save(), static_cast<int>(pages.size()), page_starts(layout)};
}

model::Diagnostics check_printable(const model::Handout& handout, const PrintOptions& options) {
  try {
    check_options(handout, options);
    PdfDocument document(handout.file);
    FontSet fonts(document, options.fonts_dir);
    CollectingMeasure measure(fonts);
    const std::optional<QrRequest> qr = qr_request(handout, options);
    const Layout laid_out = print::layout(handout, make_style(options.body_size, options.paper),
                                          measure, qr ? &*qr : nullptr);
    model::Diagnostics problems = measure.take();
    for (const FigureBox& figure : laid_out.figures)
      if (auto warning = resolution_warning(figure, handout.file)) problems.push_back(*warning);
    return problems;
  } catch (const model::Error& error) {
    return {error.diagnostic()};
  }
}

}  // namespace handout::print
