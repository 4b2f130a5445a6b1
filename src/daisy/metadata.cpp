#include "daisy/metadata.h"

#include <cstdio>

#include "model/plan.h"

namespace handout::daisy {

namespace {

std::string clinic_name(const model::Handout& handout) {
  const model::Clinic* clinic = model::clinic_of(handout);
  return clinic ? clinic->name.text : std::string();
}

std::uint64_t fnv1a(std::string_view text, std::uint64_t hash) {
  for (const unsigned char c : text) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

}  // namespace

std::string book_date(const model::Handout& handout, std::int64_t fallback_epoch) {
  return model::iso_text(model::civil_time(model::dated_at(handout, fallback_epoch)).date);
}

// A version 8 (RFC 9562, name-based by our own hash) UUID: 128 bits of two FNV-1a hashes.
std::string book_identifier(const model::Handout& handout) {
  const std::string name = "talking book\n" + clinic_name(handout) + '\n' + handout.id;
  std::uint64_t hi = fnv1a(name, 0xcbf29ce484222325ULL);
  std::uint64_t lo = fnv1a(name, 0x84222325cbf29ce4ULL);
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

Metadata book_metadata(const model::Handout& handout, std::int64_t fallback_epoch) {
  Metadata m;
  m.title = model::plain_text(handout.title);
  for (const model::Author& author : handout.authors) m.creators.push_back(author.name);
  if (m.creators.empty()) m.creators.push_back(clinic_name(handout));
  m.date = book_date(handout, fallback_epoch);
  m.identifier = book_identifier(handout);
  m.language = handout.lang.tag;
  m.publisher = clinic_name(handout);
  m.generator = generator;
  return m;
}

}  // namespace handout::daisy
