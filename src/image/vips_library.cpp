#include "image/vips_library.h"

#include <dlfcn.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>

#include "image/error.h"

namespace handout::image {

namespace {

// The library's file as its ABI names it (libvips.so.42 for libvips 8.14): the one these headers
// describe.
const std::string vips_soname =
    "libvips.so." + std::to_string(VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE);

// The functions used only to start libvips.
struct Starter {
  decltype(&::vips_version) version;
  decltype(&::vips_init) init;
  decltype(&::vips_concurrency_set) concurrency_set;
  decltype(&::vips_cache_set_max) cache_set_max;
  decltype(&::vips_operation_block_set) operation_block_set;
  decltype(&::g_log_set_handler) log_set_handler;
};

template <class Function>
void look_up(void* library, const char* name, Function& function) {
  void* address = ::dlsym(library, name);
  if (address == nullptr)
    throw Error("pictures cannot be read: " + vips_soname + " has no " + name +
                " (install the Debian package libvips42)");
  function = reinterpret_cast<Function>(address);
}

// The first line of a message, without the name of the part of libvips that wrote it
// ("VipsJpeg: Premature end of input file", "vipspng: libpng read error"); libpng's own prefix
// stays ("IHDR: CRC error").
std::string_view without_part(std::string_view line) {
  line = line.substr(0, line.find('\n'));
  const auto colon = line.find(": ");
  if (colon != std::string_view::npos && (line.starts_with("Vips") || line.starts_with("vips")))
    line.remove_prefix(colon + 2);
  return line;
}

// libvips's PNG loader says what libpng found wrong in a warning ("IHDR: CRC error", "not enough
// data"), and only "libpng read error" in its error: the first warning since the last reason
// was taken is kept for the reason, instead of going to standard error. libvips's own
// "error in tile 0 x 144" says nothing an admin can use.
struct Warnings {
  std::mutex mutex;
  std::string first;
};

Warnings& warnings() {
  static Warnings the_warnings;
  return the_warnings;
}

void keep_first_warning(const gchar* /*domain*/, GLogLevelFlags /*level*/, const gchar* message,
                        gpointer /*data*/) {
  if (message == nullptr) return;
  const std::string_view text = without_part(message);
  if (text.starts_with("error in tile")) return;
  Warnings& kept = warnings();
  const std::lock_guard lock(kept.mutex);
  if (kept.first.empty()) kept.first = text;
}

VipsLibrary open_vips() {
  // RTLD_LOCAL: its symbols stay out of the program's own; never closed (see the header).
  void* library = ::dlopen(vips_soname.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (library == nullptr)
    throw Error("pictures cannot be read: " + std::string(::dlerror()) +
                " (install the Debian package libvips42)");
  VipsLibrary vips{};
  look_up(library, "vips_pngload_buffer", vips.pngload_buffer);
  look_up(library, "vips_jpegload_buffer", vips.jpegload_buffer);
  look_up(library, "vips_thumbnail_image", vips.thumbnail_image);
  look_up(library, "vips_cast", vips.cast);
  look_up(library, "vips_pngsave_buffer", vips.pngsave_buffer);
  look_up(library, "vips_jpegsave_buffer", vips.jpegsave_buffer);
  look_up(library, "vips_image_get_width", vips.image_get_width);
  look_up(library, "vips_image_get_height", vips.image_get_height);
  look_up(library, "vips_image_get_bands", vips.image_get_bands);
  look_up(library, "vips_image_get_format", vips.image_get_format);
  look_up(library, "vips_image_get_interpretation", vips.image_get_interpretation);
  look_up(library, "vips_image_get_typeof", vips.image_get_typeof);
  look_up(library, "vips_image_get_int", vips.image_get_int);
  look_up(library, "vips_image_get_orientation", vips.image_get_orientation);
  look_up(library, "vips_error_buffer", vips.error_buffer);
  look_up(library, "vips_error_clear", vips.error_clear);
  look_up(library, "g_object_unref", vips.object_unref);
  look_up(library, "g_free", vips.free);

  Starter start{};
  look_up(library, "vips_version", start.version);
  look_up(library, "vips_init", start.init);
  look_up(library, "vips_concurrency_set", start.concurrency_set);
  look_up(library, "vips_cache_set_max", start.cache_set_max);
  look_up(library, "vips_operation_block_set", start.operation_block_set);
  look_up(library, "g_log_set_handler", start.log_set_handler);
  // VIPS_INIT's own check, which dlopen by soname makes all but certain.
  if (start.version(3) - start.version(5) != VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE)
    throw Error("pictures cannot be read: " + vips_soname + " is of another ABI");
  // libvips loads its modules from $VIPSHOME's library folder: one that does not exist (Debian
  // policy keeps /nonexistent so) has none. Unless the user chose a VIPSHOME.
  ::setenv("VIPSHOME", "/nonexistent", 0);
  if (start.init("handout") != 0)
    throw Error("pictures cannot be read: libvips did not start: " + vips_reason(vips));
  start.log_set_handler("VIPS",
                        static_cast<GLogLevelFlags>(G_LOG_LEVEL_WARNING | G_LOG_LEVEL_MESSAGE),
                        keep_first_warning, nullptr);
  start.concurrency_set(1);
  start.cache_set_max(0);
  start.operation_block_set("VipsForeignLoad", TRUE);
  start.operation_block_set("VipsForeignLoadPngBuffer", FALSE);
  start.operation_block_set("VipsForeignLoadJpegBuffer", FALSE);
  return vips;
}

}  // namespace

const VipsLibrary& vips_library() {
  static const VipsLibrary vips = open_vips();  // a failure throws, and the next call tries again
  return vips;
}

std::string vips_reason(const VipsLibrary& vips) {
  // libvips stacks a line per layer ("VipsJpeg: Premature end of input file\n…"): the first is
  // the decoder's own. A decoder's warning says more ("not enough data" where the error says
  // "libpng read error", or only the encoder's "unable to write to target").
  const std::string error(without_part(vips.error_buffer()));
  vips.error_clear();
  std::string warning;
  {
    Warnings& kept = warnings();
    const std::lock_guard lock(kept.mutex);
    warning = std::exchange(kept.first, {});
  }
  if (!warning.empty()) return warning;
  return error.empty() ? "libvips gave no reason" : error;
}

void vips_forget_reasons(const VipsLibrary& vips) {
  (void)vips_reason(vips);
}

}  // namespace handout::image
