/* gt-import-problems.c: what a ledger's rows are refused for, and what is
 * imported all the same but said, each naming its row, its column (letter and
 * header) and the cell as it can be shown.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-import-private.h"

/* Of a cell quoted in a problem, before "…". */
#define QUOTED_CHARS 60

void
_gt_import_problem_free (gpointer data)
{
  GtImportProblem *problem = data;

  g_free (problem->column);
  g_free (problem->value);
  g_free (problem->reason);
  g_free (problem);
}

char *
gt_import_problem_to_string (const GtImportProblem *problem)
{
  if (problem->column == NULL || problem->column[0] == '\0')
    /* Translators: a problem found in a ledger; "Row 7: …" */
    return g_strdup_printf (_("Row %u: %s"), problem->row, problem->reason);
  /* Translators: a problem found in a ledger: row, column, the cell's text, why */
  return g_strdup_printf (_("Row %u, column %s: “%s” — %s"), problem->row, problem->column,
                          problem->value != NULL ? problem->value : "", problem->reason);
}

static char *
column_label (GtImportPlan *self,
              int           column)
{
  g_autofree char *letter = gt_ledger_column_letter ((guint) column);
  const char *header = gt_ledger_mapping_column (self->mapping, (guint) column)->header;

  if (header == NULL || header[0] == '\0')
    return g_steal_pointer (&letter);
  return g_strdup_printf ("%s “%s”", letter, header);
}

/* The cell as a problem quotes it: what is invisible or breaks a terminal shown
 * as U+FFFD, and a long text cut short (a 50 MB cell is one line of output). */
static char *
quote_value (const char *value)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  if (value == NULL || !g_utf8_validate (value, -1, NULL))
    return g_string_free (out, FALSE);
  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (++n > QUOTED_CHARS)
        {
          g_string_append (out, "…");
          break;
        }
      if ((type == G_UNICODE_CONTROL && c != '\n') || type == G_UNICODE_FORMAT)
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static GtImportProblem *
new_problem (GtImportPlan *self,
             guint         row,
             int           column,
             const char   *value,
             const char   *reason)
{
  GtImportProblem *problem = g_new0 (GtImportProblem, 1);

  problem->row = row + 1;
  problem->column = column >= 0 ? column_label (self, column) : g_strdup ("");
  problem->value = quote_value (value);
  problem->reason = g_strdup (reason);
  return problem;
}

void
_gt_import_plan_add_problem (GtImportPlan *self,
                             guint         row,
                             int           column,
                             const char   *value,
                             const char   *reason)
{
  g_ptr_array_add (self->problems, new_problem (self, row, column, value, reason));
}

/* What is imported all the same, but said. */
void
_gt_import_plan_add_warning (GtImportPlan *self,
                             guint         row,
                             int           column,
                             const char   *value,
                             const char   *reason)
{
  g_ptr_array_add (self->warnings, new_problem (self, row, column, value, reason));
}
