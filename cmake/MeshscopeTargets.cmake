# Helpers shared by every module: strict warnings on our own code, tests, fuzzers, benchmarks.

set(MESHSCOPE_WARNINGS -Wall -Wextra -Wpedantic -Werror -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)

if(MESHSCOPE_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(MESHSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "MESHSCOPE_FUZZ needs clang (cmake --preset fuzz)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# meshscope_strict(target): our warnings, as errors.
function(meshscope_strict target)
  target_compile_options(${target} PRIVATE ${MESHSCOPE_WARNINGS})
endfunction()

# meshscope_add_library(name SOURCES ... DEPS ...): a core library (no Qt below core/qt).
function(meshscope_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  meshscope_strict(${name})
endfunction()

# meshscope_add_gtest(name SOURCES ... LIBS ... [LABELS ...] [TIMEOUT s]): one test binary, one ctest.
function(meshscope_add_gtest name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} GTest::gtest GTest::gtest_main)
  meshscope_strict(${name})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;MESHSCOPE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# meshscope_add_fuzzer(name SOURCE file LIBS ... [CORPUS dir]): a libFuzzer target, and a ctest
# (label fuzz) running it for MESHSCOPE_FUZZ_SECONDS. Only built with MESHSCOPE_FUZZ=ON.
set(MESHSCOPE_FUZZ_SECONDS 20 CACHE STRING "Seconds each fuzz target runs in the suite")
function(meshscope_add_fuzzer name)
  cmake_parse_arguments(ARG "" "SOURCE;CORPUS" "LIBS" ${ARGN})
  if(NOT MESHSCOPE_FUZZ)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCE})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  meshscope_strict(${name})
  set(workdir ${CMAKE_CURRENT_BINARY_DIR}/${name}_corpus)
  file(MAKE_DIRECTORY ${workdir})
  set(seeds "")
  if(ARG_CORPUS)
    set(seeds ${ARG_CORPUS})
  endif()
  add_test(NAME ${name}
    COMMAND ${name} -max_total_time=${MESHSCOPE_FUZZ_SECONDS} -rss_limit_mb=2048 -timeout=10
            -print_final_stats=1 ${workdir} ${seeds})
  set_tests_properties(${name} PROPERTIES LABELS fuzz TIMEOUT 300)
endfunction()

# meshscope_add_benchmark(name SOURCES ... LIBS ...): Google Benchmark binary (not a ctest).
function(meshscope_add_benchmark name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  if(NOT MESHSCOPE_BENCH)
    return()
  endif()
  find_package(benchmark REQUIRED)
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_LIBS} benchmark::benchmark)
  meshscope_strict(${name})
endfunction()
