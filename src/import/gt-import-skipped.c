/* gt-import-skipped.c: the rows of a ledger that are not projects, and what the
 * import says of them. An office checks an import by counting rows: "the file
 * has 260 rows, Guatu took 247" must be answered by the import itself.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-import-private.h"

/* Rows listed by number for each reason; beyond, "…". */
#define ROWS_LISTED 10

void
_gt_import_plan_skip (GtImportPlan       *self,
                      guint               row,
                      GtImportSkipReason  reason)
{
  GtImportSkipped skipped = { row + 1, reason };

  g_array_append_val (self->skipped, skipped);
}

const GArray *
gt_import_plan_get_skipped (GtImportPlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->skipped;
}

static char *
describe_count (GtImportSkipReason reason,
                guint              count)
{
  switch (reason)
    {
    case GT_IMPORT_SKIP_HEADING:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u group heading",
                                           "%u group headings", count), count);
    case GT_IMPORT_SKIP_TOTAL:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u total or subtotal",
                                           "%u totals or subtotals", count), count);
    case GT_IMPORT_SKIP_NOTE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u note without a project name",
                                           "%u notes without a project name", count),
                              count);
    case GT_N_IMPORT_SKIPS:
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
gt_import_plan_describe_skipped (GtImportPlan *self)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->skipped->len == 0)
    return NULL;

  text = g_string_new (NULL);
  for (int reason = 0; reason < GT_N_IMPORT_SKIPS; reason++)
    {
      g_autoptr(GString) rows = g_string_new (NULL);
      g_autofree char *count_text = NULL;
      guint count = 0;

      for (guint i = 0; i < self->skipped->len; i++)
        {
          const GtImportSkipped *skipped = &g_array_index (self->skipped, GtImportSkipped, i);

          if ((int) skipped->reason != reason)
            continue;
          if (count < ROWS_LISTED)
            {
              if (count > 0)
                /* Translators: between row numbers, "rows 4, 46" */
                g_string_append (rows, _(", "));
              g_string_append_printf (rows, "%u", skipped->row);
            }
          else if (count == ROWS_LISTED)
            g_string_append (rows, "…");
          count++;
        }
      if (count == 0)
        continue;

      count_text = describe_count (reason, count);
      if (text->len > 0)
        /* Translators: between the kinds of rows skipped */
        g_string_append (text, _("; "));
      /* Translators: "3 totals or subtotals (rows 45, 87, 130)" */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s (row %s)",
                                                 "%s (rows %s)", count),
                              count_text, rows->str);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
