# Run after a doctest executable is built (handout_test_executable in tests/CMakeLists.txt):
# writes OUTPUT, a ctest script that gives each test case in a doctest suite, such as
# TEST_CASE("…" * doctest::test_suite("validator")), the labels KIND and the suite's name.
# -DEXECUTABLE=… -DTARGET=… -DPREFIX=… (what doctest_discover_tests puts before each case's
# name) -DKIND=unit|integration -DOUTPUT=…
function(doctest_list out)
  execute_process(COMMAND "${EXECUTABLE}" ${ARGN} OUTPUT_VARIABLE text RESULT_VARIABLE failed)
  if(failed)
    message(FATAL_ERROR "${EXECUTABLE} ${ARGN} failed (${failed}): ${text}")
  endif()
  string(REPLACE "\n" ";" lines "${text}")
  set(names)
  foreach(line IN LISTS lines)
    if(NOT line STREQUAL "" AND NOT line MATCHES "^(\\[doctest\\] |=+$)")
      list(APPEND names "${line}")
    endif()
  endforeach()
  set(${out} "${names}" PARENT_SCOPE)
endfunction()

# Read by ctest after doctest's own list of the tests (${TARGET}_TESTS): a name that is not in
# it, such as one made with another prefix, stops ctest instead of leaving a test unlabelled.
set(script "cmake_policy(VERSION 3.25)\n")
doctest_list(suites --list-test-suites)
foreach(suite IN LISTS suites)
  doctest_list(cases "--test-suite=${suite}" --list-test-cases)
  foreach(case IN LISTS cases)
    set(test "[==[${PREFIX}${case}]==]")
    # As handout_validator_cost in tests/CMakeLists.txt: the slow outside judges start first.
    set(cost "")
    if(suite STREQUAL "validator")
      set(cost " COST 100")
    endif()
    string(APPEND script
      "if(NOT ${test} IN_LIST ${TARGET}_TESTS)\n"
      "  message(FATAL_ERROR \"${OUTPUT}: no test \" ${test})\n"
      "endif()\n"
      "set_tests_properties(${test} PROPERTIES LABELS [==[${KIND};${suite}]==]${cost})\n")
  endforeach()
endforeach()
file(WRITE "${OUTPUT}" "${script}")
