# libvips and its hundred libraries are opened when the first picture is read
# (src/image/vips_library.h), never linked: linking them added about 27 ms of CPU to every start
# of the program. Run with -DBINARY=… (as ctest does).
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE linked RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "ldd could not read ${BINARY}")
endif()
if(linked MATCHES "libvips[.-]")
  get_filename_component(name "${BINARY}" NAME)
  message(FATAL_ERROR "${name} links libvips: it must be opened only when a picture is read")
endif()
