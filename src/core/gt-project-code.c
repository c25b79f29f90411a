/* gt-project-code.c: the national project code (项目代码) and its shape.
 *
 * See the header for the code's parts. Ledgers carry codes typed by hand in
 * WPS, so a code is normalized before it is judged or compared: full-width
 * digits and dashes, an em dash for a hyphen, spaces, a code without dashes.
 * The messages say what is wrong in the office's terms (which part, how many
 * digits) rather than "invalid".
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-project-code.h"

/* Where the dashes stand, and the parts between them. */
static const struct {
  guint start;
  guint length;
} parts_at[] = {
  { 0, 4 }, { 5, 6 }, { 12, 2 }, { 15, 2 }, { 18, 6 },
};

/* The older codes' years: the platform gave codes of that shape from its start
 * until the 2020 rules. */
#define OLDER_FIRST_YEAR 2014
#define OLDER_LAST_YEAR  2021

static gunichar
fold_char (gunichar c)
{
  if (c >= 0xFF10 && c <= 0xFF19)          /* ０-９ */
    return '0' + (c - 0xFF10);
  if (c >= 0xFF21 && c <= 0xFF3A)          /* Ａ-Ｚ */
    return 'A' + (c - 0xFF21);
  if (c >= 0xFF41 && c <= 0xFF5A)          /* ａ-ｚ */
    return 'A' + (c - 0xFF41);
  if (c >= 'a' && c <= 'z')
    return c - 'a' + 'A';
  switch (c)
    {
    case 0xFF0D:    /* － */
    case 0x2010:    /* ‐ */
    case 0x2011:    /* ‑ */
    case 0x2012:    /* ‒ */
    case 0x2013:    /* – */
    case 0x2014:    /* — */
    case 0x2212:    /* − */
    case 0xFE63:    /* ﹣ */
      return '-';
    default:
      return c;
    }
}

char *
gt_project_code_normalize (const char *code)
{
  GString *out = g_string_new (NULL);
  gboolean has_dash = FALSE;
  gboolean all_alnum = TRUE;

  if (code == NULL || !g_utf8_validate (code, -1, NULL))
    return g_string_free (out, FALSE);

  for (const char *p = code; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = fold_char (g_utf8_get_char (p));

      /* A code has no spaces: any typed in it, or around it, are slips. */
      if (g_unichar_isspace (c) || c == 0x3000 || g_unichar_type (c) == G_UNICODE_FORMAT)
        continue;
      if (c == '-')
        has_dash = TRUE;
      else if (!g_ascii_isalnum ((char) (c < 0x80 ? c : 0)))
        all_alnum = FALSE;
      g_string_append_unichar (out, c);
    }

  /* "230441162104011234 56" typed without its dashes gets them back. */
  if (!has_dash && all_alnum && out->len == GT_PROJECT_CODE_LENGTH - 4)
    {
      for (guint i = 1; i < G_N_ELEMENTS (parts_at); i++)
        g_string_insert_c (out, parts_at[i].start - 1, '-');
    }
  return g_string_free (out, FALSE);
}

static gboolean
all_digits (const char *text,
            guint       length)
{
  for (guint i = 0; i < length; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

static const char *
part_name (guint index)
{
  switch (index)
    {
    case 0:
      return C_("project code part", "year and month");
    case 1:
      return C_("project code part", "region");
    case 2:
      return C_("project code part", "department");
    default:
      return C_("project code part", "project type");
    }
}

static void
set_message (char       **message,
             char        *text)
{
  if (message != NULL)
    *message = text;
  else
    g_free (text);
}

/* The outline common to both shapes: 24 characters, dashes in their places,
 * digits between (the very last may be a letter). */
static gboolean
check_outline (const char  *code,
               char       **message)
{
  gsize length = strlen (code);
  guint n_chars = (guint) g_utf8_strlen (code, -1);

  if (n_chars == GT_PROJECT_CODE_LENGTH && length != GT_PROJECT_CODE_LENGTH)
    {
      set_message (message, g_strdup (_("A project code is made of digits and dashes only, "
                                        "like 2304-411621-04-01-123456.")));
      return FALSE;
    }
  if (length != GT_PROJECT_CODE_LENGTH)
    {
      /* TRANSLATORS: %u is how many characters the code has */
      set_message (message,
                   g_strdup_printf (_("A project code has 24 characters, dashes included, "
                                      "like 2304-411621-04-01-123456: this one has %u."),
                                    n_chars));
      return FALSE;
    }
  for (guint i = 1; i < G_N_ELEMENTS (parts_at); i++)
    if (code[parts_at[i].start - 1] != '-')
      {
        set_message (message, g_strdup (_("A project code is in five parts with dashes "
                                          "between, 4-6-2-2-6 digits, like "
                                          "2304-411621-04-01-123456.")));
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (parts_at); i++)
    {
      const char *part = code + parts_at[i].start;
      guint digits = parts_at[i].length;
      char *text;

      /* The check character may be a letter. */
      if (i == G_N_ELEMENTS (parts_at) - 1)
        digits--;
      if (all_digits (part, digits)
          && (i < G_N_ELEMENTS (parts_at) - 1 || g_ascii_isalnum (part[digits])))
        continue;
      text = g_strndup (part, parts_at[i].length);
      if (i == G_N_ELEMENTS (parts_at) - 1)
        /* TRANSLATORS: the code's last part as typed */
        set_message (message,
                     g_strdup_printf (_("A project code ends in five random digits and a check "
                                        "digit or letter: “%s” is not that."), text));
      else
        /* TRANSLATORS: the part of the code (年月, 地区, …), what it holds, and
         * how many digits it should have */
        set_message (message,
                     g_strdup_printf (_("The %s part of the project code, “%s”, should be "
                                        "%u digits."),
                                      part_name (i), text, parts_at[i].length));
      g_free (text);
      return FALSE;
    }
  return TRUE;
}

GtProjectCodeShape
gt_project_code_check (const char          *code,
                       GtProjectCodeParts  *parts,
                       char               **message)
{
  g_autofree char *normal = gt_project_code_normalize (code);
  GtProjectCodeParts found = { 0 };
  int first, month;
  GtProjectCodeShape shape;

  if (message != NULL)
    *message = NULL;
  if (*normal == '\0')
    return GT_PROJECT_CODE_EMPTY;
  if (!check_outline (normal, message))
    return GT_PROJECT_CODE_OTHER;

  first = (int) g_ascii_strtoll (normal, NULL, 10);
  month = first % 100;
  if (month >= 1 && month <= 12)
    {
      shape = GT_PROJECT_CODE_NATIONAL;
      found.year = 2000 + first / 100;
      found.month = month;
    }
  else if (first >= OLDER_FIRST_YEAR && first <= OLDER_LAST_YEAR
           && !all_digits (normal + parts_at[4].start, parts_at[4].length))
    {
      g_autofree char *text = g_strndup (normal + parts_at[4].start, parts_at[4].length);

      /* TRANSLATORS: the year the code begins with, then its last part */
      set_message (message,
                   g_strdup_printf (_("A project code that begins with its year (%d) ends in a "
                                      "six-digit serial number: “%s” is not that."),
                                    first, text));
      return GT_PROJECT_CODE_OTHER;
    }
  else if (first >= OLDER_FIRST_YEAR && first <= OLDER_LAST_YEAR)
    {
      shape = GT_PROJECT_CODE_OLDER;
      found.year = first;
      set_message (message,
                   g_strdup_printf (_("An older project code, given in %d with the year in "
                                      "full; today's codes begin with the year and month, "
                                      "like 2304 for April 2023. It is kept as it is."),
                                    first));
    }
  else
    {
      g_autofree char *text = g_strndup (normal, 4);

      set_message (message,
                   g_strdup_printf (_("A project code begins with the year and month it was "
                                      "given, like 2304 for April 2023: “%s” is not a month."),
                                    text));
      return GT_PROJECT_CODE_OTHER;
    }

  if (parts != NULL)
    {
      memcpy (found.region, normal + parts_at[1].start, 6);
      memcpy (found.department, normal + parts_at[2].start, 2);
      memcpy (found.type, normal + parts_at[3].start, 2);
      memcpy (found.serial, normal + parts_at[4].start, 6);
      *parts = found;
    }
  return shape;
}

gboolean
gt_project_code_equal (const char *a,
                       const char *b)
{
  g_autofree char *x = gt_project_code_normalize (a);
  g_autofree char *y = gt_project_code_normalize (b);

  return *x != '\0' && g_str_equal (x, y);
}
