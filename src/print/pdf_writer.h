#pragma once
// The large-print, tagged (PDF/UA-1) PDF of one handout.
#include <cstdint>
#include <filesystem>
#include <string>

#include "model/diagnostic.h"
#include "model/handout.h"
#include "print/page_starts.h"
#include "print/paper.h"

namespace handout::print {

struct PrintOptions {
  double body_size = 18;  // points; --font-size, 18 to 32; every other size scales with it
  Paper paper = Paper::letter;
  std::filesystem::path fonts_dir = "fonts";  // Atkinson Hyperlegible and DejaVu Sans
  // Used for the PDF's dates when the handout has no `revised` date (SOURCE_DATE_EPOCH).
  std::int64_t fallback_epoch = 0;
  // The QR code to <publish base><id>.html on the first page, when clinic.xml has <publish>;
  // --no-qr turns it off.
  bool qr = true;
};

struct Pdf {
  std::string bytes;
  int pages = 0;
  std::vector<PageStart> starts;  // where each page starts; points into the handout rendered
};

// The PDF's bytes and page count. Throws model::Error (with the handout's file and the line of the
// offending text) when something cannot be printed, e.g. a character no font has.
Pdf render_pdf(const model::Handout& handout, const PrintOptions& options);

// What render_pdf would refuse, found by laying the handout out without painting it.
model::Diagnostics check_printable(const model::Handout& handout, const PrintOptions& options);

}  // namespace handout::print
