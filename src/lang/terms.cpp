#include "lang/terms.h"

#include <array>
#include <stdexcept>
#include <vector>

#include "lang/format.h"
#include "lang/icu_text.h"
#include "lang/message.h"

namespace handout::lang {

// One language's words. Patterns are ICU MessageFormat: {name} is an argument, plural
// chooses by the count's plural category, and a straight apostrophe would quote (write ’).
struct TermTable {
  Language language;
  std::string_view page_of, revised_printed, link_phone, link_email, link_web;
  std::string_view by, parts, many_parts, list_of, step, contact_title;
  std::string_view contact_continued;
  std::string_view phone, again, fax, email, web, address, hours, conjunction;
  std::string_view revised_spoken, closing, thanks, album;
  std::string_view day_range, time_range, hours_line, closed, by_appointment;
  std::string_view listen, qr_code;
  std::string_view player, listen_to_part, whole_recording, no_audio, handouts;
  std::string_view reading_grade, reading_inflesz;
  std::string_view contents, pages, book_summary, stale_output;
  std::array<std::string_view, 4> note_labels;  // by model::NoteKind
  std::string_view picture;
  std::string_view table_intro, checklist_intro, not_done, done, ticked;
  std::array<std::string_view, medium_count> media;  // by Medium
  std::string_view output_label;
  // By Medium, as a patient names it within a sentence (lower case where the language is).
  std::array<std::string_view, medium_count> media_words;
  std::string_view available_at, available_ask;
};

namespace {

constexpr std::array<TermTable, 2> tables{{
    {
        .language = Language::english,
        .page_of = "Page {page} of {pages}",
        .revised_printed = "Revised {date}",
        .link_phone = "Call {text}",
        .link_email = "Email {text}",
        .link_web = "Open {text}",
        .by = "By",
        .parts = "This recording has {count, plural, one {# part} other {# parts}}:",
        .many_parts = "This recording has {count} parts. Each starts with its title; to skip to "
                      "the next part, use your player’s next chapter button.",
        .list_of = "A list of {count, plural, one {# item} other {# items}}.",
        .step = "Step {number} of {count}.",
        .contact_title = "How to reach us",
        .contact_continued = "How to reach us (continued)",
        .phone = "Phone:",
        .again = "Again:",
        .fax = "Fax:",
        .email = "Email:",
        .web = "Website:",
        .address = "Address:",
        .hours = "Hours:",
        .conjunction = "and",
        .revised_spoken = "This handout was revised on {date}.",
        .closing = "This is the end of the recording:",
        .thanks = "Thank you for listening.",
        .album = "Patient handouts",
        .day_range = "{first} to {last}",
        .time_range = "{from} to {to}",
        .hours_line = "{days}, {times}",
        .closed = "closed",
        .by_appointment = "by appointment only",
        .listen = "Listen to this handout:",
        .qr_code = "QR code: listen to this handout at {url}",
        .player = "Listen",
        .listen_to_part = "Listen to one part:",
        .whole_recording = "From the start",
        .no_audio = "Your browser cannot play the recording here; download it:",
        .handouts = "Patient handouts",
        .reading_grade = "Reading level: grade {grade,number,0.0}",
        .reading_inflesz = "Reading ease: {score,number,0.0} on the INFLESZ scale ({band})",
        .contents = "Contents",
        .pages = "Pages",
        .book_summary =
            "A patient handout in large, reflowable text with headings, lists and a table of "
            "contents. A recording of the whole text is synchronised with it sentence by "
            "sentence, so a reading app can read it aloud and highlight each sentence as it is "
            "spoken. Page numbers match the printed large-print PDF. No hazards. When it was made, "
            "the tool checked that every picture has a description in words, that the language "
            "of the text is declared and that the headings are in order; no person has "
            "evaluated it against WCAG, so it claims no conformance to EPUB Accessibility.",
        .stale_output = "(out of date: made from an earlier version of this handout)",
        .note_labels = {"Important", "Emergency", "Warning", "Tip"},
        .picture = "Picture",
        .table_intro = "A table of {count, plural, one {# row} other {# rows}}:",
        .checklist_intro = "A checklist of {count, plural, one {# item} other {# items}}.",
        .not_done = "not done",
        .done = "done",
        .ticked = "Ticked",
        .media = {"Large print", "Recording", "Spoken script", "Web page", "E-book with audio",
                  "Talking book", "Braille"},
        .output_label = "{medium} ({format})",
        .media_words = {"large print", "audio recording", "spoken script", "web page",
                        "e-book with audio", "talking book", "braille"},
        .available_at = "This handout is available in these formats: {media}; visit {address}.",
        .available_ask =
            "This handout is available in these formats: {media}; ask for them at the front "
            "desk.",
    },
    {
        .language = Language::spanish,
        .page_of = "Página {page} de {pages}",
        .revised_printed = "Revisado el {date}",
        .link_phone = "Llamar al {text}",
        .link_email = "Escribir a {text}",
        .link_web = "Abrir {text}",
        .by = "Por",
        .parts = "Esta grabación tiene {count, plural, one {# parte} other {# partes}}:",
        .many_parts = "Esta grabación tiene {count} partes. Cada una empieza con su título; para "
                      "pasar a la siguiente, use el botón de capítulo siguiente de su "
                      "reproductor.",
        .list_of = "Una lista de {count, plural, one {# elemento} other {# elementos}}.",
        .step = "Paso {number} de {count}.",
        .contact_title = "Cómo comunicarse con nosotros",
        .contact_continued = "Cómo comunicarse con nosotros (continuación)",
        .phone = "Teléfono:",
        .again = "Repito:",
        .fax = "Fax:",
        .email = "Correo electrónico:",
        .web = "Sitio web:",
        .address = "Dirección:",
        .hours = "Horario:",
        .conjunction = "y",
        .revised_spoken = "Revisado el {date}.",
        .closing = "Fin de la grabación:",
        .thanks = "Gracias por escuchar.",
        .album = "Folletos para pacientes",
        .day_range = "de {first} a {last}",
        .time_range = "de {from} a {to}",
        .hours_line = "{days}, {times}",
        .closed = "cerrado",
        .by_appointment = "solo con cita previa",
        .listen = "Escuche este folleto:",
        .qr_code = "Código QR: escuche este folleto en {url}",
        .player = "Escuchar",
        .listen_to_part = "Escuche una parte:",
        .whole_recording = "Desde el principio",
        .no_audio = "Su navegador no puede reproducir la grabación aquí; descárguela:",
        .handouts = "Folletos para pacientes",
        .reading_grade = "Nivel de lectura: grado {grade,number,0.0}",
        .reading_inflesz = "Legibilidad: {score,number,0.0} en la escala INFLESZ ({band})",
        .contents = "Contenido",
        .pages = "Páginas",
        .book_summary =
            "Material educativo para pacientes en letra grande y adaptable, con encabezados, "
            "listas y un índice. Una grabación de todo el texto está sincronizada con él frase "
            "por frase, para que una aplicación de lectura lo lea en voz alta y resalte cada "
            "frase mientras se oye. Los números de página coinciden con el PDF impreso en letra "
            "grande. Sin riesgos. Al crearlo, la herramienta comprobó que cada imagen tiene una "
            "descripción en palabras, que el idioma del texto está declarado y que los "
            "encabezados están en orden; ninguna persona lo ha evaluado según las WCAG, por lo "
            "que no declara conformidad con EPUB Accessibility.",
        .stale_output = "(desactualizado: hecho a partir de una versión anterior de este folleto)",
        .note_labels = {"Importante", "Emergencia", "Advertencia", "Consejo"},
        .picture = "Imagen",
        .table_intro = "Una tabla de {count, plural, one {# fila} other {# filas}}:",
        .checklist_intro =
            "Una lista de {count, plural, one {# casilla} other {# casillas}} para marcar.",
        .not_done = "sin hacer",
        .done = "hecho",
        .ticked = "Marcado",
        .media = {"Letra grande", "Grabación", "Guion hablado", "Página web",
                  "Libro electrónico con audio", "Libro hablado", "Braille"},
        .output_label = "{medium} ({format})",
        .media_words = {"letra grande", "grabación de audio", "guion hablado", "página web",
                        "libro electrónico con audio", "libro hablado", "braille"},
        .available_at =
            "Este folleto está disponible en estos formatos: {media}; visite {address}.",
        .available_ask =
            "Este folleto está disponible en estos formatos: {media}; pídalos en la recepción.",
    },
}};

const TermTable& table_for(Language language) {
  for (const TermTable& table : tables)
    if (table.language == language) return table;
  return tables.front();
}

}  // namespace

Terms::Terms(model::LanguageTag tag)
    : tag_(std::move(tag)), language_(language_of(tag_)), table_(&table_for(language_)) {}

std::string Terms::page_of(int page, int pages) const {
  return format(table_->page_of, tag_,
                {{"page", number(static_cast<std::size_t>(page))},
                 {"pages", number(static_cast<std::size_t>(pages))}});
}

std::string Terms::revised_printed(const model::Date& date) const {
  return format(table_->revised_printed, tag_, {{"date", text(long_date(date, tag_))}});
}

std::string Terms::link(model::RunKind kind, std::string_view link_text) const {
  const std::string_view pattern = kind == model::RunKind::phone   ? table_->link_phone
                                   : kind == model::RunKind::email ? table_->link_email
                                                                   : table_->link_web;
  return format(pattern, tag_, {{"text", text(link_text)}});
}

std::string Terms::many_parts(std::size_t count) const {
  return format(table_->many_parts, tag_, {{"count", number(count)}});
}

std::string Terms::parts(std::size_t count) const {
  return format(table_->parts, tag_, {{"count", number(count)}});
}

std::string Terms::list_of(std::size_t count) const {
  return format(table_->list_of, tag_, {{"count", number(count)}});
}

std::string Terms::step(std::size_t n, std::size_t count) const {
  return format(table_->step, tag_, {{"number", number(n)}, {"count", number(count)}});
}

std::string Terms::revised_spoken(const model::Date& date) const {
  return format(table_->revised_spoken, tag_, {{"date", text(long_date(date, tag_))}});
}

std::string Terms::day_range(std::string_view first, std::string_view last) const {
  return format(table_->day_range, tag_, {{"first", text(first)}, {"last", text(last)}});
}

std::string Terms::time_range(std::string_view from, std::string_view to) const {
  return format(table_->time_range, tag_, {{"from", text(from)}, {"to", text(to)}});
}

std::string Terms::hours_line(std::string_view days, std::string_view times) const {
  return format(table_->hours_line, tag_, {{"days", text(days)}, {"times", text(times)}});
}

std::string_view Terms::listen() const {
  return table_->listen;
}

std::string Terms::qr_code(std::string_view url) const {
  return format(table_->qr_code, tag_, {{"url", text(url)}});
}

std::string_view Terms::closed() const {
  return table_->closed;
}
std::string_view Terms::by_appointment() const {
  return table_->by_appointment;
}
std::string_view Terms::by() const {
  return table_->by;
}
std::string_view Terms::note_label(model::NoteKind kind) const {
  return table_->note_labels[static_cast<std::size_t>(kind)];
}

std::string_view Terms::picture() const {
  return table_->picture;
}

std::string Terms::table_intro(std::size_t rows) const {
  return format(table_->table_intro, tag_, {{"count", number(rows)}});
}

std::string Terms::checklist_intro(std::size_t items) const {
  return format(table_->checklist_intro, tag_, {{"count", number(items)}});
}

std::string_view Terms::check_state(bool checked) const {
  return checked ? table_->done : table_->not_done;
}

std::string_view Terms::ticked() const {
  return table_->ticked;
}

std::string_view Terms::stale_output() const {
  return table_->stale_output;
}

std::string_view Terms::contact_title() const {
  return table_->contact_title;
}

std::string_view Terms::contact_continued() const {
  return table_->contact_continued;
}
std::string_view Terms::phone() const {
  return table_->phone;
}
std::string_view Terms::again() const {
  return table_->again;
}
std::string_view Terms::fax() const {
  return table_->fax;
}
std::string_view Terms::email() const {
  return table_->email;
}
std::string_view Terms::web() const {
  return table_->web;
}
std::string_view Terms::address() const {
  return table_->address;
}
std::string_view Terms::hours() const {
  return table_->hours;
}
std::string_view Terms::conjunction() const {
  return table_->conjunction;
}
std::string_view Terms::closing() const {
  return table_->closing;
}
std::string_view Terms::thanks() const {
  return table_->thanks;
}
std::string_view Terms::album() const {
  return table_->album;
}

std::string Terms::output_label(Medium medium, std::string_view format_name) const {
  return format(table_->output_label, tag_,
                {{"medium", text(table_->media[static_cast<std::size_t>(medium)])},
                 {"format", text(format_name)}});
}

std::string Terms::media_list(std::span<const Medium> media) const {
  std::vector<std::string> words;
  for (const Medium medium : media)
    words.emplace_back(table_->media_words[static_cast<std::size_t>(medium)]);
  return join_list(words, tag_);
}

std::string Terms::available_at(std::string_view media, std::string_view address) const {
  return format(table_->available_at, tag_, {{"media", text(media)}, {"address", text(address)}});
}

std::string Terms::available_ask(std::string_view media) const {
  return format(table_->available_ask, tag_, {{"media", text(media)}});
}

std::string_view Terms::player() const {
  return table_->player;
}

std::string_view Terms::listen_to_part() const {
  return table_->listen_to_part;
}

std::string_view Terms::whole_recording() const {
  return table_->whole_recording;
}

std::string_view Terms::no_audio() const {
  return table_->no_audio;
}

std::string_view Terms::handouts() const {
  return table_->handouts;
}

std::string Terms::reading_level(const model::ReadingLevel& level) const {
  if (level.scale == model::ReadingLevel::Scale::inflesz)
    return format(table_->reading_inflesz, tag_,
                  {{"score", icu::Formattable(level.value)},
                   {"band", text(model::inflesz_name(model::inflesz_band(level.value)))}});
  return format(table_->reading_grade, tag_, {{"grade", icu::Formattable(level.value)}});
}

std::string_view Terms::contents() const {
  return table_->contents;
}

std::string_view Terms::pages() const {
  return table_->pages;
}

std::string_view Terms::book_summary() const {
  return table_->book_summary;
}

}  // namespace handout::lang
