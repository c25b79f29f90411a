/* gt-formality-template.h: the approvals a project of a category needs (审批手续
 * 清单), each with its approving department and standard time limit, and the
 * dates planned from them backwards from the project's planned start (倒排).
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "gt-formality.h"

G_BEGIN_DECLS

/* The settings key: a{ss}, a project category → its template as text
 * (gt_formality_template_to_string()); the key "" for every category not
 * listed. Empty: the built-in list for all. */
#define GT_FORMALITY_TEMPLATES_KEY "formality-templates"

typedef struct _GtFormalityTemplate GtFormalityTemplate;

GtFormalityTemplate *gt_formality_template_new            (void);
void                 gt_formality_template_free           (GtFormalityTemplate *self);
/* 立项/备案, 用地预审与选址, 用地规划许可, 工程规划许可, 环评批复, 节能审查,
 * 施工图审查, 施工许可 with their departments and usual time limits; translated. */
GtFormalityTemplate *gt_formality_template_new_default    (void);
void                 gt_formality_template_append         (GtFormalityTemplate *self,
                                                           const char          *kind,
                                                           const char          *department,
                                                           guint                days);
guint                gt_formality_template_get_n_items    (const GtFormalityTemplate *self);
const char          *gt_formality_template_get_kind       (const GtFormalityTemplate *self,
                                                           guint                index);
const char          *gt_formality_template_get_department (const GtFormalityTemplate *self,
                                                           guint                index);
guint                gt_formality_template_get_days       (const GtFormalityTemplate *self,
                                                           guint                index);
/* "kind|department|days;kind|department|days". Parsing refuses an empty kind, a
 * '|' or ';' inside a field, days that are not a whole number 0–3650, and an
 * empty template; the department may be empty. */
char                *gt_formality_template_to_string      (const GtFormalityTemplate *self);
GtFormalityTemplate *gt_formality_template_parse          (const char          *text,
                                                           GError             **error);
/* The template of @category in @templates (an a{ss} as the settings key holds;
 * may be NULL): its own, else the one of "", else the built-in one. A text
 * that does not parse counts as absent. */
GtFormalityTemplate *gt_formality_template_for_category   (GVariant            *templates,
                                                           const char          *category);
/* The same from the settings, the built-in list when the schema is missing. */
GtFormalityTemplate *gt_formality_template_load           (const char          *category);

/* The unit of @units (a GListModel of GtUnit) that @department names: one
 * whose name is it, else one whose name holds it, else holds it without its
 * last character (自然资源局 → 县自然资源和规划局), or that a short name
 * stands for (住建局: 住房和城乡建设局); departments before other kinds of
 * unit. 0 for none. */
gint64               gt_formality_template_match_unit     (GListModel          *units,
                                                           const char          *department);

/* New formalities of @project_id, positions 0…n−1, planned backwards (倒排):
 * the last given by the day before @start, each one before by the day the
 * next must be applied for (its planned day less its time limit). @start NULL:
 * no planned days. Approvers found in @units (may be NULL); a department not
 * found is written into the formality's note. All 未办. */
GPtrArray           *gt_formality_template_plan           (const GtFormalityTemplate *self,
                                                           const GDate         *start,
                                                           gint64               project_id,
                                                           GListModel          *units);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtFormalityTemplate, gt_formality_template_free)

G_END_DECLS
