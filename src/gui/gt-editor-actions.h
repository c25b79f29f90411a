/* gt-editor-actions.h: what every editor dialog does alike.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Installs editor.save (Ctrl+S) running @save, and editor.cancel (Escape), which
 * closes the dialog without saving. */
void gt_editor_class_install_actions (GtkWidgetClass              *widget_class,
                                      GtkWidgetActionActivateFunc  save);

G_END_DECLS
