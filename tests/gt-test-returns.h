/* gt-test-returns.h: a unit's clerk filling in a report template, for tests.
 *
 * The template's sheet XML is rewritten inside the zip with libzip, as a
 * spreadsheet would save it: the cells typed into, a locked cell changed, the
 * hidden sheet dropped, a text of the hidden sheet replaced.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets the cell @ref ("F4") of the data sheet (the first) to @value: a number
 * when @number, else text. The cell must be there (every template cell is). */
void  gt_test_return_set_cell      (const char *path,
                                    const char *ref,
                                    const char *value,
                                    gboolean    number);
/* Replaces the first @from in the part @part of the workbook by @to; the
 * text must be there. */
void  gt_test_return_replace       (const char *path,
                                    const char *part,
                                    const char *from,
                                    const char *to);
/* Takes the hidden sheet "guatu" out of the workbook's list of sheets. */
void  gt_test_return_drop_hidden   (const char *path);

G_END_DECLS
