#pragma once
// The SMIL 1.0 files of a DAISY 2.02 book: one per part, with a <par> per sentence whose
// <text> points at the sentence in the text document and whose <audio> is its clip of the
// recording; and master.smil, which lists them in reading order.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "daisy/book.h"

namespace handout::daisy {

// What every SMIL file of a book names.
struct SmilContext {
  std::string identifier;  // dc:identifier, as in ncc.html
  std::string title;       // dc:title: the book's title
  std::string generator;   // ncc:generator
  std::string audio;       // the recording's file name, beside the SMIL files
  std::string text;        // the text document's file name
};

struct Smil {
  std::string name;  // "s1.smil"
  std::string title;
  std::string xml;
  std::int64_t duration = 0;  // milliseconds: the sum of its clips
};

// A part's SMIL file; `elapsed` is the duration of the parts before it (ncc:totalElapsedTime).
// Throws std::invalid_argument naming a sentence of the part that has no clip.
Smil make_smil(const Part& part, const std::map<std::string, Clip>& clips,
               const SmilContext& context, std::int64_t elapsed);

// master.smil: a <ref> to each SMIL file, in order.
std::string master_smil(const std::vector<Smil>& smils, const SmilContext& context);

}  // namespace handout::daisy
