#include "web/content_policy.h"

#include <nettle/sha2.h>

#include <array>

#include "web/base64.h"

namespace handout::web {

std::string source_hash(std::string_view text) {
  sha256_ctx context{};
  sha256_init(&context);
  sha256_update(&context, text.size(), reinterpret_cast<const std::uint8_t*>(text.data()));
  std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
  sha256_digest(&context, digest.size(), digest.data());
  return "'sha256-" +
         base64(std::string_view(reinterpret_cast<const char*>(digest.data()), digest.size())) +
         "'";
}

std::string content_security_policy(std::string_view style, std::string_view script, bool worker) {
  return "default-src 'none'; style-src " + source_hash(style) + "; script-src " +
         (script.empty() ? std::string("'none'") : source_hash(script)) +
         "; font-src data:; img-src 'self'; media-src 'self'; base-uri 'none'; form-action "
         "'none'" +
         std::string(worker ? "; worker-src 'self'" : "");
}

}  // namespace handout::web
