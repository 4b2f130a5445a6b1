#include "model/name_uuid.h"

#include <cstdint>
#include <cstdio>

namespace handout::model {

namespace {

std::uint64_t fnv1a_of(std::string_view text, std::uint64_t hash) {
  for (const unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

}  // namespace

std::string name_uuid(std::string_view name) {
  std::uint64_t hi = fnv1a_of(name, 0xcbf29ce484222325ULL);
  std::uint64_t lo = fnv1a_of(name, 0x84222325cbf29ce4ULL);
  hi = (hi & ~0xF000ULL) | 0x8000ULL;                         // version 8
  lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // RFC variant
  char text[48];
  std::snprintf(text, sizeof text, "urn:uuid:%08llx-%04llx-%04llx-%04llx-%012llx",
                static_cast<unsigned long long>(hi >> 32),
                static_cast<unsigned long long>((hi >> 16) & 0xFFFF),
                static_cast<unsigned long long>(hi & 0xFFFF),
                static_cast<unsigned long long>(lo >> 48),
                static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
  return text;
}

}  // namespace handout::model
