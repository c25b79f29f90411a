/* fuzz-values.c: libFuzzer target for the amount and date parsers (build-aux/fuzz).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stddef.h>
#include <stdint.h>

#include "gt-fuzz-ledger.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  gt_fuzz_values (data, size);
  return 0;
}
