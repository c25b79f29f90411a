/* gt-choice-picker.h: a button that picks one of many names, found by typing.
 *
 * GtkDropDown 4.8 searches only from the start of a name ("停车" does not find
 * 清河经济开发区停车场) and cuts its button short; this one matches anywhere or
 * by pinyin initials (gt_text_matches()) and is as wide as names need.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GT_TYPE_CHOICE_PICKER (gt_choice_picker_get_type ())
G_DECLARE_FINAL_TYPE (GtChoicePicker, gt_choice_picker, GT, CHOICE_PICKER, GtkButton)

/* The button is the one element a screen reader hears: name it with
 * gt_choice_picker_set_label() (or an accessible label) or, in an
 * AdwActionRow, make it the row's activatable-widget (activating the row or
 * a mnemonic opens the list). The choice is its accessible description. */

GtkWidget  *gt_choice_picker_new                (void);
/* Projects, leaders or units: anything gt_choice_dup_name() names. */
void        gt_choice_picker_set_model          (GtChoicePicker *self,
                                                 GListModel     *model);
GListModel *gt_choice_picker_get_model          (GtChoicePicker *self);
/* A position in the model, or GTK_INVALID_LIST_POSITION for none. */
void        gt_choice_picker_set_selected       (GtChoicePicker *self,
                                                 guint           position);
guint       gt_choice_picker_get_selected       (GtChoicePicker *self);
gpointer    gt_choice_picker_get_selected_item  (GtChoicePicker *self);
/* What the search field holds; the list shows only what matches it. */
void        gt_choice_picker_set_search_text    (GtChoicePicker *self,
                                                 const char     *text);
guint       gt_choice_picker_get_n_shown        (GtChoicePicker *self);
/* The name a screen reader gives the button. */
void        gt_choice_picker_set_label          (GtChoicePicker *self,
                                                 const char     *label);
/* Opens the popover, on its search field (as a click does). */
void        gt_choice_picker_popup              (GtChoicePicker *self);
/* The popover (owned by @self), for tests. */
GtkWidget  *gt_choice_picker_get_popover        (GtChoicePicker *self);

G_END_DECLS
