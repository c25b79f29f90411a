/* gt-csv-export.c: a table as CSV.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-export-file.h"
#include "gt-table-export.h"

static void
append_field (GString    *out,
              const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

gboolean
gt_csv_export_write (GtExportTable  *table,
                     const char     *path,
                     GError        **error)
{
  return gt_csv_export_write_full (table, path, NULL, error);
}

gboolean
gt_csv_export_write_full (GtExportTable          *table,
                          const char             *path,
                          const GtExportMonitor  *monitor,
                          GError                **error)
{
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GtExportFile) file = NULL;
  g_autofree char *title = NULL;
  guint n_columns = gt_export_table_get_n_columns (table);

  title = gt_export_neutralise (gt_export_table_get_title (table));
  append_field (out, title);
  g_string_append (out, "\r\n");
  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *header = gt_export_neutralise (gt_export_table_get_header (table, c));

      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, header);
    }
  g_string_append (out, "\r\n");

  for (guint r = 0; r < gt_export_table_get_n_rows (table); r++)
    {
      if (r % 256 == 0 &&
          !gt_export_monitor_step (monitor, r, gt_export_table_get_n_rows (table) + 1, error))
        return FALSE;
      for (guint c = 0; c < n_columns; c++)
        {
          const char *text;
          g_autofree char *shown = NULL;

          if (c > 0)
            g_string_append_c (out, ',');
          if (!gt_export_table_get_cell (table, r, c, &text, NULL))
            continue;
          /* Numbers are ours and may be negative: only text is neutralised. */
          shown = text != NULL ? gt_export_neutralise (text)
                               : gt_export_table_format_cell (table, r, c);
          append_field (out, shown);
        }
      g_string_append (out, "\r\n");
    }

  file = gt_export_file_open (path, gt_export_table_get_register (table), error);
  if (file == NULL)
    return FALSE;
  if (!gt_export_monitor_step (monitor, 1, 1, error))
    return FALSE;
  /* A failed write is reported by the commit, which then renames nothing. */
  gt_export_file_write (file, out->str, out->len);
  return gt_export_file_commit (file, error);
}
