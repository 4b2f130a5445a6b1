#include "cli/handout_outputs.h"

#include "cli/atomic_file.h"
#include "print/pdf_writer.h"
#include "speech/audio_writer.h"

namespace handout::cli {

RenderedHandout render_outputs(const model::Handout& handout, const model::Lexicon& lexicon,
                               const BuildOptions& options) {
  RenderedHandout rendered;
  print::Pdf pdf = print::render_pdf(handout, options.print);
  rendered.files.push_back({handout.id + ".pdf", std::move(pdf.bytes)});
  rendered.pages = pdf.pages;
  speech::Audio audio = speech::render_audio(handout, lexicon, options.speech);
  rendered.files.push_back({handout.id + ".mp3", std::move(audio.mp3)});
  rendered.files.push_back({handout.id + ".ssml", std::move(audio.ssml)});
  if (audio.wav) rendered.files.push_back({handout.id + ".wav", std::move(*audio.wav)});
  rendered.audio_seconds = audio.duration_seconds;
  for (const speech::Chapter& chapter : audio.chapters)
    rendered.chapters.push_back({chapter.title, chapter.start_seconds, chapter.end_seconds});
  return rendered;
}

void write_outputs(const std::filesystem::path& folder, const RenderedHandout& rendered) {
  for (const OutputFile& file : rendered.files) write_atomically(folder / file.name, file.bytes);
}

}  // namespace handout::cli
