/* gt-test-returns.c: a unit's clerk filling in a report template, for tests.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <zip.h>

#include "gt-test-returns.h"

#define DATA_SHEET "xl/worksheets/sheet1.xml"

static char *
read_part (zip_t      *zip,
           const char *name)
{
  zip_stat_t st;
  zip_file_t *file;
  char *data;

  g_assert_cmpint (zip_stat (zip, name, 0, &st), ==, 0);
  data = g_malloc0 (st.size + 1);
  file = zip_fopen (zip, name, 0);
  g_assert_nonnull (file);
  g_assert_cmpint (zip_fread (file, data, st.size), ==, (zip_int64_t) st.size);
  zip_fclose (file);
  return data;
}

/* Runs @edit on the part @name of @path and writes the result back. */
static void
edit_part (const char *path,
           const char *name,
           char     *(*edit) (const char *text, gconstpointer data),
           gconstpointer data)
{
  zip_t *zip = zip_open (path, 0, NULL);
  g_autofree char *text = NULL;
  char *edited;
  zip_source_t *source;

  g_assert_nonnull (zip);
  text = read_part (zip, name);
  edited = edit (text, data);
  g_assert_nonnull (edited);
  /* libzip frees the buffer with free(): GLib's allocator is malloc. */
  source = zip_source_buffer (zip, edited, strlen (edited), 1);
  g_assert_nonnull (source);
  g_assert_cmpint (zip_file_add (zip, name, source, ZIP_FL_OVERWRITE), >=, 0);
  g_assert_cmpint (zip_close (zip), ==, 0);
}

typedef struct {
  const char *ref;
  const char *value;
  gboolean    number;
} Cell;

static char *
set_cell (const char    *text,
          gconstpointer  data)
{
  const Cell *cell = data;
  g_autofree char *pattern = g_strdup_printf ("<c r=\"%s\"( s=\"[0-9]+\")?[^>]*?(/>|>.*?</c>)",
                                              cell->ref);
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *style = NULL;
  g_autofree char *escaped = g_markup_escape_text (cell->value, -1);
  g_autofree char *replacement = NULL;
  GString *out;
  int start, end;

  g_assert_true (g_regex_match (regex, text, 0, &match));
  style = g_match_info_fetch (match, 1);
  g_match_info_fetch_pos (match, 0, &start, &end);
  replacement = cell->number
    ? g_strdup_printf ("<c r=\"%s\"%s><v>%s</v></c>", cell->ref, style, escaped)
    : g_strdup_printf ("<c r=\"%s\"%s t=\"inlineStr\"><is><t>%s</t></is></c>", cell->ref,
                       style, escaped);
  out = g_string_new_len (text, start);
  g_string_append (out, replacement);
  g_string_append (out, text + end);
  return g_string_free (out, FALSE);
}

void
gt_test_return_set_cell (const char *path,
                         const char *ref,
                         const char *value,
                         gboolean    number)
{
  Cell cell = { ref, value, number };

  edit_part (path, DATA_SHEET, set_cell, &cell);
}

typedef struct {
  const char *from;
  const char *to;
} Swap;

static char *
replace (const char    *text,
         gconstpointer  data)
{
  const Swap *swap = data;
  const char *at = strstr (text, swap->from);
  GString *out;

  g_assert_nonnull (at);
  out = g_string_new_len (text, at - text);
  g_string_append (out, swap->to);
  g_string_append (out, at + strlen (swap->from));
  return g_string_free (out, FALSE);
}

void
gt_test_return_replace (const char *path,
                        const char *part,
                        const char *from,
                        const char *to)
{
  Swap swap = { from, to };

  edit_part (path, part, replace, &swap);
}

static char *
drop_hidden (const char    *text,
             gconstpointer  data)
{
  g_autoptr(GRegex) regex = g_regex_new ("<sheet name=\"guatu\"[^>]*/>", 0, 0, NULL);
  char *out = g_regex_replace_literal (regex, text, -1, 0, "", 0, NULL);

  g_assert_cmpuint (strlen (out), <, strlen (text));
  return out;
}

void
gt_test_return_drop_hidden (const char *path)
{
  edit_part (path, "xl/workbook.xml", drop_hidden, NULL);
}
