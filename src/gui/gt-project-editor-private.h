/* gt-project-editor-private.h: shared by the project editor's files: the
 * dialog (gt-project-editor.c) and its validation (gt-project-editor-validation.c).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-date-button.h"
#include "gt-project-editor.h"

G_BEGIN_DECLS

struct _GtProjectEditor
{
  AdwWindow             parent_instance;

  GtStore              *store;
  /* Where the change log stood when the fields were filled: a save refuses
   * what another desk changed since, even after the lists showed it. */
  gint64                seen;
  GtProject            *project;      /* the live project, or NULL for a new one */

  gboolean              loading;      /* filling the fields: not an edit by the user */
  char                 *loaded_state; /* dup_state() once loaded: what counts as no change */
  gboolean              name_touched; /* an empty name is only an error once typed in */
  gboolean              valid;
  gint64                total;        /* parsed amounts, valid while self->valid */
  gint64                plan;
  gint64                largest_month; /* this year's largest monthly figure, for the cross-check */
  int                   largest_month_number;

  /* template children */
  AdwWindowTitle       *window_title;
  GtkWidget            *save_button;
  AdwPreferencesPage   *page;
  AdwEntryRow          *name_row;
  AdwEntryRow          *code_row;
  AdwEntryRow          *owner_row;
  AdwComboRow          *level_row;
  AdwComboRow          *stage_row;
  AdwEntryRow          *category_row;
  GtkMenuButton        *category_button;
  GtkLabel             *project_error;
  GtkTextView          *content_view;
  AdwComboRow          *locality_row;
  AdwComboRow          *unit_row;
  AdwComboRow          *leader_row;
  AdwEntryRow          *total_row;
  AdwEntryRow          *plan_row;
  AdwActionRow         *completed_row;
  GtkLabel             *completed_label;
  GtkLabel             *investment_error;
  GtkLabel             *investment_warning;
  GtkWidget            *plan_warning_icon;
  AdwActionRow         *planned_start_row;
  AdwActionRow         *planned_end_row;
  AdwActionRow         *actual_start_row;
  AdwActionRow         *actual_end_row;
  GtDateButton         *planned_start_button;
  GtDateButton         *planned_end_button;
  GtDateButton         *actual_start_button;
  GtDateButton         *actual_end_button;
  GtkTextView          *notes_view;
};

/* gt-project-editor-validation.c: checks every field, marks the invalid ones,
 * says why beside them and enables Save only when all are valid. */
void  _gt_project_editor_validate           (GtProjectEditor *self);
/* This year's largest monthly figure, which a lower plan would make implausible. */
void  _gt_project_editor_find_largest_month (GtProjectEditor *self);
/* Trims ASCII and ideographic spaces, as people paste both. */
char *_gt_project_editor_dup_trimmed         (const char      *text);

G_END_DECLS
