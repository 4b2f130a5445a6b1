#include "daisy/book_files.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "daisy/clips.h"
#include "daisy/metadata.h"
#include "daisy/ncc.h"
#include "daisy/smil.h"
#include "daisy/text_document.h"

namespace handout::daisy {

namespace {

// The text's sentences must be the recording's, one for one and in the same order, or a clip
// would show the wrong text.
void require_same_sentences(const TextDocument& text, const std::vector<Clip>& clips) {
  std::size_t i = 0;
  for (const Part& part : text.parts)
    for (const std::string& id : part.sentences) {
      if (i == clips.size())
        throw std::invalid_argument("the recording does not speak sentence " + id);
      if (clips[i].id != id)
        throw std::invalid_argument("the recording speaks sentence " + clips[i].id +
                                    " where the text has " + id);
      ++i;
    }
  if (i != clips.size())
    throw std::invalid_argument("the recording speaks sentence " + clips[i].id +
                                " after the text's last");
}

// A part's headings as ncc.html links them, each to the <par> of its first sentence.
void add_entries(const Part& part, std::vector<NccEntry>& entries) {
  for (const Heading& h : part.headings) {
    if (std::find(part.sentences.begin(), part.sentences.end(), h.sentence) == part.sentences.end())
      throw std::invalid_argument("the heading " + h.title + " starts at no sentence of " +
                                  part.smil);
    entries.push_back({h.level, h.id, h.title, part.smil + "#" + h.sentence});
  }
}

}  // namespace

Book make_book(const model::Handout& handout, const Timing& timing, std::int64_t fallback_epoch,
               const xhtml::PictureFiles* pictures) {
  const xhtml::PictureFiles own = pictures ? xhtml::PictureFiles() : xhtml::PictureFiles(handout);
  if (pictures == nullptr) pictures = &own;
  const TextDocument text = build_text(handout, pictures);
  require_same_sentences(text, timing.clips);
  std::map<std::string, Clip> clips;
  for (const Clip& clip : tile(timing.clips, timing.duration)) clips.emplace(clip.id, clip);
  Metadata meta = book_metadata(handout, fallback_epoch);
  const SmilContext context{meta.identifier, meta.title, meta.generator, timing.audio, text_name};
  Book out;
  std::vector<Smil> smils;
  std::vector<NccEntry> entries;
  for (const Part& part : text.parts) {
    smils.push_back(make_smil(part, clips, context, out.duration));
    out.duration += smils.back().duration;
    out.sentences += part.sentences.size();
    add_entries(part, entries);
  }
  out.headings = entries.size();
  meta.total_time = timing.duration;
  // ncc.html, the text, master.smil, the recording and the pictures.
  meta.files = smils.size() + 4 + pictures->files().size();
  out.documents.push_back({ncc_name, ncc_document(meta, entries)});
  out.documents.push_back({text_name, xhtml_document(meta.title, meta.language, text.body)});
  out.documents.push_back({master_name, master_smil(smils, context)});
  for (Smil& smil : smils) out.documents.push_back({smil.name, std::move(smil.xml)});
  return out;
}

}  // namespace handout::daisy
