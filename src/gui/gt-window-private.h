/* gt-window-private.h: shared by gt-window.c and gt-window-actions.c.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-window.h"

G_BEGIN_DECLS

struct _GtWindow
{
  AdwApplicationWindow  parent_instance;

  GtStore              *store;
  GSettings            *settings;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkWidget            *new_button;
};

void _gt_window_class_actions_init (GtWindowClass *klass);
void _gt_window_actions_update     (GtWindow      *self);
/* Opens the monthly meeting's slides full screen; NULL (with a toast) on error. */
GtkWindow *_gt_window_present_slides (GtWindow    *self);

G_END_DECLS
