#include "epub/package_files.h"

#include <chrono>
#include <map>
#include <stdexcept>

#include "epub/content.h"
#include "epub/documents.h"
#include "epub/overlay.h"
#include "epub/package.h"
#include "epub/style.h"
#include "lang/read_along.h"
#include "model/name_uuid.h"
#include "model/plan.h"

namespace handout::epub {

namespace {

const char* const container_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

std::string clinic_name(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->name.text : std::string();
}

// The folder of the pictures in the package, from the content documents.
constexpr std::string_view pictures_folder = "images/";

Metadata metadata(const model::Handout& handout, const PackageInputs& in,
                  const xhtml::PictureFiles& pictures) {
  Metadata m;
  m.identifier = identifier(handout);
  m.title = model::plain_text(handout.title);
  m.language = handout.lang.tag;
  for (const model::Author& author : handout.authors) m.creators.push_back(author.name);
  if (m.creators.empty()) m.creators.push_back(clinic_name(handout));
  m.modified = modified_time(handout, in.fallback_epoch);
  m.summary = lang::Terms(handout.lang).book_summary();
  m.page_source = in.pdf_name;
  m.audio = "audio/" + in.audio.name;
  m.web_page = lang::read_along_url(handout);
  for (const FontFile& font : in.fonts) m.fonts.push_back("fonts/" + font.name);
  for (const xhtml::PictureFile& picture : pictures.files())
    m.pictures.push_back({picture.name, std::string(picture.media_type)});
  return m;
}

}  // namespace

std::string modified_time(const model::Handout& handout, std::int64_t fallback_epoch) {
  return model::iso_text(model::civil_time(model::dated_at(handout, fallback_epoch)));
}

std::string identifier(const model::Handout& handout) {
  return model::name_uuid(clinic_name(handout) + '\n' + handout.id);
}

Package package_files(const model::Handout& handout, const PackageInputs& in) {
  xhtml::PictureFiles pictures = in.pictures ? *in.pictures : xhtml::PictureFiles(handout);
  pictures.place_in(pictures_folder);
  const Book book = build_book(handout, in.pages, &pictures);
  std::map<std::string, Clip> clips;
  for (const Clip& clip : tile(in.audio.clips, in.audio.duration)) clips.emplace(clip.id, clip);
  Package out;
  std::vector<Overlay> overlays;
  for (const ContentDocument& d : book.documents) {
    overlays.push_back(make_overlay(d, clips, "audio/" + in.audio.name));
    out.duration += overlays.back().duration;
    out.sentences += d.sentences.size();
  }
  if (out.sentences != clips.size())
    throw std::invalid_argument("the recording speaks sentences the content documents do not show");
  out.pages = book.pages.size();
  const std::string& lang = handout.lang.tag;
  const Metadata meta = metadata(handout, in, pictures);
  std::vector<PackageFile>& f = out.files;
  f.push_back({"mimetype", "application/epub+zip", false});
  f.push_back({"META-INF/container.xml", container_xml});
  f.push_back({"EPUB/package.opf", package_document(meta, book, overlays)});
  f.push_back(
      {"EPUB/nav.xhtml", navigation_document(book, meta.title, lang, lang::Terms(handout.lang))});
  f.push_back({std::string("EPUB/") + stylesheet_name, stylesheet()});
  for (std::size_t i = 0; i < book.documents.size(); ++i) {
    f.push_back({"EPUB/" + book.documents[i].name, xhtml_document(book.documents[i], lang)});
    f.push_back({"EPUB/" + overlays[i].name, overlays[i].smil});
  }
  for (const FontFile& font : in.fonts)
    f.push_back({"EPUB/fonts/" + font.name, {}, true, font.bytes});
  for (const xhtml::PictureFile& picture : pictures.files())  // PNG and JPEG do not deflate
    f.push_back({"EPUB/" + picture.name, {}, false, picture.bytes});
  f.push_back({"EPUB/audio/" + in.audio.name, {}, false, in.audio.bytes, in.audio.file});
  return out;
}

}  // namespace handout::epub
