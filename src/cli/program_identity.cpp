#include "cli/program_identity.h"

#include <elf.h>
#include <link.h>

#include <cstdio>
#include <cstring>
#include <span>

namespace handout::cli {

namespace {

// The descriptor of the NT_GNU_BUILD_ID note among a PT_NOTE segment's notes, if any.
std::span<const unsigned char> build_id_note(const unsigned char* at, std::size_t size) {
  const auto aligned = [](std::size_t n) { return (n + 3) & ~std::size_t{3}; };
  while (size >= sizeof(ElfW(Nhdr))) {
    ElfW(Nhdr) header;
    std::memcpy(&header, at, sizeof header);
    const std::size_t name = aligned(header.n_namesz);
    const std::size_t length = sizeof header + name + aligned(header.n_descsz);
    if (length > size) break;
    const unsigned char* name_at = at + sizeof header;
    if (header.n_type == NT_GNU_BUILD_ID && header.n_namesz == 4 &&
        std::memcmp(name_at, "GNU", 4) == 0)
      return {name_at + name, header.n_descsz};
    at += length;
    size -= length;
  }
  return {};
}

int find_in_program(dl_phdr_info* info, std::size_t, void* data) {
  auto& out = *static_cast<std::string*>(data);
  for (ElfW(Half) i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& segment = info->dlpi_phdr[i];
    if (segment.p_type != PT_NOTE) continue;
    const auto* at = reinterpret_cast<const unsigned char*>(info->dlpi_addr + segment.p_vaddr);
    for (const unsigned char byte : build_id_note(at, segment.p_memsz)) {
      char hex[3];
      std::snprintf(hex, sizeof hex, "%02x", byte);
      out += hex;
    }
    if (!out.empty()) break;
  }
  return 1;  // the program itself comes first; the libraries do not matter here
}

}  // namespace

std::string program_build_id() {
  std::string id;
  dl_iterate_phdr(find_in_program, &id);
  return id;
}

}  // namespace handout::cli
