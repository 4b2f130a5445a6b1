#pragma once
// The pictures as the XHTML formats publish them: each file prepared once for a screen
// (image/picture.h), the same for every XHTML format, so that a build decodes each picture
// once.
#include "model/handout.h"
#include "xhtml/pictures.h"

namespace handout::xhtml {

// The largest size a published picture has, in pixels each way: sharp on a large screen at
// full width, and never enlarged.
inline constexpr int picture_max_pixels = 1280;

// The handout's picture files, prepared; each holds its prepared picture (the image module's
// memo may drop it). Throws model::Error, at the picture's first figure, when one
// cannot be read or written.
PictureFiles prepared_pictures(const model::Handout& handout);

}  // namespace handout::xhtml
