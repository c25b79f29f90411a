/* gt-choice.h: lists of projects, leaders and units to choose from.
 *
 * Shared by the dropdowns and combo rows of the views and editors: a first
 * entry such as "All units" or "None" before the store's live list, the name
 * of any entry, and the id behind it.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gt-store.h"

G_BEGIN_DECLS

/* A model of @first_label (a GtkStringObject) followed by @items. */
GListModel         *gt_choice_model_new       (const char  *first_label,
                                               GListModel  *items);
/* The name of a GtProject, GtLeader, GtUnit or GtkStringObject; a new string. */
char               *gt_choice_dup_name        (GObject     *item,
                                               gpointer     user_data);
/* An expression of gt_choice_dup_name(), for searching and combo rows. */
GtkExpression      *gt_choice_expression_new  (void);
/* Labels that ellipsize after @max_chars and show the whole name as a tooltip. */
GtkListItemFactory *gt_choice_factory_new     (int          max_chars);
/* The id of a project, leader or unit; 0 for anything else, NULL included. */
gint64              gt_choice_get_id          (gpointer     item);
/* The position of the item with @id in @model, or GTK_INVALID_LIST_POSITION. */
guint               gt_choice_find            (GListModel  *model,
                                               gint64       id);
/* Makes @dropdown pick among gt_choice_model_new (@first_label, @items), with
 * search, and selects the first entry (its rows deferred, as below). */
void                gt_choice_setup_dropdown  (GtkDropDown *dropdown,
                                               const char  *first_label,
                                               GListModel  *items,
                                               int          max_chars);

/* GtkDropDown builds a row widget for each of its choices (up to ~200) as soon
 * as it has its model, though its list may never be opened. Until the list
 * first opens, @dropdown's model (set, with its first entry selected) is cut
 * to that entry, so only the first entry can be selected from code before. */
void                gt_choice_defer_rows      (GtkDropDown *dropdown);

/* GtkDropDown 4.8 names itself but not the button inside it, which a screen
 * reader reaches on its own: gives that button @dropdown's own accessible @label. */
void                gt_choice_label_dropdown  (GtkDropDown *dropdown,
                                               const char  *label);

G_END_DECLS
