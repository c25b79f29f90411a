/* gt-returns-dialog.h: Monthly Reports → Import Returns… (导入回执), the units'
 * filled-in templates previewed per unit and project, then taken in.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

#define GT_TYPE_RETURNS_DIALOG (gt_returns_dialog_get_type ())
G_DECLARE_FINAL_TYPE (GtReturnsDialog, gt_returns_dialog, GT, RETURNS_DIALOG, AdwWindow)

/* An empty dialog for @store, transient for @parent (may be NULL): files and
 * folders are added with its buttons or dropped on it. */
GtReturnsDialog *gt_returns_dialog_new        (GtStore           *store,
                                               GtkWindow         *parent);
/* The returns dialog of @store transient for @parent, presented: the one
 * already open, else a new one; with @paths (may be NULL) added. */
GtReturnsDialog *gt_returns_dialog_present    (GtStore           *store,
                                               GtkWindow         *parent,
                                               const char *const *paths);
/* Lets @widget take returns dropped on it (files or folders): they open in
 * gt_returns_dialog_present() for @store, its window the parent. */
void             gt_returns_dialog_add_drop_target (GtkWidget    *widget,
                                                    GtStore      *store);
/* Reads and plans @paths (files, and folders whose .xlsx files are taken),
 * beside those already there, and shows their previews. */
void             gt_returns_dialog_add_paths  (GtReturnsDialog   *self,
                                               const char *const *paths);
/* How many files are listed, and how many of them Apply would take in. */
guint            gt_returns_dialog_get_n_files (GtReturnsDialog  *self);
guint            gt_returns_dialog_get_n_ready (GtReturnsDialog  *self);
/* Takes in every file that can be, each all or nothing and one step of undo,
 * then plans them again (they then show nothing left to change). Returns the
 * number of files taken in. */
guint            gt_returns_dialog_apply      (GtReturnsDialog   *self);

G_END_DECLS
