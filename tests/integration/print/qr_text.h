#pragma once
// The words printed beside the QR code ("Listen to this handout:" and the short address, which
// the line breaker may split over lines), as pdftotext reads them back.
#include <string>

#include "model/handout.h"

namespace handout::test {

// The label and the address as printed, without spaces: "Listentothishandout:www.example…".
std::string qr_words(const model::Handout& handout);

// `text` without the words beside the code; fails the test unless they are there, once, when
// the handout's clinic publishes.
std::string without_qr_text(const std::string& text, const model::Handout& handout);

}  // namespace handout::test
