#pragma once
// The MP3's info frame (Xing/Info with the LAME tag) without its seek table. Pure.
#include <span>

namespace handout::speech {

// Takes the table of contents out of an Info frame (a constant-bitrate MP3's Xing frame): its
// 100 entries, each a file position in 256ths, put a seek up to a second or two off in a long
// recording, and players that find one use it (ExoPlayer); without it they compute the exact
// byte from the bitrate, as the frame's byte count and frame count allow. The LAME tag moves up
// in its place with its CRC made again, and the frame keeps its size (zeros at the end). A VBR
// "Xing" frame is left alone, since a VBR file needs its table. Returns whether it changed.
bool drop_seek_table(std::span<unsigned char> frame);

}  // namespace handout::speech
