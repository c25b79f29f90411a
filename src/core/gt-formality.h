/* gt-formality.h: an approval formality (审批手续) of a project: 立项/备案,
 * 用地预审与选址, 施工许可 …, from an approving department, with its time limit,
 * the date planned (worked backwards from the project's start: 倒排) and done.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "gt-types.h"

G_BEGIN_DECLS

/* The states the office writes: 未办, 在办, 已办, 不需要. */
typedef enum {
  GT_FORMALITY_TODO,
  GT_FORMALITY_DOING,
  GT_FORMALITY_DONE,
  GT_FORMALITY_NOT_NEEDED,
  GT_N_FORMALITY_STATES
} GtFormalityState;

/* "Due soon": planned within this many days from today, not yet given. */
#define GT_FORMALITY_DUE_SOON_DAYS 7

/* Stable ids ("todo", "doing", "done", "not_needed", as the register keeps
 * them) and translated labels. */
const char        *gt_formality_state_to_id      (GtFormalityState  state);
gboolean           gt_formality_state_from_id    (const char       *id,
                                                  GtFormalityState *state);
const char        *gt_formality_state_get_label  (GtFormalityState  state);

#define GT_TYPE_FORMALITY (gt_formality_get_type ())
G_DECLARE_FINAL_TYPE (GtFormality, gt_formality, GT, FORMALITY, GObject)

GtFormality       *gt_formality_new                  (void);
/* A new object with every value of @self, id included. */
GtFormality       *gt_formality_copy                 (GtFormality  *self);
/* Whether saving @other over @self would leave the register as it is: every
 * field gt_store_update_formality() writes, the id and position included. */
gboolean           gt_formality_same_values          (GtFormality  *self,
                                                      GtFormality  *other);

gint64             gt_formality_get_id               (GtFormality  *self);
void               gt_formality_set_id               (GtFormality  *self,
                                                      gint64        id);
gint64             gt_formality_get_project_id       (GtFormality  *self);
void               gt_formality_set_project_id       (GtFormality  *self,
                                                      gint64        project_id);
/* Order within the project, from 0: the order they are obtained in. */
int                gt_formality_get_position         (GtFormality  *self);
void               gt_formality_set_position         (GtFormality  *self,
                                                      int           position);
/* What is approved: "立项/备案", "施工许可" … never NULL. */
const char        *gt_formality_get_kind             (GtFormality  *self);
void               gt_formality_set_kind             (GtFormality  *self,
                                                      const char   *kind);
/* The unit (a department) that gives it; 0 when not known. */
gint64             gt_formality_get_approver_unit_id (GtFormality  *self);
void               gt_formality_set_approver_unit_id (GtFormality  *self,
                                                      gint64        unit_id);
/* The department's standard time limit (承诺时限), in days. */
int                gt_formality_get_limit_days       (GtFormality  *self);
void               gt_formality_set_limit_days       (GtFormality  *self,
                                                      int           days);
/* The day it is to be given by; NULL when not planned. */
const GDate       *gt_formality_get_planned_on       (GtFormality  *self);
void               gt_formality_set_planned_on       (GtFormality  *self,
                                                      const GDate  *date);
/* The day it was given; NULL when not yet. */
const GDate       *gt_formality_get_actual_on        (GtFormality  *self);
void               gt_formality_set_actual_on        (GtFormality  *self,
                                                      const GDate  *date);
GtFormalityState   gt_formality_get_state            (GtFormality  *self);
void               gt_formality_set_state            (GtFormality  *self,
                                                      GtFormalityState state);
const char        *gt_formality_get_note             (GtFormality  *self);
void               gt_formality_set_note             (GtFormality  *self,
                                                      const char   *note);

/* Whether it is still to be given (未办 or 在办). */
gboolean           gt_formality_is_open              (GtFormality  *self);
/* Open with its planned day before @today; *@days (may be NULL) how many days
 * late. A formality due on @today is not yet late. */
gboolean           gt_formality_is_overdue           (GtFormality  *self,
                                                      const GDate  *today,
                                                      int          *days);
/* Open and planned from @today to @today + GT_FORMALITY_DUE_SOON_DAYS. */
gboolean           gt_formality_is_due_soon          (GtFormality  *self,
                                                      const GDate  *today);
/* As it stood at the start of @close (a month's close: the day after its last):
 * given on @close or later, it was still in hand then (在办, no day given).
 * New; @self itself when nothing differs. */
GtFormality       *gt_formality_as_of                (GtFormality  *self,
                                                      const GDate  *close);

G_END_DECLS
