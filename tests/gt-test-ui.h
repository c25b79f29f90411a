/* gt-test-ui.h: what the window tests share: a demo register, the application
 * running the tests from inside its main loop, and ways to find widgets.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "gt-application.h"
#include "gt-window.h"

G_BEGIN_DECLS

typedef gboolean (*GtTestWidgetPredicate) (GtkWidget *widget, gconstpointer data);

/* Sets up gettext and GTest, builds the default demo register (today fixed at
 * 2026-11-15) in a temporary folder, calls @add_tests, then runs the application
 * on that register and g_test_run() inside it. Returns the exit status. */
int          gt_test_ui_run              (int           *argc,
                                          char        ***argv,
                                          void         (*add_tests) (void));
/* As gt_test_ui_run(), on an empty register (a first start). */
int          gt_test_ui_run_empty        (int           *argc,
                                          char        ***argv,
                                          void         (*add_tests) (void));
/* The window under test, once running. */
GtWindow    *gt_test_ui_window           (void);
GtStore     *gt_test_ui_store            (void);
/* Lets GTK lay out and paint what the last step changed. */
void         gt_test_ui_settle           (guint          ms);
GtkWidget   *gt_test_ui_find_widget      (GtkWidget     *root,
                                          GtTestWidgetPredicate predicate,
                                          gconstpointer  data);
/* Visible top level of @type (dialogs are not always the application's). */
GtkWindow   *gt_test_ui_find_window      (GType          type);
/* @widget as drawn now, after letting GTK settle: pixels to assert on. */
GdkTexture  *gt_test_ui_render           (GtkWidget     *widget);
/* Saves @texture as a PNG in $GUATU_SCREENSHOT_DIR, when that is set. */
void         gt_test_ui_save_texture     (GdkTexture    *texture,
                                          const char    *name);
/* Saves a PNG of @widget in $GUATU_SCREENSHOT_DIR, when that is set. */
void         gt_test_ui_save_screenshot  (GtkWidget     *widget,
                                          const char    *name);

/* Predicates for gt_test_ui_find_widget(). */
gboolean     gt_test_ui_is_row_titled      (GtkWidget *widget, gconstpointer title);
gboolean     gt_test_ui_is_button_labelled (GtkWidget *widget, gconstpointer label);
gboolean     gt_test_ui_is_of_type         (GtkWidget *widget, gconstpointer type);

/* Whether @model or one of its sections has an item for @action
 * ("win.export-notice"). */
gboolean     gt_test_ui_menu_has_action    (GMenuModel *model,
                                            const char *action);

G_END_DECLS
