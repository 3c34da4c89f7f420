# Settings every target of the project shares, and the one way to register a test.

# ov_apply_common_settings(<target>)
# Strict Qt defines, warnings as errors and the optional sanitizers.
function(ov_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        OV_VERSION="${PROJECT_VERSION}")
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Werror)
        if(OV_FUZZ_LIBFUZZER)
            # Coverage for libFuzzer in every library the targets call, and the sanitizers.
            target_compile_options(${target} PRIVATE
                -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        elseif(OV_SANITIZE)
            target_compile_options(${target} PRIVATE
                -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
            target_link_options(${target} PRIVATE -fsanitize=address,undefined)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /WX /permissive- /utf-8)
    endif()
endfunction()

# ov_add_test(<name> LABEL <label> SOURCES <files...> [LIBS <targets...>] [ARGS <args...>]
#             [ENVIRONMENT <VAR=value...>] [TIMEOUT <seconds>])
# Builds one Qt Test executable and registers it with ctest under <label>
# (unit, integration, gui, server, fuzz, bench). Every test runs offscreen.
function(ov_add_test name)
    cmake_parse_arguments(T "" "LABEL;TIMEOUT;TARGET" "SOURCES;LIBS;ARGS;ENVIRONMENT" ${ARGN})
    if(NOT T_LABEL)
        message(FATAL_ERROR "ov_add_test(${name}): LABEL is required")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    if(T_TARGET)
        set(exe ${T_TARGET})
    else()
        set(exe ${name})
    endif()
    if(NOT TARGET ${exe})
        add_executable(${exe} ${T_SOURCES})
        target_link_libraries(${exe} PRIVATE Qt6::Test ${T_LIBS})
        target_include_directories(${exe} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
        target_compile_definitions(${exe} PRIVATE
            OV_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            OV_BINARY_DIR="${PROJECT_BINARY_DIR}")
        ov_apply_common_settings(${exe})
    endif()
    add_test(NAME ${name} COMMAND ${exe} ${T_ARGS})
    set_tests_properties(${name} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;${T_ENVIRONMENT}")
endfunction()
