/* gt-ledger-values.c: reading the amounts, dates and words of ledger cells.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"
#include "gt-ledger-fold.h"
#include "gt-ledger-sheet.h"
#include "gt-ledger-values.h"

/* 10¹⁶ yuan: far beyond any project, and safe from overflow in every sum. */
#define MAX_YUAN ((gint64) 10000000000000000)
#define FRACTION_DIGITS 9
#define FRACTION_SCALE ((gint64) 1000000000)

/* The last Excel serial day (9999-12-31). */
#define MAX_EXCEL_SERIAL 2958465

/* Spaces of every width, line breaks, and what shows nothing at all (format
 * characters such as U+200B, U+00AD, U+202E, U+FEFF): what a blank cell may hold. */
static gboolean
is_blank_char (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || g_unichar_type (c) == G_UNICODE_FORMAT;
}

/* What a name's normal form leaves out: the above, and control characters (the
 * import refuses those, but a name typed into the register may hold one). */
static gboolean
is_invisible (gunichar c)
{
  return is_blank_char (c) || g_unichar_type (c) == G_UNICODE_CONTROL;
}

char *
gt_ledger_normalize (const char *text)
{
  g_autofree char *nfkc = NULL;
  GString *out;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return g_strdup ("");
  nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  /* Only on text that is not UTF-8, which was ruled out above; but a NULL here
   * would crash in strlen(). */
  if (nfkc == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (nfkc));
  for (const char *p = nfkc; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_invisible (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
gt_ledger_is_empty (const char *text)
{
  static const char *const marks[] = {
    "", "-", "--", "—", "——", "/", "\\", "无", "暂无", "无问题", "N/A", "n/a", NULL
  };
  g_autofree char *span = NULL;
  g_autofree char *normal = NULL;
  const char *start, *end;

  if (text == NULL)
    return TRUE;
  /* Not empty, so that the import refuses it with its row and column. */
  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* Every mark is a few characters between spaces: a longer cell (a 50 MB one
   * among them) is not normalised whole just to find that out. */
  for (start = text; *start != '\0' && is_blank_char (g_utf8_get_char (start));
       start = g_utf8_next_char (start))
    ;
  for (end = start + strlen (start); end > start;)
    {
      const char *before = g_utf8_prev_char (end);

      if (!is_blank_char (g_utf8_get_char (before)))
        break;
      end = before;
    }
  if (end - start > 64)
    return FALSE;
  /* The normal form drops control characters, but a cell of one is no mark. */
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (g_unichar_type (g_utf8_get_char (p)) == G_UNICODE_CONTROL
        && !g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  span = g_strndup (start, (gsize) (end - start));
  normal = gt_ledger_normalize (span);
  gt_ledger_fold_traditional (normal);  /* 無, 暫無 */
  return g_strv_contains (marks, normal);
}

static gboolean
bad_value (GError     **error,
           const char  *why)
{
  g_set_error_literal (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE, why);
  return FALSE;
}

char *
gt_ledger_clean_text (const char  *text,
                      guint        max_chars,
                      GError     **error)
{
  GString *out;
  guint n = 0;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    {
      bad_value (error, _("not readable text"));
      return NULL;
    }

  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_FORMAT)
        continue;
      if ((type == G_UNICODE_CONTROL && c != '\t' && c != '\n' && c != '\r')
          || c == 0xfffd)
        {
          g_string_free (out, TRUE);
          if (c == 0xfffd)
            bad_value (error, _("has a character that could not be read (U+FFFD): is the "
                                "file damaged, or saved in another encoding?"));
          else
            g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE,
                         _("has a control character (U+%04X): is the file damaged, or "
                           "saved in another encoding?"), c);
          return NULL;
        }
      if (++n > max_chars)
        {
          g_string_free (out, TRUE);
          g_set_error (error, GT_LEDGER_ERROR, GT_LEDGER_ERROR_BAD_VALUE,
                       g_dngettext (GETTEXT_PACKAGE, "longer than %u character",
                                    "longer than %u characters", max_chars), max_chars);
          return NULL;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  gsize length = strlen (text);
  gsize suffix_length = strlen (suffix);

  if (length < suffix_length || strcmp (text + length - suffix_length, suffix) != 0)
    return FALSE;
  text[length - suffix_length] = '\0';
  return TRUE;
}

/* Digits with thousands separators, then an optional fraction: no sign, no
 * exponent. Returns FALSE when the text is anything else. */
static gboolean
parse_plain (const char *text,
             guint64    *whole,
             guint64    *fraction)
{
  const char *p = text;
  int digits = 0;
  int group = -1;     /* digits since the last comma, -1 before any comma */

  *whole = 0;
  *fraction = 0;
  for (; *p != '\0' && *p != '.'; p++)
    {
      if (*p == ',')
        {
          if (digits == 0 || (group >= 0 && group != 3) || (group < 0 && digits > 3))
            return FALSE;
          group = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return FALSE;
      if (*whole > (guint64) G_MAXINT64 / 10)
        return FALSE;
      *whole = *whole * 10 + (guint64) (*p - '0');
      digits++;
      if (group >= 0)
        group++;
    }
  if (group >= 0 && group != 3)
    return FALSE;

  if (*p == '.')
    {
      int n = 0;

      for (p++; *p != '\0'; p++, n++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          if (n < FRACTION_DIGITS)
            *fraction = *fraction * 10 + (guint64) (*p - '0');
        }
      if (n == 0 && digits == 0)
        return FALSE;
      for (; n < FRACTION_DIGITS; n++)
        *fraction *= 10;
    }
  return digits > 0 || *fraction > 0 || strchr (text, '.') != NULL;
}

gboolean
gt_ledger_parse_amount (const char  *text,
                        gint64       unit,
                        gint64      *yuan,
                        GError     **error)
{
  g_autofree char *normal = gt_ledger_normalize (text);
  guint64 whole, fraction;
  gint64 result;

  g_return_val_if_fail (unit > 0, FALSE);
  g_return_val_if_fail (yuan != NULL, FALSE);

  gt_ledger_fold_traditional (normal);  /* 萬元, 億元 */
  if (strip_suffix (normal, "亿元") || strip_suffix (normal, "亿"))
    unit = G_GINT64_CONSTANT (100000000);
  else if (strip_suffix (normal, "万元") || strip_suffix (normal, "万"))
    unit = 10000;
  else if (strip_suffix (normal, "元"))
    unit = 1;

  if (normal[0] == '-' && normal[1] != '\0')
    return bad_value (error, _("an amount cannot be negative"));

  if (parse_plain (normal, &whole, &fraction))
    {
      if (whole > (guint64) (MAX_YUAN / unit))
        return bad_value (error, _("the amount is too large"));
      result = (gint64) whole * unit
               + (gint64) ((fraction * (guint64) unit + FRACTION_SCALE / 2) / FRACTION_SCALE);
    }
  else
    {
      /* Spreadsheets write very large or small numbers with an exponent. */
      char *end = NULL;
      double value;

      if (strpbrk (normal, "eE") == NULL)
        return bad_value (error, _("not an amount"));
      value = g_ascii_strtod (normal, &end);
      if (end == normal || *end != '\0' || !isfinite (value))
        return bad_value (error, _("not an amount"));
      if (value < 0)
        return bad_value (error, _("an amount cannot be negative"));
      if (value * (double) unit >= (double) MAX_YUAN)
        return bad_value (error, _("the amount is too large"));
      result = (gint64) floor (value * (double) unit + 0.5);
    }

  if (result > MAX_YUAN)
    return bad_value (error, _("the amount is too large"));
  *yuan = result;
  return TRUE;
}

static gboolean
from_excel_serial (guint64 serial,
                   GDate  *date)
{
  /* Excel counts 1900-02-29, which never was: serials from 61 on are one day
   * ahead of a count from 1899-12-31. */
  g_date_clear (date, 1);
  g_date_set_dmy (date, 30, G_DATE_DECEMBER, 1899);
  if (serial < 61)
    g_date_add_days (date, 1);
  g_date_add_days (date, (guint) serial);
  return g_date_valid (date);
}

gboolean
gt_ledger_parse_date (const char             *text,
                      GDate                  *date,
                      GtLedgerDatePrecision  *precision,
                      GError                **error)
{
  g_autofree char *normal = gt_ledger_normalize (text);
  guint64 numbers[3] = { 0, 0, 0 };
  int n = 0;
  const char *p = normal;
  GDate result;

  g_return_val_if_fail (date != NULL, FALSE);

  /* ISO with a time part (FreeXL writes date-times so); NFKC took the space. */
  if (strlen (normal) > 10 && normal[4] == '-' && normal[7] == '-'
      && strchr (normal + 10, ':') != NULL)
    normal[10] = '\0';

  /* An Excel serial day: a bare number that is not a year. */
  if (normal[0] != '\0' && strspn (normal, "0123456789.") == strlen (normal)
      && strchr (normal, '.') == strrchr (normal, '.'))
    {
      guint64 serial = g_ascii_strtoull (normal, NULL, 10);
      const char *dot = strchr (normal, '.');

      if ((dot == NULL || dot - normal != 4)
          && (serial < GT_DATE_MIN_YEAR || serial > GT_DATE_MAX_YEAR))
        {
          if (serial < 1 || serial > MAX_EXCEL_SERIAL || !from_excel_serial (serial, &result))
            return bad_value (error, _("not a date"));
          /* 2958465 is a valid serial (9999-12-31), but no project's date. */
          if (!gt_date_in_range (&result))
            return bad_value (error, _("the year is out of range"));
          *date = result;
          *precision = GT_LEDGER_DATE_DAY;
          return TRUE;
        }
    }

  while (n < 3)
    {
      guint64 value = 0;
      int digits = 0;

      while (g_ascii_isdigit (*p) && digits < 5)
        value = value * 10 + (guint64) (*p++ - '0'), digits++;
      if (digits == 0)
        break;
      numbers[n++] = value;
      if (g_str_has_prefix (p, "年") || g_str_has_prefix (p, "月") || g_str_has_prefix (p, "日"))
        p += strlen ("年");
      else if (*p == '-' || *p == '/' || *p == '.')
        p++;
      else
        break;
    }
  if (g_str_has_prefix (p, "号"))
    p += strlen ("号");

  if (n == 0 || *p != '\0')
    return bad_value (error, _("not a date"));
  if (numbers[0] < GT_DATE_MIN_YEAR || numbers[0] > GT_DATE_MAX_YEAR)
    return bad_value (error, _("the year is out of range"));
  if (n >= 2 && (numbers[1] < 1 || numbers[1] > 12))
    return bad_value (error, _("there is no such month"));
  if (n == 3 && !g_date_valid_dmy ((GDateDay) numbers[2], (GDateMonth) numbers[1],
                                   (GDateYear) numbers[0]))
    return bad_value (error, _("there is no such day"));

  g_date_clear (&result, 1);
  g_date_set_dmy (&result, n == 3 ? (GDateDay) numbers[2] : 1,
                  n >= 2 ? (GDateMonth) numbers[1] : G_DATE_JANUARY, (GDateYear) numbers[0]);
  *date = result;
  *precision = n == 3 ? GT_LEDGER_DATE_DAY : n == 2 ? GT_LEDGER_DATE_MONTH
               : GT_LEDGER_DATE_YEAR;
  return TRUE;
}
