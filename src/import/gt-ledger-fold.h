/* gt-ledger-fold.h: traditional characters read as simplified ones.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The simplified form of @c when the table of gt-ledger-fold.c has it, else @c. */
gunichar gt_ledger_fold_char         (gunichar  c);
/* Folds the traditional characters of the UTF-8 @text to simplified ones, in
 * place (each keeps its length): "總投資(萬元)" becomes "总投资(万元)". */
void     gt_ledger_fold_traditional  (char     *text);

/* The table, for the tests. */
gsize    gt_ledger_fold_n_pairs      (void);
void     gt_ledger_fold_nth_pair     (gsize     i,
                                      gunichar *traditional,
                                      gunichar *simplified);

G_END_DECLS
