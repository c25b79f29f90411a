/* gt-application.h
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_APPLICATION (gt_application_get_type ())
G_DECLARE_FINAL_TYPE (GtApplication, gt_application, GT, APPLICATION, AdwApplication)

GtApplication *gt_application_new           (void);
/* The database the window shows; NULL before activation. */
GtStore       *gt_application_get_store     (GtApplication *self);
/* Opens @path instead of the default database: for tests and benchmarks, which
 * run the application in process. Call before g_application_run(). */
/* Closes the windows, opens the register again and shows it in a new window
 * with @toast (may be NULL); after the file was replaced (a restore). */
gboolean       gt_application_reopen        (GtApplication *self,
                                             const char    *toast,
                                             GError       **error);
void           gt_application_set_database  (GtApplication *self,
                                             const char    *path);
/* Closes the windows and shows @store, opened already (Connect to Server…),
 * in a new window with @toast (may be NULL). */
void           gt_application_show_store    (GtApplication *self,
                                             GtStore       *store,
                                             const char    *toast);

G_END_DECLS
