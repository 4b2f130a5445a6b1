#include "writers/writers.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "braille/braille_format.h"
#include "daisy/daisy_format.h"
#include "epub/epub_format.h"
#include "print/pdf_format.h"
#include "speech/audio_format.h"
#include "web/web_format.h"

namespace handout::writers {

namespace {

const print::PdfFormat pdf;
const speech::AudioFormat audio;
const web::WebFormat web;
const epub::EpubFormat epub;
const braille::BrailleFormat braille_writer;
const daisy::DaisyFormat daisy_book;

// The one place that names the formats. A format comes after the formats it needs.
constexpr std::array<const writer::Writer*, 6> list{&pdf,  &audio,          &web,
                                                    &epub, &braille_writer, &daisy_book};

}  // namespace

std::span<const writer::Writer* const> all() {
  return list;
}

const writer::Writer* find(std::string_view name) {
  for (const writer::Writer* w : list)
    if (w->name() == name) return w;
  return nullptr;
}

const writer::Writer& provider(writer::Product product) {
  for (const writer::Writer* w : list)
    if (std::ranges::count(w->provides(), product) > 0) return *w;
  throw std::logic_error("no format provides what another needs");
}

}  // namespace handout::writers
