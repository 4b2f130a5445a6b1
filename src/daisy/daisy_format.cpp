#include "daisy/daisy_format.h"

#include <stdexcept>

#include "archive/zip_archive.h"
#include "daisy/book_files.h"
#include "daisy/clock.h"
#include "xhtml/prepared_pictures.h"

namespace handout::daisy {

namespace {

Timing timing(const writer::Recording& recording) {
  Timing out;
  out.audio = recording.file.name;
  out.duration = milliseconds(recording.seconds);
  for (const writer::TimedSentence& s : recording.sentences)
    out.clips.push_back({s.id, milliseconds(s.begin_seconds), milliseconds(s.end_seconds)});
  return out;
}

// The recording, stored as it is (an MP3 does not deflate): from the file it was spooled to,
// or from its bytes.
archive::Entry recording_entry(const writer::OutputFile& mp3) {
  return {mp3.name, mp3.bytes, mp3.spooled ? mp3.spooled->path() : std::filesystem::path{}, false};
}

}  // namespace

std::string_view DaisyFormat::description() const {
  return "out/<id>.daisy.zip: DAISY 2.02 talking book, full text and audio navigable by heading, "
         "for DAISY players (needs the recording)";
}

const std::vector<writer::OptionSpec>& DaisyFormat::options() const {
  static const std::vector<writer::OptionSpec> none;
  return none;
}

const std::vector<writer::OutputKind>& DaisyFormat::outputs() const {
  static const std::vector<writer::OutputKind> kinds{
      {".daisy.zip", "application/zip", lang::Medium::talking_book, "DAISY"}};
  return kinds;
}

// dc:date is the handout's revision date, else the build's epoch.
std::vector<writer::Input> DaisyFormat::inputs(const writer::Resources& resources,
                                               const writer::OptionValues&,
                                               const model::LanguageTag&) const {
  return {{"epoch", {}, std::to_string(resources.source_date_epoch)}};
}

model::Diagnostics DaisyFormat::check(const model::Handout&, const writer::Resources&) const {
  return {};  // what the book shows and says, the audio writer has checked
}

writer::Rendered DaisyFormat::render(const model::Handout& handout,
                                     const writer::Resources& resources,
                                     const writer::OptionValues&,
                                     const writer::Products& needed) const {
  const writer::Recording& recording = needed.recording.value();
  const xhtml::PictureFiles pictures = xhtml::prepared_pictures(handout);
  Book book;
  try {
    book = make_book(handout, timing(recording), resources.source_date_epoch, &pictures);
  } catch (const std::invalid_argument& error) {
    throw model::Error(
        {handout.file, {}, std::string("cannot make the DAISY book: ") + error.what()});
  }
  std::vector<archive::Entry> entries;
  for (const Document& document : book.documents) entries.push_back({document.name, document.text});
  entries.push_back(recording_entry(recording.file));
  for (const xhtml::PictureFile& picture : pictures.files())  // PNG and JPEG do not deflate
    entries.push_back({picture.name, picture.bytes, {}, false});
  // Spooled to a file: the archive is as large as the recording it holds.
  const std::string name = handout.id + ".daisy.zip";
  auto zipped = std::make_shared<const writer::SpooledFile>(resources.scratch());
  archive::write_zip_archive(entries, zipped->path());
  writer::Rendered out;
  out.files.push_back({name, {}, std::move(zipped)});
  out.summary = {{"headings", book.headings},
                 {"sentences", book.sentences},
                 {"seconds", static_cast<double>(book.duration) / 1000.0}};
  return out;
}

std::string DaisyFormat::describe(const nlohmann::json& summary) const {
  const std::size_t n = summary.value("headings", std::size_t{0});
  return std::to_string(n) + (n == 1 ? " heading" : " headings") + " to navigate";
}

}  // namespace handout::daisy
