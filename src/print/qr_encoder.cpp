#include "print/qr_encoder.h"

#include <qrencode.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace handout::print {

namespace {

struct QrcodeFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};
using QrcodePtr = std::unique_ptr<QRcode, QrcodeFree>;

}  // namespace

QrMatrix encode_qr(const std::string& text) {
  errno = 0;
  const QrcodePtr code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M));
  if (!code)
    throw std::runtime_error("cannot make a QR code for '" + text +
                             "': " + (errno ? std::strerror(errno) : "libqrencode failed"));
  QrMatrix matrix;
  matrix.size = code->width;
  const auto count = static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width);
  matrix.dark.reserve(count);
  for (std::size_t i = 0; i < count; ++i) matrix.dark.push_back((code->data[i] & 1) != 0);
  return matrix;
}

}  // namespace handout::print
