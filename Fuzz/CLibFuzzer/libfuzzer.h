#ifndef JOBPIPE_LIBFUZZER_H
#define JOBPIPE_LIBFUZZER_H
/* libFuzzer's entry for a program with a main of its own (LLVM's
   compiler-rt/lib/fuzzer/FuzzerInterface.h), linked in by -sanitize=fuzzer.
   Runs the fuzzer as its command line asks, calling UserCb with each input. */
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
#endif
