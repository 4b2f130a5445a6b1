#include "epub/epub_format.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "archive/zip_archive.h"
#include "epub/clock.h"
#include "epub/package_files.h"
#include "epub/style.h"
#include "xhtml/prepared_pictures.h"

namespace handout::epub {

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read the font " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Recording recording(const writer::Recording& audio) {
  Recording out;
  out.name = audio.file.name;
  if (audio.file.spooled)
    out.file = audio.file.spooled->path();
  else
    out.bytes = audio.file.bytes;
  out.duration = milliseconds(audio.seconds);
  for (const writer::TimedSentence& s : audio.sentences)
    out.clips.push_back({s.id, milliseconds(s.begin_seconds), milliseconds(s.end_seconds)});
  return out;
}

// The package's files as the archive's entries, borrowing their bytes.
std::vector<archive::Entry> entries(const Package& package) {
  std::vector<archive::Entry> out;
  for (const PackageFile& file : package.files)
    out.push_back({file.path, file.contents(), file.file, file.compress});
  return out;
}

}  // namespace

std::string_view EpubFormat::description() const {
  return "out/<id>.epub: EPUB 3 whose text is highlighted as the recording speaks it, for "
         "reading apps (needs pdf and audio)";
}

const std::vector<writer::OptionSpec>& EpubFormat::options() const {
  static const std::vector<writer::OptionSpec> none;
  return none;
}

const std::vector<writer::OutputKind>& EpubFormat::outputs() const {
  static const std::vector<writer::OutputKind> kinds{
      {".epub", "application/epub+zip", lang::Medium::read_along_book, "EPUB"}};
  return kinds;
}

std::vector<writer::Input> EpubFormat::inputs(const writer::Resources& resources,
                                              const writer::OptionValues&,
                                              const model::LanguageTag&) const {
  std::vector<writer::Input> out;
  for (const std::string& font : font_files())
    out.push_back({font, resources.fonts_dir / font, {}});
  out.push_back({"epoch", {}, std::to_string(resources.source_date_epoch)});
  return out;
}

model::Diagnostics EpubFormat::check(const model::Handout& handout,
                                     const writer::Resources& resources) const {
  model::Diagnostics out;
  for (const std::string& font : font_files())
    if (!std::filesystem::is_regular_file(resources.fonts_dir / font))
      out.push_back(
          {handout.file,
           {},
           "the EPUB's font " + font + " is missing from " + resources.fonts_dir.string()});
  return out;
}

writer::Rendered EpubFormat::render(const model::Handout& handout,
                                    const writer::Resources& resources, const writer::OptionValues&,
                                    const writer::Products& needed) const {
  const writer::PrintedPages& pages = needed.printed_pages.value();
  PackageInputs in;
  for (const writer::PageStart& start : pages.starts)
    in.pages.push_back({start.page, start.unit, start.offset, start.sentence});
  in.pdf_name = pages.name;
  in.audio = recording(needed.recording.value());
  for (const std::string& font : font_files())
    in.fonts.push_back({font, read_file(resources.fonts_dir / font)});
  in.fallback_epoch = resources.source_date_epoch;
  const xhtml::PictureFiles pictures = xhtml::prepared_pictures(handout);
  in.pictures = &pictures;
  Package package;
  try {
    package = package_files(handout, in);
  } catch (const std::invalid_argument& error) {
    throw model::Error({handout.file, {}, std::string("cannot make the EPUB: ") + error.what()});
  }
  // Spooled to a file: the archive is as large as the recording it holds.
  const std::string name = handout.id + ".epub";
  auto zipped = std::make_shared<const writer::SpooledFile>(resources.scratch());
  archive::write_zip_archive(entries(package), zipped->path());
  writer::Rendered out;
  out.files.push_back({name, {}, std::move(zipped)});
  out.summary = {{"sentences", package.sentences},
                 {"pages", package.pages},
                 {"seconds", static_cast<double>(package.duration) / 1000.0}};
  return out;
}

std::string EpubFormat::describe(const nlohmann::json& summary) const {
  const std::size_t n = summary.value("sentences", std::size_t{0});
  return std::to_string(n) + (n == 1 ? " sentence" : " sentences") + " synchronised";
}

}  // namespace handout::epub
