#pragma once
// libqrencode, behind one function: the module matrix of a QR code for a text.
#include <string>

#include "print/qr_layout.h"

namespace handout::print {

// Byte mode, error correction level M, the smallest version that holds `text`.
// Throws std::runtime_error when libqrencode cannot encode it (e.g. far too long).
QrMatrix encode_qr(const std::string& text);

}  // namespace handout::print
