/* gt-store-formalities.h: a project's approval formalities (审批手续) in the
 * register, and every project's for the 手续办理 view and its printout.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-formality.h"
#include "gt-formality-template.h"
#include "gt-store.h"

G_BEGIN_DECLS

/* The formalities of @project_id by position: a new array of GtFormality. */
GPtrArray  *gt_store_list_formalities          (GtStore            *store,
                                                gint64              project_id,
                                                GError            **error);
/* Every live project's formalities, of @approver_unit_id only when it is not
 * 0, by approving department (none last), planned day (none last), project
 * and position. */
GPtrArray  *gt_store_list_all_formalities      (GtStore            *store,
                                                gint64              approver_unit_id,
                                                GError            **error);
/* Each is one transaction, logged as a change of the project (the lists and
 * other desks see it), and one step of undo (gt-store-formalities.c).
 * add: @formality gets its id. update and delete: NOT_FOUND when it is gone. */
gboolean    gt_store_add_formality             (GtStore            *store,
                                                GtFormality        *formality,
                                                GError            **error);
gboolean    gt_store_update_formality          (GtStore            *store,
                                                GtFormality        *formality,
                                                GError            **error);
/* The same, for a formality an editor read as @original: when the register's
 * row no longer has @original's values (another desk or program changed it
 * since), refused with GT_STORE_ERROR_CONFLICT naming who changed it and when,
 * rather than written over. An update that changes nothing writes nothing and
 * makes no step of undo. */
gboolean    gt_store_update_formality_over     (GtStore            *store,
                                                GtFormality        *original,
                                                GtFormality        *formality,
                                                GError            **error);
gboolean    gt_store_delete_formality          (GtStore            *store,
                                                GtFormality        *formality,
                                                GError            **error);
/* @formalities (GtFormality, their ids kept or given) become the project's,
 * whole, in one transaction. */
gboolean    gt_store_replace_formalities       (GtStore            *store,
                                                gint64              project_id,
                                                GPtrArray          *formalities,
                                                GError            **error);
/* The template's list, planned backwards from @project's planned start (倒排),
 * its departments matched to the register's units, as the project's
 * formalities (replacing any). */
gboolean    gt_store_apply_formality_template  (GtStore            *store,
                                                GtProject          *project,
                                                const GtFormalityTemplate *tmpl,
                                                GError            **error);
/* Whether @project_id has formalities (TRUE also when it cannot tell, so that
 * the caller asks before replacing them). */
gboolean    gt_store_has_formalities           (GtStore            *store,
                                                gint64              project_id);

G_END_DECLS
