#include "print/pdf_format.h"

#include <algorithm>

#include "print/pdf_writer.h"
#include "print/style.h"

namespace handout::print {

namespace {

using writer::OptionSpec;

const OptionSpec font_size =
    OptionSpec::integer("font-size", "Body text size in points; headings scale with it",
                        static_cast<int>(min_body_size), static_cast<int>(max_body_size), 18);
// The first choice is the default.
const OptionSpec paper = OptionSpec::choice("paper", "Paper size of the PDF", {"letter", "a4"});
const OptionSpec no_qr = OptionSpec::flag(
    "no-qr", "Leave out the QR code to the read-along page (clinic.xml <publish>)");

PrintOptions print_options(const writer::Resources& resources, const writer::OptionValues& values) {
  return {.body_size = static_cast<double>(values.integer(font_size)),
          .paper = values.text(paper) == "a4" ? Paper::a4 : Paper::letter,
          .fonts_dir = resources.fonts_dir,
          .fallback_epoch = resources.source_date_epoch,
          .qr = !values.flag(no_qr)};
}

// Where each page starts, named by the reading order, with the contact block's sentence when a
// page starts in it (the EPUB's page list reads it).
writer::PrintedPages printed_pages(const model::Handout& handout, const Pdf& pdf) {
  writer::PrintedPages out{handout.id + ".pdf", pdf.pages, {}};
  for (UnitPageStart& start : unit_page_starts(handout, pdf.starts))
    out.starts.push_back(
        {start.page, std::move(start.unit), start.offset, std::move(start.sentence)});
  return out;
}

}  // namespace

std::string_view PdfFormat::description() const {
  return "out/<id>.pdf: the large-print, tagged (PDF/UA) PDF to print or share";
}

const std::vector<OptionSpec>& PdfFormat::options() const {
  static const std::vector<OptionSpec> specs{font_size, paper, no_qr};
  return specs;
}

const std::vector<writer::OutputKind>& PdfFormat::outputs() const {
  static const std::vector<writer::OutputKind> kinds{
      {".pdf", "application/pdf", lang::Medium::large_print, "PDF"}};
  return kinds;
}

std::vector<writer::Input> PdfFormat::inputs(const writer::Resources& resources,
                                             const writer::OptionValues&,
                                             const model::LanguageTag&) const {
  std::vector<std::filesystem::path> fonts;
  std::error_code error;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(resources.fonts_dir, error))
    if (entry.is_regular_file()) fonts.push_back(entry.path());
  std::ranges::sort(fonts);
  std::vector<writer::Input> out;
  for (const auto& font : fonts) out.push_back({font.filename().string(), font, {}});
  out.push_back({"epoch", {}, std::to_string(resources.source_date_epoch)});
  return out;
}

model::Diagnostics PdfFormat::check(const model::Handout& handout,
                                    const writer::Resources& resources) const {
  return check_printable(handout, print_options(resources, {}));
}

writer::Rendered PdfFormat::render(const model::Handout& handout,
                                   const writer::Resources& resources,
                                   const writer::OptionValues& options,
                                   const writer::Products&) const {
  Pdf pdf = render_pdf(handout, print_options(resources, options));
  writer::Rendered out;
  out.products.printed_pages = printed_pages(handout, pdf);
  out.files.push_back({handout.id + ".pdf", std::move(pdf.bytes)});
  out.summary = {{"pages", pdf.pages}};
  return out;
}

std::string PdfFormat::describe(const nlohmann::json& summary) const {
  const int pages = summary.value("pages", 0);
  return std::to_string(pages) + (pages == 1 ? " page" : " pages");
}

}  // namespace handout::print
