#pragma once
// The book's metadata from the handout: what ncc.html and every SMIL file say of the book.
#include <cstdint>
#include <string>

#include "daisy/ncc.h"
#include "model/handout.h"

namespace handout::daisy {

// Everything but the totals (ncc:totalTime, ncc:files), which come with the files. The creators
// are the authors, or the clinic when there is none; the publisher is the clinic.
Metadata book_metadata(const model::Handout& handout, std::int64_t fallback_epoch);

// "2026-11-26": the handout's revision date, else the date of `fallback_epoch` (UTC).
std::string book_date(const model::Handout& handout, std::int64_t fallback_epoch);

// "urn:uuid:…" from the clinic's name and the handout's id: the same on every build, and not
// the EPUB's, which is another publication of the handout.
std::string book_identifier(const model::Handout& handout);

inline constexpr const char* generator = "handout";

}  // namespace handout::daisy
