# handout_module_headers(<target> <module> [HEADERS <header>...])
#
# Gives <target> an include folder of its own, holding `<module>/<header>` for the header of each
# of its sources (x.h beside x.cpp) and for each header-only file listed, as symbolic links to the
# files in src/<module>/. A target then sees only its own headers and those of the targets it
# links, so an include across modules that the link graph does not declare fails to compile.
function(handout_module_headers target module)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "HEADERS")
  get_target_property(sources ${target} SOURCES)
  set(headers ${arg_HEADERS})
  foreach(source IN LISTS sources)
    get_filename_component(stem "${source}" NAME_WE)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${stem}.h")
      list(APPEND headers "${stem}.h")
    endif()
  endforeach()
  set(root "${CMAKE_BINARY_DIR}/include/${target}")
  file(REMOVE_RECURSE "${root}")
  file(MAKE_DIRECTORY "${root}/${module}")
  foreach(header IN LISTS headers)
    file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}/${header}" "${root}/${module}/${header}" SYMBOLIC)
  endforeach()
  target_include_directories(${target} PUBLIC "${root}")
endfunction()
