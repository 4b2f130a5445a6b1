#include "web/web_format.h"

#include <fstream>
#include <sstream>

#include "lang/terms.h"
#include "web/base64.h"
#include "web/index_page.h"
#include "web/offline.h"
#include "web/page.h"
#include "xhtml/prepared_pictures.h"

namespace handout::web {

namespace {

namespace fs = std::filesystem;

constexpr const char* regular_font = "AtkinsonHyperlegible-Regular.ttf";
constexpr const char* bold_font = "AtkinsonHyperlegible-Bold.ttf";
constexpr const char* index_name = "index.html";

std::string read_font(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw model::Error({file.string(), {}, "cannot read the font for the web page"});
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

PageFonts fonts(const writer::Resources& resources) {
  return {base64(read_font(resources.fonts_dir / regular_font)),
          base64(read_font(resources.fonts_dir / bold_font))};
}

PageAudio page_audio(const writer::Recording& recording) {
  PageAudio audio{recording.file.name, {}, {}};
  for (const writer::TimedChapter& chapter : recording.chapters)
    audio.chapters.push_back({chapter.id, chapter.title, chapter.start_seconds});
  for (const writer::TimedSentence& sentence : recording.sentences)
    audio.sentences.push_back({sentence.id, sentence.begin_seconds, sentence.end_seconds});
  return audio;
}

// A digest of the recording's bytes, for the page's offline version: read from the file it is
// spooled to, a piece at a time.
std::string recording_digest(const writer::OutputFile& mp3) {
  OfflineDigest digest;
  if (!mp3.spooled) {
    digest.add(mp3.bytes);
    return digest.hex();
  }
  std::ifstream in(mp3.spooled->path(), std::ios::binary);
  if (!in) throw model::Error({mp3.name, {}, "cannot read the recording for the web page"});
  std::string piece(1 << 16, '\0');
  while (in.read(piece.data(), static_cast<std::streamsize>(piece.size())) || in.gcount() > 0)
    digest.add_piece(std::string_view(piece.data(), static_cast<std::size_t>(in.gcount())));
  digest.end_part();
  return digest.hex();
}

// The files a patient may choose from, each with its label in the handout's language, its
// size, and a recording's length.
std::vector<FileLink> patient_links(std::span<const writer::ListedFile> files,
                                    const model::LanguageTag& lang) {
  const lang::Terms terms(lang);
  std::vector<FileLink> out;
  for (const writer::ListedFile& file : files)
    if (file.kind.for_patients)
      out.push_back({file.name, file.kind.label(terms), file.size, file.seconds,
                     file.stale ? std::string(terms.stale_output()) : std::string()});
  return out;
}

}  // namespace

std::string_view WebFormat::description() const {
  return "out/<id>.html: the web page, large and reflowing, read along with the recording, "
         "its pictures beside it (out/<id>.picture-<n>.png or .jpg); out/index.html: every "
         "handout; out/offline.js: keeps a page opened online for reading offline";
}

const std::vector<writer::OptionSpec>& WebFormat::options() const {
  static const std::vector<writer::OptionSpec> none;
  return none;
}

// The page, and its pictures beside it, any number of each format: "<id>.picture-1.png".
const std::vector<writer::OutputKind>& WebFormat::outputs() const {
  using lang::Medium;
  const std::string pictures(xhtml::picture_infix);
  static const std::vector<writer::OutputKind> kinds{
      {".html", "application/xhtml+xml", Medium::web_page, "HTML"},
      {std::string(xhtml::picture_extension(model::PictureFormat::png)),
       std::string(xhtml::picture_media_type(model::PictureFormat::png)), Medium::web_page, "PNG",
       false, pictures},
      {std::string(xhtml::picture_extension(model::PictureFormat::jpeg)),
       std::string(xhtml::picture_media_type(model::PictureFormat::jpeg)), Medium::web_page, "JPEG",
       false, pictures}};
  return kinds;
}

std::vector<writer::Input> WebFormat::inputs(const writer::Resources& resources,
                                             const writer::OptionValues&,
                                             const model::LanguageTag&) const {
  return {{"regular font", resources.fonts_dir / regular_font, {}},
          {"bold font", resources.fonts_dir / bold_font, {}}};
}

model::Diagnostics WebFormat::check(const model::Handout&, const writer::Resources&) const {
  return {};  // a browser shows every character its fonts or the system's have
}

writer::Rendered WebFormat::render(const model::Handout& handout,
                                   const writer::Resources& resources, const writer::OptionValues&,
                                   const writer::Products& needed) const {
  const PageAudio audio = page_audio(needed.recording.value());
  const xhtml::PictureFiles pictures = xhtml::prepared_pictures(handout);
  const std::vector<FileLink> files = needed.other_files
                                          ? patient_links(*needed.other_files, handout.lang)
                                          : std::vector<FileLink>{};
  writer::Rendered out;
  out.files.push_back(
      {handout.id + ".html", render_page(handout, audio, fonts(resources), &pictures,
                                         std::string(index_name) + "#" + index_anchor(handout.id),
                                         files, recording_digest(needed.recording->file))});
  for (const xhtml::PictureFile& picture : pictures.files())
    out.files.push_back({picture.name, std::string(picture.bytes)});
  out.summary = {{"sentences", audio.sentences.size()},
                 {"pictures", pictures.files().size()},
                 {"seconds", needed.recording->seconds}};
  return out;
}

std::vector<std::string> WebFormat::collection_names() const {
  return {index_name, std::string(offline_worker_name)};
}

std::vector<writer::OutputFile> WebFormat::render_collection(
    std::span<const writer::CollectionEntry> entries, const writer::Resources& resources,
    const writer::OptionValues&) const {
  std::vector<IndexItem> items;
  const model::Clinic* clinic = nullptr;
  model::LanguageTag lang{"en", {}};
  for (const writer::CollectionEntry& entry : entries) {
    const model::Handout& handout = *entry.handout;
    items.push_back({handout.id, model::plain_text(handout.title), handout.lang,
                     patient_links(entry.files, handout.lang),
                     entry.reading ? lang::Terms(handout.lang).reading_level(*entry.reading) : ""});
    const model::Clinic* own = model::clinic_of(handout);
    // The clinic as written in its own language, when a handout is in that language.
    if (own && (!clinic || (!own->lang.empty() && handout.lang.tag == own->lang))) {
      clinic = own;
      lang = own->lang.empty() ? handout.lang : model::LanguageTag{own->lang, {}};
    }
  }
  if (items.empty()) return {};
  return {{index_name, render_index(items, clinic, lang, fonts(resources))},
          {std::string(offline_worker_name), std::string(offline_worker())}};
}

std::string WebFormat::describe(const nlohmann::json& summary) const {
  const std::size_t sentences = summary.value("sentences", std::size_t{0});
  return "web page of " + std::to_string(sentences) + " sentences";
}

}  // namespace handout::web
