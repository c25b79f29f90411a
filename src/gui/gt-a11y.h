/* gt-a11y.h: names for a screen reader that GTK 4.8 leaves out or says twice.
 *
 * GTK 4.8 names an element from its label property and its labelled-by
 * relations only, and falls back to the class name ("GtkImage",
 * "GtkColumnViewCell"). So a button with a mnemonic reads its raw label and
 * then its label child ("新建项目(_N) 新建项目(N)"); the rows and cells of list
 * and column views, flow box children and a drop-down's toggle, which an
 * application cannot name through any API of 4.8, read as class names.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Names every such element of the process from now on; calling again does
 * nothing. Watches widgets being realized, as gt_tooltips_install() does. */
void   gt_a11y_install          (void);

/* The text of a mnemonic label as a screen reader should read it: without its
 * underscore and without a Chinese-style "(_N)" key, "新建项目(_N)" →
 * "新建项目". Free with g_free(). */
char  *gt_a11y_strip_mnemonic   (const char *label);

/* Names the two halves of @button: the button for @action_name, the arrow that
 * opens its menu for @menu_name. */
void   gt_a11y_name_split_button (AdwSplitButton *button,
                                  const char     *action_name,
                                  const char     *menu_name);

G_END_DECLS
