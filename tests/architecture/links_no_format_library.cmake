# The pure modules must not depend on a format's C library (docs/architecture.md): their unit
# tests link none of eSpeak NG, LAME, libsoxr, TagLib, libharu, liblouis or minizip. Run with
# -DBINARIES=a;b (as ctest does).
set(forbidden espeak-ng mp3lame soxr tag hpdf louis minizip)
foreach(binary IN LISTS BINARIES)
  execute_process(COMMAND ldd "${binary}" OUTPUT_VARIABLE linked RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "ldd could not read ${binary}")
  endif()
  foreach(library IN LISTS forbidden)
    if(linked MATCHES "lib${library}[.-]")
      get_filename_component(name "${binary}" NAME)
      message(FATAL_ERROR "${name} links lib${library}: a pure module depends on a format's library")
    endif()
  endforeach()
endforeach()
