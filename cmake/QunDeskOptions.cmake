# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: QunDesk developers
# Compiler settings shared by every QunDesk target, carried by an INTERFACE target.

add_library(qundesk_options INTERFACE)
target_compile_features(qundesk_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(qundesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)

if(MSVC)
    target_compile_options(qundesk_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(QUNDESK_WARNINGS_AS_ERRORS)
        target_compile_options(qundesk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(qundesk_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
    if(QUNDESK_WARNINGS_AS_ERRORS)
        target_compile_options(qundesk_options INTERFACE -Werror)
    endif()
    if(QUNDESK_SANITIZE)
        target_compile_options(qundesk_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(qundesk_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(QUNDESK_FUZZ)
        # Everything is built with coverage for libFuzzer and with the sanitizers; the fuzz
        # targets alone link libFuzzer's main (tests/fuzz).
        target_compile_options(qundesk_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(qundesk_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
