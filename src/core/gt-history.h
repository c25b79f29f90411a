/* gt-history.h: the change history (变更记录) and month sign-off.
 *
 * Both are written by the register's own triggers (gt-sqlite-schema.c,
 * gt-pg-schema.c), whoever writes; these calls read them, and close and
 * reopen months.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gt-store.h"

G_BEGIN_DECLS

/* One changed field. */
typedef struct {
  char   *at;          /* UTC, 'YYYY-MM-DDTHH:MM:SSZ' */
  char   *desk;        /* "" for another program */
  char   *source;      /* "typed", "import:FILE", "return:UNIT", "undo", "redo" */
  char   *kind;        /* "project", "issue", "report", "plan" */
  gint64  project_id;
  gint64  row_id;
  char   *month;       /* a report's 'YYYY-MM', a plan's year, else NULL */
  char   *field;       /* the column; "" for a new project or issue */
  char   *old_value;   /* NULL when there was none */
  char   *new_value;
} GtHistoryEntry;

void        gt_history_entry_free      (GtHistoryEntry *entry);

/* The entries, oldest first: of one project (@project_id not 0) and/or made
 * in one month (@year and @month not 0, by the local calendar's month of
 * their time). A GPtrArray of GtHistoryEntry, or NULL with @error set. */
GPtrArray  *gt_history_list            (GtStore        *store,
                                        gint64          project_id,
                                        int             year,
                                        int             month,
                                        GError        **error);

/* Signs off a month's figures: from then on no writer may change them
 * (GT_STORE_ERROR_CLOSED) until the month is reopened. Closing a closed month
 * changes nothing. */
gboolean    gt_history_close_month     (GtStore        *store,
                                        int             year,
                                        int             month,
                                        GError        **error);
/* Reopens it, with the reason (required) recorded beside who and when. */
gboolean    gt_history_reopen_month    (GtStore        *store,
                                        int             year,
                                        int             month,
                                        const char     *reason,
                                        GError        **error);
gboolean    gt_history_is_month_closed (GtStore        *store,
                                        int             year,
                                        int             month,
                                        GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GtHistoryEntry, gt_history_entry_free)

G_END_DECLS
