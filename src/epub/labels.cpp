#include "epub/labels.h"

namespace handout::epub {

namespace {

const Labels english{
    "Contents", "Pages",
    "A patient handout in large, reflowable text with headings, lists and a table of contents. "
    "A recording of the whole text is synchronised with it sentence by sentence, so a reading "
    "app can read it aloud and highlight each sentence as it is spoken. Page numbers match the "
    "printed large-print PDF. No hazards."};

const Labels spanish{
    "Contenido", "Páginas",
    "Material educativo para pacientes en letra grande y adaptable, con encabezados, listas y "
    "un índice. Una grabación de todo el texto está sincronizada con él frase por frase, para "
    "que una aplicación de lectura lo lea en voz alta y resalte cada frase mientras se oye. Los "
    "números de página coinciden con el PDF impreso en letra grande. Sin riesgos."};

}  // namespace

const Labels& labels_for(const model::LanguageTag& tag) {
  return tag.primary() == "es" ? spanish : english;
}

}  // namespace handout::epub
