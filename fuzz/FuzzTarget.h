#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>

// What a target parsed, added up here so that no parse can be optimised away as unused.
inline qsizetype g_sink = 0;

// Every fuzz target defines this (libFuzzer's entry point). It must not leak, crash or trip a
// sanitizer for any input; what it parses it also uses, so a bad value cannot hide.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);
