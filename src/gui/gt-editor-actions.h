/* gt-editor-actions.h: what every editor dialog does alike.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* Installs editor.save (Ctrl+S) running @save, and editor.cancel (Escape), which
 * closes the dialog without saving. */
void gt_editor_class_install_actions (GtkWidgetClass              *widget_class,
                                      GtkWidgetActionActivateFunc  save);

/* Enables editor.save when the fields are @valid and @store can take an edit
 * now: while a server is gone, Save waits for it (and follows it back), the
 * fields keep what was typed. */
void gt_editor_set_can_save          (GtkWidget                   *editor,
                                      GtStore                     *store,
                                      gboolean                     valid);

/* Appends to @box a header bar with Cancel (editor.cancel) at the start and
 * Save (editor.save, suggested) at the end, and no title buttons: the dialog
 * closes by Cancel or Escape. Returns the Save button. */
GtkWidget *gt_editor_add_header     (GtkBox                      *box);

/* Adds to @group an action row titled @title with @widget as its suffix,
 * activated by the row and named by the title for a screen reader.
 * Returns @widget. */
GtkWidget *gt_editor_add_suffix_row (AdwPreferencesGroup         *group,
                                     const char                  *title,
                                     GtkWidget                   *widget);

G_END_DECLS
