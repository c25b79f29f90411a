/* gt-first-run.h: what an empty register offers: import, the example, the
 * office's name.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define GT_TYPE_FIRST_RUN (gt_first_run_get_type ())
G_DECLARE_FINAL_TYPE (GtFirstRun, gt_first_run, GT, FIRST_RUN, AdwBin)

GtkWidget *gt_first_run_new                (void);
/* Also offers a new project (the page's view.new action). */
void       gt_first_run_set_offer_new      (GtFirstRun  *self,
                                            gboolean     offer_new);
/* Where the example register is kept: beside the user's own register, the file
 * build-aux/run --demo uses. */
char      *gt_first_run_dup_example_path   (void);
/* Makes the example register at @path unless it is there, and returns whether
 * it is there now. */
gboolean   gt_first_run_ensure_example     (const char  *path,
                                            GError     **error);

G_END_DECLS
