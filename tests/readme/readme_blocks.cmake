# restoration_readme_blocks(<README.md>): reads the README's fenced blocks at configure time and
# makes each ```cpp block a test readme.block_<line>, <line> being that of its opening fence: a
# program is a target readme_block_<line> of its own; the fragments share one, readme_fragments.
# CMakeLists.txt in this folder says what each kind of block becomes. Whatever cannot be
# classified becomes a test that fails with the line it is on.

# Marks the C++ of one line with #line so that the compiler's messages name README.md's lines.
function(_readme_line_directive out line)
  set(${out} "#line ${line} \"${_readme_path}\"\n" PARENT_SCOPE)
endfunction()

# The code of one fragment, kind statements, expressions or declarations, in a namespace of its
# own, readme_block_<line>, whose run() checks the values its comments show.
function(_readme_fragment_code out first kind lines_variable)
  set(src "// The ```cpp block at line ${first}, compiled as ${kind}.\n")
  string(APPEND src "namespace readme_block_${first} {\n")
  # A comment that shows true, false or a string literal is what the line before it must give.
  set(shows [=[^(.*[^ ])[ ]*//[ ]*(true|false|"([^"\\]|\\.)*")([^A-Za-z0-9_].*)?$]=])
  set(body "")
  set(n ${first})
  set(in_step FALSE)  # whether the lines so far and the README's are in step, without #line
  foreach(escaped IN LISTS ${lines_variable})
    math(EXPR n "${n} + 1")
    _readme_unescape(line "${escaped}")
    string(SUBSTRING "${line}" 1 -1 line)
    _readme_line_directive(where ${n})
    set(code "")
    if(NOT kind STREQUAL "declarations" AND line MATCHES "${shows}")
      set(code "${CMAKE_MATCH_1}")
      set(value "${CMAKE_MATCH_2}")
      if(kind STREQUAL "statements")
        # Only an expression statement is checked: `EXPRESSION; // true`.
        if(code MATCHES "^(.*[^ ])[ ]*;$")
          set(code "${CMAKE_MATCH_1}")
        else()
          set(code "")
        endif()
      endif()
    endif()
    string(STRIP "${code}" code)
    if(NOT code STREQUAL "")
      string(APPEND body "${where}restoration_readme::shown(${n}, R\"readme(${code})readme\", "
                         "(${code}), ${value});\n")
      set(in_step FALSE)
    elseif(kind STREQUAL "expressions" AND NOT line MATCHES "^[ ]*(//.*)?$")
      # One expression a line, its value shown in a comment or not at all: evaluated, discarded.
      string(APPEND body "(void)(\n${where}${line}\n);\n")
      set(in_step FALSE)
    elseif(in_step)
      string(APPEND body "${line}\n")
    else()
      # A line as it stands; #line only where needed, so as not to land inside a raw string.
      string(APPEND body "${where}${line}\n")
      set(in_step TRUE)
    endif()
  endforeach()
  if(kind STREQUAL "declarations")
    string(APPEND src "${body}\nint run() { return restoration_readme::status(); }\n")
  else()
    string(APPEND src "int run() {\n${body}\nreturn restoration_readme::status();\n}\n")
  endif()
  string(APPEND src "}  // namespace readme_block_${first}\n")
  set(${out} "${src}" PARENT_SCOPE)
endfunction()

# Appends a #line directive that gives the lines after it back to the generated file itself.
function(_readme_own_lines source_variable file)
  string(REGEX REPLACE "[^\n]" "" newlines "${${source_variable}}")
  string(LENGTH "${newlines}" count)
  math(EXPR next "${count} + 2")
  set(${source_variable} "${${source_variable}}#line ${next} \"${file}\"\n" PARENT_SCOPE)
endfunction()

# Characters that CMake's lists would misread are swapped for control characters while the
# README is a list of lines, and swapped back one line at a time.
macro(_readme_escape_setup)
  string(ASCII 1 _readme_semicolon)
  string(ASCII 2 _readme_open_bracket)
  string(ASCII 3 _readme_close_bracket)
  string(ASCII 4 _readme_backslash)
endmacro()

function(_readme_unescape out text)
  _readme_escape_setup()
  string(REPLACE "${_readme_semicolon}" ";" text "${text}")
  string(REPLACE "${_readme_open_bracket}" "[" text "${text}")
  string(REPLACE "${_readme_close_bracket}" "]" text "${text}")
  string(REPLACE "${_readme_backslash}" "\\" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Reads a file as a list of lines, escaped; also the whole text, escaped the same way.
function(_readme_read_lines path out_lines out_text)
  _readme_escape_setup()
  file(READ "${path}" text)
  string(REPLACE "\r" "" text "${text}")
  string(REPLACE "\\" "${_readme_backslash}" text "${text}")
  string(REPLACE ";" "${_readme_semicolon}" text "${text}")
  string(REPLACE "[" "${_readme_open_bracket}" text "${text}")
  string(REPLACE "]" "${_readme_close_bracket}" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  set(${out_lines} "${lines}" PARENT_SCOPE)
  set(${out_text} "${text}" PARENT_SCOPE)
endfunction()

# Writes content to path only when it changed, so that an unchanged block is not rebuilt.
function(_readme_write path content)
  file(WRITE "${path}.new" "${content}")
  file(COPY_FILE "${path}.new" "${path}" ONLY_IF_DIFFERENT)
  file(REMOVE "${path}.new")
endfunction()

# A test that fails at once, saying what is wrong where: a line of the README, or a file.
function(_readme_problem name where problem)
  if(where MATCHES "^[0-9]+$")
    set(where "README.md:${where}")
  endif()
  message(WARNING "${where}: ${problem}")
  add_test(NAME ${name}
           COMMAND ${CMAKE_COMMAND} "-DWHERE=${where}" "-DPROBLEM=${problem}"
                   -P "${_readme_runner}")
endfunction()

function(restoration_readme_blocks readme)
  set(_readme_path "${readme}")
  set(_readme_runner "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/run_block.cmake")
  set(blocks_dir "${CMAKE_CURRENT_BINARY_DIR}/blocks")
  file(MAKE_DIRECTORY "${blocks_dir}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${readme}")

  _readme_read_lines("${readme}" lines text)

  # Pass 1: the fenced blocks. For each ```cpp block, its kind and its lines; for a program,
  # the ```text block that shows its output, if one follows it before any heading or block.
  set(cpp_blocks "")
  set(n 0)
  set(inside FALSE)
  set(marker "")          # the kind a <!-- readme-test: ... --> comment gives the next block
  set(marker_line 0)
  set(awaiting_output 0)  # the line of a program whose output the next ```text block may show
  foreach(escaped IN LISTS lines)
    math(EXPR n "${n} + 1")
    _readme_unescape(line "${escaped}")
    if(inside)
      if(line MATCHES "^[ ]*(```+|~~~+)[ ]*$")
        string(LENGTH "${CMAKE_MATCH_1}" closing_length)
        string(SUBSTRING "${CMAKE_MATCH_1}" 0 1 closing_char)
        if(closing_char STREQUAL fence_char AND NOT closing_length LESS fence_length)
          set(inside FALSE)
          if(info STREQUAL "cpp")
            list(APPEND cpp_blocks ${open})
            set(block_${open}_lines "${block_lines}")
            if(kind STREQUAL "" AND code MATCHES "(^|[^A-Za-z0-9_])int[ ]+main[ ]*\\(")
              set(kind program)
            endif()
            set(block_${open}_kind "${kind}")
            if(kind STREQUAL "program")
              set(awaiting_output ${open})
            endif()
          elseif(info STREQUAL "text" AND output_of)
            set(block_${output_of}_output "${block_lines}")
            set(block_${output_of}_output_line ${open})
          endif()
          continue()
        endif()
      endif()
      # The lines of a block indented in a list lose the fence's indentation.
      if(indent_length GREATER 0 AND escaped MATCHES "^${indent}")
        string(SUBSTRING "${escaped}" ${indent_length} -1 escaped)
      endif()
      # Each line is kept behind a "|", so that a blank one is not lost from the list.
      list(APPEND block_lines "|${escaped}")
      string(APPEND code "${line}\n")
      continue()
    endif()

    # The language is the info string's first word: ```cpp, ```cpp title="x" and ```cpp{...}.
    if(line MATCHES "^([ ]*)(```+|~~~+)[ ]*([A-Za-z0-9_+#.-]*)")
      set(inside TRUE)
      set(open ${n})
      set(indent "${CMAKE_MATCH_1}")
      string(LENGTH "${indent}" indent_length)
      string(LENGTH "${CMAKE_MATCH_2}" fence_length)
      string(SUBSTRING "${CMAKE_MATCH_2}" 0 1 fence_char)
      set(info "${CMAKE_MATCH_3}")
      set(block_lines "")
      set(code "")
      set(kind "${marker}")
      set(output_of ${awaiting_output})
      set(awaiting_output 0)
      string(TOLOWER "${info}" lower)
      if(lower MATCHES "^(c\\+\\+|cxx|cc|c|h|hpp|hxx|h\\+\\+|cplusplus)$")
        _readme_problem(readme.block_${n} ${n}
          "a C++ block tagged ```${info}: tag it ```cpp, so that ctest compiles it")
      elseif(info STREQUAL "")
        _readme_problem(readme.block_${n} ${n}
          "a fenced block without a language: tag it (```cpp, ```text, ```sh, ...) so that ctest knows whether to compile it")
      endif()
      if(marker_line AND NOT info STREQUAL "cpp")
        _readme_problem(readme.marker_${marker_line} ${marker_line}
          "<!-- readme-test: ... --> stands before a ```${info} block: it belongs before a ```cpp block")
      endif()
      set(marker "")
      set(marker_line 0)
    elseif(line MATCHES "^[ ]*<!--[ ]*readme-test:(.*)-->[ ]*$")
      string(STRIP "${CMAKE_MATCH_1}" marker)
      set(marker_line ${n})
      if(NOT marker MATCHES "^(program|statements|expressions|declarations)$")
        _readme_problem(readme.marker_${n} ${n}
          "<!-- readme-test: ${marker} -->: the kinds are program, statements, expressions and declarations")
        set(marker "")
        set(marker_line 0)
      endif()
    else()
      if(marker_line AND NOT line MATCHES "^[ ]*$")
        _readme_problem(readme.marker_${marker_line} ${marker_line}
          "<!-- readme-test: ${marker} --> must stand right before the ```cpp block it describes")
        set(marker "")
        set(marker_line 0)
      endif()
      if(line MATCHES "^[ ]*#")
        set(awaiting_output 0)
      endif()
    endif()
  endforeach()
  if(inside)
    _readme_problem(readme.block_${open} ${open} "a fenced block that is never closed")
  endif()

  # Pass 2: a test for each ```cpp block; a source and a target for each program, and one source
  # and one target, readme_fragments, for all the fragments.
  set(generated "")
  set(targets "")
  set(fragment_lines "")   # the fragments' lines; fragment_<line> holds the code of each
  set(fragments_fmt FALSE)
  set(fragments_file "${blocks_dir}/fragments.cpp")
  foreach(first IN LISTS cpp_blocks)
    set(kind "${block_${first}_kind}")
    if(kind STREQUAL "")
      _readme_problem(readme.block_${first} ${first}
        "a ```cpp block that is not a whole program (it has no `int main`) and does not say how to compile it: put <!-- readme-test: statements -->, expressions or declarations on the line before it (see tests/readme/CMakeLists.txt)")
      continue()
    endif()
    set(block_text "")
    foreach(escaped IN LISTS block_${first}_lines)
      _readme_unescape(line "${escaped}")
      string(SUBSTRING "${line}" 1 -1 line)
      string(APPEND block_text "${line}\n")
    endforeach()
    set(fmt FALSE)
    if(block_text MATCHES "fmt::|<restoration/fmt\\.hpp>")
      set(fmt TRUE)
    endif()

    if(fmt AND NOT fmt_FOUND)
      add_test(NAME readme.block_${first}
               COMMAND ${CMAKE_COMMAND} -DWHERE=README.md:${first} "-DPROBLEM=needs {fmt}, not found"
                       -P "${_readme_runner}")
      set_tests_properties(readme.block_${first} PROPERTIES DISABLED TRUE)
      continue()
    endif()

    if(NOT kind STREQUAL "program")
      _readme_fragment_code(fragment_${first} ${first} ${kind} block_${first}_lines)
      list(APPEND fragment_lines ${first})
      if(fmt)
        set(fragments_fmt TRUE)
      endif()
      add_test(NAME readme.block_${first}
               COMMAND ${CMAKE_COMMAND} -DWHERE=README.md:${first} -DKIND=${kind}
                       -DBUILD_DIR=${CMAKE_BINARY_DIR} -DTARGET=readme_fragments
                       -DPROGRAM=$<TARGET_FILE:readme_fragments> -DARGS=${first}
                       -P "${_readme_runner}")
      # Ninja runs one build at a time in a tree; the lock keeps parallel ctest from overlapping.
      # Building makes these among the longest tests: ctest starts them early (COST).
      set_tests_properties(readme.block_${first} PROPERTIES RESOURCE_LOCK build_tree COST 10)
      continue()
    endif()

    set(name readme_block_${first})
    math(EXPR second "${first} + 1")
    _readme_line_directive(where ${second})
    set(file "${blocks_dir}/block_${first}.cpp")
    _readme_write("${file}" "${where}${block_text}")
    list(APPEND generated "${file}")

    set(expected "")
    if(DEFINED block_${first}_output_line)
      set(output_text "")
      foreach(escaped IN LISTS block_${first}_output)
        _readme_unescape(line "${escaped}")
        string(SUBSTRING "${line}" 1 -1 line)
        string(APPEND output_text "${line}\n")
      endforeach()
      set(expected_file "${blocks_dir}/block_${first}.expected")
      _readme_write("${expected_file}" "${output_text}")
      list(APPEND generated "${expected_file}")
      set(expected "-DEXPECTED=${expected_file}"
                   "-DOUTPUT_LINE=${block_${first}_output_line}")
    endif()

    # Built by its test, not with everything else: a stale block fails its own test, named after
    # its line, and does not stop the build of the rest.
    add_executable(${name} EXCLUDE_FROM_ALL "${file}")
    target_link_libraries(${name} PRIVATE restoration::restoration)
    if(fmt)
      target_link_libraries(${name} PRIVATE fmt::fmt)
    endif()
    restoration_warnings(${name})
    list(APPEND targets ${name})
    add_test(NAME readme.block_${first}
             COMMAND ${CMAKE_COMMAND} -DWHERE=README.md:${first} -DKIND=${kind}
                     -DBUILD_DIR=${CMAKE_BINARY_DIR} -DTARGET=${name}
                     -DPROGRAM=$<TARGET_FILE:${name}> ${expected}
                     -P "${_readme_runner}")
    set_tests_properties(readme.block_${first} PROPERTIES RESOURCE_LOCK build_tree COST 10)
  endforeach()

  # The fragments, compiled together: their context is parsed, and the program linked, once.
  # Each is a namespace whose names the others do not see; `readme_fragments <line>` runs one.
  if(fragment_lines)
    set(source "// Generated from README.md: its ```cpp fragments, each in a namespace of its own,\n")
    string(APPEND source "// run by `readme_fragments <line of the block>`. Edit the README, not this\n")
    string(APPEND source "// file. The context is tests/readme/prelude.hpp.\n")
    if(fragments_fmt)
      string(APPEND source "#include <restoration/fmt.hpp>\n\n")
    endif()
    string(APPEND source "#include \"prelude.hpp\"\n#include \"shown.hpp\"\n\n")
    foreach(first IN LISTS fragment_lines)
      string(APPEND source "${fragment_${first}}")
      _readme_own_lines(source "${fragments_file}")
    endforeach()
    string(APPEND source "\n")
    string(APPEND source "int main(int argc, char** argv) {\n")
    string(APPEND source "    const std::string_view block = argc == 2 ? argv[1] : \"\";\n")
    foreach(first IN LISTS fragment_lines)
      string(APPEND source "    if (block == \"${first}\") {\n")
      string(APPEND source "        return readme_block_${first}::run();\n    }\n")
    endforeach()
    string(APPEND source "    std::cerr << \"readme_fragments: no fragment at README.md line \" << block\n")
    string(APPEND source "              << \"\\n\";\n    return 2;\n}\n")
    _readme_write("${fragments_file}" "${source}")
    list(APPEND generated "${fragments_file}")

    add_executable(readme_fragments EXCLUDE_FROM_ALL "${fragments_file}")
    target_link_libraries(readme_fragments PRIVATE restoration::restoration)
    if(fragments_fmt)
      target_link_libraries(readme_fragments PRIVATE fmt::fmt)
    endif()
    restoration_warnings(readme_fragments)
    target_include_directories(readme_fragments PRIVATE "${CMAKE_CURRENT_FUNCTION_LIST_DIR}")
    # A fragment shows values and declares names it does not go on to use.
    target_compile_options(readme_fragments PRIVATE -Wno-unused -Wno-unused-result)
    list(APPEND targets readme_fragments)
  endif()
  add_custom_target(readme_blocks)
  if(targets)
    add_dependencies(readme_blocks ${targets})
  endif()

  # The prelude's variables are the README's own: each must appear in it as the prelude has it.
  set(prelude "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/prelude.hpp")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${prelude}")
  _readme_read_lines("${prelude}" prelude_lines prelude_text)
  set(missing "")
  foreach(escaped IN LISTS prelude_lines)
    if(escaped MATCHES "^inline (const .*)$")
      string(FIND "${text}" "${CMAKE_MATCH_1}" at)
      if(at EQUAL -1)
        _readme_unescape(definition "${CMAKE_MATCH_1}")
        string(APPEND missing " `${definition}`")
      endif()
    endif()
  endforeach()
  if(NOT missing STREQUAL "")
    _readme_problem(readme.prelude tests/readme/prelude.hpp
      "it defines what the README does not:${missing}; the fragments' context must be the README's own")
  endif()

  # Sources of blocks that are no longer in the README go.
  file(GLOB old "${blocks_dir}/*")
  foreach(file IN LISTS old)
    if(NOT file IN_LIST generated)
      file(REMOVE "${file}")
    endif()
  endforeach()
endfunction()
