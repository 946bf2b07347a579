# Helpers that give each target its own flags: sanitizers are applied per
# target (never through global CMAKE_CXX_FLAGS), so fuzz targets and
# benchmarks can opt out.

function(pyprior_sanitize target)
  if(PYPRIOR_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

function(pyprior_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
endfunction()

# pyprior_library(NAME short SOURCES ... DEPS ...): a library target
# pyprior_<short> with alias pyprior::<short>, headers found as "short/x.hpp".
function(pyprior_library)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPS" ${ARGN})
  set(target pyprior_${ARG_NAME})
  add_library(${target} ${ARG_SOURCES})
  add_library(pyprior::${ARG_NAME} ALIAS ${target})
  set_target_properties(${target} PROPERTIES EXPORT_NAME ${ARG_NAME} POSITION_INDEPENDENT_CODE ON)
  target_include_directories(${target} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}>
    $<INSTALL_INTERFACE:include/pyprior>)
  target_link_libraries(${target} PUBLIC ${ARG_DEPS})
  pyprior_warnings(${target})
  pyprior_sanitize(${target})
endfunction()

# pyprior_test(NAME file_stem SOURCES ... DEPS ...): one GoogleTest binary
# registered with ctest through gtest_discover_tests.
function(pyprior_test)
  cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPS" ${ARGN})
  add_executable(${ARG_NAME} ${ARG_SOURCES})
  target_link_libraries(${ARG_NAME} PRIVATE ${ARG_DEPS} rapidcheck rapidcheck_gtest GTest::gtest_main)
  pyprior_warnings(${ARG_NAME})
  pyprior_sanitize(${ARG_NAME})
  include(GoogleTest)
  gtest_discover_tests(${ARG_NAME} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 600)
endfunction()
