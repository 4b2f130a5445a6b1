#include "braille/braille_format.h"

#include "braille/braille_check.h"
#include "braille/brf.h"
#include "braille/louis.h"
#include "braille/louis_translator.h"
#include "braille/own_tables.h"
#include "braille/pef.h"
#include "model/plan.h"

namespace handout::braille {

namespace {

using writer::OptionSpec;

const OptionSpec cells =
    OptionSpec::integer("braille-cells", "Braille cells per line (the embosser's paper width)",
                        min_cells, max_cells, 40);
const OptionSpec lines =
    OptionSpec::integer("braille-lines", "Braille lines per page, the page number's included",
                        min_lines, max_lines, 25);
const OptionSpec grade = OptionSpec::integer(
    "braille-grade", "English braille grade: 2 contracted, 1 uncontracted (Spanish is always 1)", 1,
    2, 2);

// The day the handout's outputs are dated (model::dated_at).
std::string pef_date(const model::Handout& handout, std::int64_t epoch) {
  return model::iso_text(model::civil_time(model::dated_at(handout, epoch)).date);
}

}  // namespace

std::string_view BrailleFormat::description() const {
  return "out/<id>.brf and out/<id>.pef: embosser-ready braille (BRF, and PEF with exact pages)";
}

const std::vector<OptionSpec>& BrailleFormat::options() const {
  static const std::vector<OptionSpec> specs{cells, lines, grade};
  return specs;
}

const std::vector<writer::OutputKind>& BrailleFormat::outputs() const {
  using lang::Medium;
  static const std::vector<writer::OutputKind> kinds{
      {".brf", "application/x-brf", Medium::braille, "BRF"},
      {".pef", "application/x-pef+xml", Medium::braille, "PEF"}};
  return kinds;
}

std::vector<writer::Input> BrailleFormat::inputs(const writer::Resources& resources,
                                                 const writer::OptionValues&,
                                                 const model::LanguageTag&) const {
  std::vector<writer::Input> out{{"liblouis", {}, louis::version()}};
  // Every table any handout may use: both English grades and Spanish.
  for (const std::string& file :
       louis::table_files("en-us-brf.dis,en-ueb-g2.ctb,en-ueb-g1.ctb,es-g1.ctb"))
    out.push_back({std::filesystem::path(file).filename().string(), file, {}});
  out.push_back({"handout-ueb.cti", {}, std::string(ueb_rows())});
  out.push_back({"handout-es.cti", {}, std::string(spanish_rows())});
  out.push_back({"epoch", {}, std::to_string(resources.source_date_epoch)});
  return out;
}

// The characters are checked against grade 1's tables: grade 2's include them, so a handout
// that passes builds at either grade.
model::Diagnostics BrailleFormat::check(const model::Handout& handout,
                                        const writer::Resources&) const {
  return check_braille(handout, braille_code(handout.lang, 1));
}

writer::Rendered BrailleFormat::render(const model::Handout& handout,
                                       const writer::Resources& resources,
                                       const writer::OptionValues& options,
                                       const writer::Products&) const {
  const Code code = braille_code(handout.lang, options.integer(grade));
  for (const model::Diagnostic& error : check_braille(handout, code))
    if (error.severity == model::Severity::error) throw model::Error(error);
  const PageSize size{options.integer(cells), options.integer(lines)};
  const LouisTranslator translator(code);
  const std::vector<Page> pages = lay_out(handout, translator, size);
  const PefMeta meta{"handout:" + handout.id, model::plain_text(handout.title), handout.lang.tag,
                     pef_date(handout, resources.source_date_epoch)};
  writer::Rendered out;
  out.files.push_back({handout.id + ".brf", brf(pages)});
  out.files.push_back({handout.id + ".pef", pef(pages, size, meta)});
  out.summary = {{"pages", pages.size()}, {"grade", code.grade}, {"table", code.table}};
  return out;
}

std::string BrailleFormat::describe(const nlohmann::json& summary) const {
  const int pages = summary.value("pages", 0);
  return std::to_string(pages) + (pages == 1 ? " braille page" : " braille pages");
}

}  // namespace handout::braille
