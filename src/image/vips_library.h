#pragma once
// libvips, opened the first time a picture is read and kept for the life of the process (its
// types stay registered with GObject, so it is never closed). The functions this module calls
// are looked up once, here; nothing else in the program loads libvips, so a program that reads
// no picture never maps it and the hundred libraries it needs.
//
// Started once per process, for pictures an admin gave us:
// - without libvips's loadable modules (ImageMagick, poppler, libheif, OpenSlide, JPEG XL),
//   which no PNG or JPEG needs: 19 ms and 8 MiB less per process, and no decoder of other
//   formats in it at all;
// - with every loader blocked but the PNG and JPEG ones (the bytes were sniffed before, this is
//   the second lock);
// - on one worker thread (vips_concurrency_set(1)): a build runs one worker process per core, so
//   more threads would only compete with them, and each picture's memory stays small;
// - with no operation cache (the memo in memo.h is the cache: one prepared copy per picture);
// - with libvips's warnings kept for the reason an image::Error gives, not written to standard
//   error.
//
// Reading a header starts no thread. Preparing a picture starts libvips's worker thread: a
// process that forks afterwards must not use libvips in the child (its thread does not exist
// there). A build's workers are forked before they prepare anything.
#include <vips/vips.h>

#include <memory>
#include <string>

namespace handout::image {

struct VipsLibrary {
  decltype(&::vips_pngload_buffer) pngload_buffer;
  decltype(&::vips_jpegload_buffer) jpegload_buffer;
  decltype(&::vips_thumbnail_image) thumbnail_image;
  decltype(&::vips_cast) cast;
  decltype(&::vips_pngsave_buffer) pngsave_buffer;
  decltype(&::vips_jpegsave_buffer) jpegsave_buffer;
  decltype(&::vips_image_get_width) image_get_width;
  decltype(&::vips_image_get_height) image_get_height;
  decltype(&::vips_image_get_bands) image_get_bands;
  decltype(&::vips_image_get_format) image_get_format;
  decltype(&::vips_image_get_interpretation) image_get_interpretation;
  decltype(&::vips_image_get_typeof) image_get_typeof;
  decltype(&::vips_image_get_int) image_get_int;
  decltype(&::vips_image_get_orientation) image_get_orientation;
  decltype(&::vips_error_buffer) error_buffer;
  decltype(&::vips_error_clear) error_clear;
  decltype(&::g_object_unref) object_unref;
  decltype(&::g_free) free;
};

// libvips, loaded and started on the first call. Throws image::Error when it cannot be (the
// library is missing or of another ABI: the Debian package libvips42).
const VipsLibrary& vips_library();

// Why libvips failed, in one line ("Premature end of input file", "IHDR: CRC error"): its error
// and its first warning since the last call, both then forgotten. The warnings are the whole
// process's: a picture prepared on another thread at the same time may add its own.
std::string vips_reason(const VipsLibrary& vips);
// Forgets the errors and warnings so far: called before each picture.
void vips_forget_reasons(const VipsLibrary& vips);

// An image libvips made: unreferenced when its owner goes.
struct VipsImageUnref {
  void operator()(VipsImage* image) const { vips_library().object_unref(image); }
};
using VipsImagePtr = std::unique_ptr<VipsImage, VipsImageUnref>;

// A buffer libvips allocated (an encoded picture): freed with g_free.
struct GlibFree {
  void operator()(void* memory) const { vips_library().free(memory); }
};
using GlibBuffer = std::unique_ptr<void, GlibFree>;

}  // namespace handout::image
