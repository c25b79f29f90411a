/* gt-format.c: how amounts, dates and rates are written for people.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "gt-format.h"

G_DEFINE_QUARK (gt-format-error-quark, gt_format_error)

/* Yuan in one hundredth of a 万 and of a 亿: the steps of two decimals. */
#define YUAN_PER_HUNDREDTH_WAN ((guint64) 100)
#define YUAN_PER_HUNDREDTH_YI  ((guint64) 1000000)

static guint64
magnitude_of (gint64 value)
{
  /* -(G_MININT64) overflows a gint64 but not a guint64. */
  return value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
}

static void
append_grouped (GString *out,
                guint64  number)
{
  char digits[24];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, number);

  for (int i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* Two decimals, rounded half away from zero, grouped by thousands. Integer
 * arithmetic throughout: a double cannot hold every gint64 amount exactly. */
static char *
format_scaled (gint64  yuan,
               guint64 yuan_per_hundredth)
{
  guint64 magnitude = magnitude_of (yuan);
  guint64 hundredths = magnitude / yuan_per_hundredth;
  GString *out = g_string_new (NULL);

  if ((magnitude % yuan_per_hundredth) * 2 >= yuan_per_hundredth)
    hundredths++;

  /* A tiny negative amount rounds to zero, and "-0.00" would look like a debt. */
  if (yuan < 0 && hundredths > 0)
    g_string_append_c (out, '-');

  append_grouped (out, hundredths / 100);
  g_string_append_printf (out, ".%02u", (guint) (hundredths % 100));

  return g_string_free (out, FALSE);
}

char *
gt_format_wan (gint64 yuan)
{
  return format_scaled (yuan, YUAN_PER_HUNDREDTH_WAN);
}

char *
gt_format_money (gint64 yuan)
{
  g_autofree char *number = NULL;

  /* Decided on the rounded figure, so that 99,999,999 yuan reads "1.00亿元" and
   * not "10,000.00万元". */
  if (magnitude_of (yuan) + YUAN_PER_HUNDREDTH_WAN / 2 >= (guint64) GT_YUAN_PER_YI)
    {
      number = format_scaled (yuan, YUAN_PER_HUNDREDTH_YI);
      /* Translators: an amount in 亿元 (10⁸ yuan); %s is a number like "1.23" */
      return g_strdup_printf (_("%s 100M yuan"), number);
    }

  number = format_scaled (yuan, YUAN_PER_HUNDREDTH_WAN);
  /* Translators: an amount in 万元 (10⁴ yuan); %s is a number like "5,600.00" */
  return g_strdup_printf (_("%s 10k yuan"), number);
}

char *
gt_format_money_pair (gint64 part,
                      gint64 whole)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint64 larger = MAX (magnitude_of (part), magnitude_of (whole));

  /* One unit for both, the one the larger takes alone: "7,520.00万元 / 1.03亿元"
   * makes a reader convert before comparing. */
  if (larger + YUAN_PER_HUNDREDTH_WAN / 2 >= (guint64) GT_YUAN_PER_YI)
    {
      first = format_scaled (part, YUAN_PER_HUNDREDTH_YI);
      second = format_scaled (whole, YUAN_PER_HUNDREDTH_YI);
      /* Translators: two amounts in 亿元, as "0.75 / 1.03亿元" */
      return g_strdup_printf (_("%s / %s 100M yuan"), first, second);
    }

  first = format_scaled (part, YUAN_PER_HUNDREDTH_WAN);
  second = format_scaled (whole, YUAN_PER_HUNDREDTH_WAN);
  /* Translators: two amounts in 万元, as "5,600.00 / 7,520.00万元" */
  return g_strdup_printf (_("%s / %s 10k yuan"), first, second);
}

/* Full-width forms are what a Chinese input method types; fold them to ASCII.
 * Returns 0 for a character that has no ASCII meaning here. */
static char
fold_to_ascii (gunichar c)
{
  if (c < 0x80)
    return (char) c;
  if (c >= 0xFF01 && c <= 0xFF5E)   /* full-width ASCII block: ０ → 0, ， → , */
    return (char) (c - 0xFF01 + 0x21);
  if (c == 0x2212)                  /* MINUS SIGN */
    return '-';
  return 0;
}

static gboolean
strip_suffix (GString    *text,
              const char *suffix)
{
  gsize len = strlen (suffix);

  if (text->len < len || strcmp (text->str + text->len - len, suffix) != 0)
    return FALSE;

  g_string_truncate (text, text->len - len);
  return TRUE;
}

/* Trims spaces of any width from both ends, in place. */
static void
trim_spaces (GString *text)
{
  const char *start = text->str;
  const char *end = text->str + text->len;

  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!g_unichar_isspace (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  g_string_truncate (text, end - text->str);
  g_string_erase (text, 0, start - text->str);
}

static gboolean
set_parse_error (GError      **error,
                 GtFormatError code,
                 const char   *text)
{
  switch (code)
    {
    case GT_FORMAT_ERROR_NEGATIVE:
      g_set_error_literal (error, GT_FORMAT_ERROR, code,
                           _("An amount cannot be negative."));
      break;

    case GT_FORMAT_ERROR_TOO_LARGE:
      g_set_error (error, GT_FORMAT_ERROR, code,
                   _("“%s” is too large an amount."), text);
      break;

    case GT_FORMAT_ERROR_INVALID:
    default:
      if (text == NULL || *text == '\0')
        g_set_error_literal (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_INVALID,
                             _("Enter an amount."));
      else
        g_set_error (error, GT_FORMAT_ERROR, GT_FORMAT_ERROR_INVALID,
                     _("“%s” is not an amount."), text);
      break;
    }

  return FALSE;
}

/* Checks thousands grouping in the integer part: "5,600" and "5600" but not
 * "56,00" or ",5": a misplaced separator in money is more likely a typo than
 * a style, and guessing would store the wrong amount. */
static gboolean
grouping_is_valid (const char *digits,
                   gsize       len)
{
  gsize group = 0;
  gboolean seen_comma = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      if (digits[i] == ',')
        {
          if (group == 0 || (seen_comma && group != 3) || (!seen_comma && group > 3))
            return FALSE;
          seen_comma = TRUE;
          group = 0;
        }
      else
        group++;
    }

  return !seen_comma || group == 3;
}

gboolean
gt_parse_wan (const char  *text,
              gint64      *yuan,
              GError     **error)
{
  g_autoptr(GString) ascii = NULL;
  g_autoptr(GString) trimmed = NULL;
  const char *p;
  const char *int_start;
  gsize int_len;
  gboolean negative = FALSE;
  guint64 scale = (guint64) GT_YUAN_PER_WAN;
  int scale_digits = 4;
  guint64 whole = 0;
  guint64 fraction = 0;
  guint64 result;
  gboolean any_digit = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return set_parse_error (error, GT_FORMAT_ERROR_INVALID, NULL);

  trimmed = g_string_new (text);
  trim_spaces (trimmed);

  /* People often type the unit they see beside the field. */
  if (strip_suffix (trimmed, "亿元") || strip_suffix (trimmed, "亿"))
    {
      scale = (guint64) GT_YUAN_PER_YI;
      scale_digits = 8;
    }
  else if (!strip_suffix (trimmed, "万元"))
    strip_suffix (trimmed, "万");
  trim_spaces (trimmed);

  ascii = g_string_sized_new (trimmed->len);
  for (p = trimmed->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      char c = fold_to_ascii (g_utf8_get_char (p));

      if (c == 0)
        return set_parse_error (error, GT_FORMAT_ERROR_INVALID, text);
      g_string_append_c (ascii, c);
    }

  p = ascii->str;
  if (*p == '-' || *p == '+')
    negative = (*p++ == '-');

  int_start = p;
  while (g_ascii_isdigit (*p) || *p == ',')
    p++;
  int_len = p - int_start;

  if (!grouping_is_valid (int_start, int_len))
    return set_parse_error (error, GT_FORMAT_ERROR_INVALID, text);

  for (gsize i = 0; i < int_len; i++)
    {
      guint d;

      if (int_start[i] == ',')
        continue;

      d = int_start[i] - '0';
      any_digit = TRUE;
      if (whole > ((guint64) G_MAXINT64 - d) / 10)
        return set_parse_error (error, GT_FORMAT_ERROR_TOO_LARGE, text);
      whole = whole * 10 + d;
    }

  if (*p == '.')
    {
      int n = 0;

      p++;
      for (; g_ascii_isdigit (*p); p++, n++)
        {
          guint d = *p - '0';

          any_digit = TRUE;
          if (n < scale_digits)
            fraction = fraction * 10 + d;
          else if (n == scale_digits && d >= 5)
            fraction++;   /* round half up to the nearest yuan */
        }

      for (; n < scale_digits; n++)
        fraction *= 10;
    }

  if (*p != '\0' || !any_digit)
    return set_parse_error (error, GT_FORMAT_ERROR_INVALID, text);

  if (whole > (guint64) G_MAXINT64 / scale
      || whole * scale > (guint64) G_MAXINT64 - fraction)
    return set_parse_error (error, GT_FORMAT_ERROR_TOO_LARGE, text);

  result = whole * scale + fraction;
  if (negative && result > 0)
    return set_parse_error (error, GT_FORMAT_ERROR_NEGATIVE, text);

  if (yuan != NULL)
    *yuan = (gint64) result;
  return TRUE;
}

static GDateTime *
date_time_of (const GDate *date)
{
  /* UTC has no daylight-saving gaps, so every calendar day exists at midnight. */
  return g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date), 0, 0, 0);
}

char *
gt_format_date (const GDate *date)
{
  g_autoptr(GDateTime) dt = NULL;
  char *text;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  dt = date_time_of (date);
  if (dt == NULL)
    return g_strdup ("");

  /* Translators: a date in g_date_time_format() notation; Chinese wants
   * "%Y年%-m月%-d日". */
  /* xgettext:no-c-format */
  text = g_date_time_format (dt, _("%b %-d, %Y"));

  /* A broken translation must not lose the date. */
  return text != NULL ? text : gt_date_to_iso (date);
}

char *
gt_format_month (int year,
                 int month)
{
  g_autoptr(GDateTime) dt = NULL;
  char *text;

  if (year < 1 || year > 9999 || month < 1 || month > 12)
    return g_strdup ("");

  dt = g_date_time_new_utc (year, month, 1, 0, 0, 0);
  if (dt == NULL)
    return g_strdup ("");

  /* Translators: a month in g_date_time_format() notation; Chinese wants
   * "%Y年%-m月". */
  /* xgettext:no-c-format */
  text = g_date_time_format (dt, _("%B %Y"));

  return text != NULL ? text : g_strdup_printf ("%04d-%02d", year, month);
}

char *
gt_format_percent (double ratio)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (ratio) || ratio < 0)
    return g_strdup ("—");

  /* -0.0 passes the test above but would print as "-0.0%". */
  if (ratio == 0.0)
    ratio = 0.0;

  /* ASCII formatting: a decimal comma would read as grouping next to our money. */
  g_ascii_formatd (number, sizeof number, "%.1f", ratio * 100.0);
  return g_strconcat (number, "%", NULL);
}

static gboolean
set_dmy (GDate *date,
         int    year,
         int    month,
         int    day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31
      || !g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* Reads between @min and @max ASCII digits at *@p. */
static gboolean
read_number (const char **p,
             int          min,
             int          max,
             int         *value)
{
  int n = 0;
  int v = 0;

  while (n < max && g_ascii_isdigit ((*p)[n]))
    {
      v = v * 10 + ((*p)[n] - '0');
      n++;
    }

  if (n < min || g_ascii_isdigit ((*p)[n]))
    return FALSE;

  *p += n;
  *value = v;
  return TRUE;
}

gboolean
gt_date_parse_iso (const char *text,
                   GDate      *date)
{
  const char *p = text;
  int year, month, day;

  if (text == NULL || strlen (text) != 10)
    return FALSE;

  if (!read_number (&p, 4, 4, &year) || *p++ != '-'
      || !read_number (&p, 2, 2, &month) || *p++ != '-'
      || !read_number (&p, 2, 2, &day) || *p != '\0')
    return FALSE;

  return set_dmy (date, year, month, day);
}

char *
gt_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date), (guint) g_date_get_day (date));
}

static gboolean
skip_literal (const char **p,
              const char  *literal)
{
  gsize len = strlen (literal);

  if (strncmp (*p, literal, len) != 0)
    return FALSE;

  *p += len;
  return TRUE;
}

gboolean
gt_date_parse_loose (const char *text,
                     GDate      *date)
{
  g_autoptr(GString) folded = NULL;
  const char *p;
  int year, month, day;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  /* Fold full-width digits and separators, keep 年月日 as they are, drop spaces
   * ("2023 年 3 月 29 日" is as clear as without them). */
  folded = g_string_new (NULL);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char a = fold_to_ascii (c);

      if (g_unichar_isspace (c))
        continue;
      if (a != 0)
        g_string_append_c (folded, a);
      else
        g_string_append_unichar (folded, c);
    }

  p = folded->str;
  if (!read_number (&p, 4, 8, &year))
    return FALSE;

  /* 20230329 */
  if (p - folded->str == 8 && *p == '\0')
    {
      day = year % 100;
      month = year / 100 % 100;
      year /= 10000;
      return year >= GT_DATE_MIN_YEAR && year <= GT_DATE_MAX_YEAR
             && set_dmy (date, year, month, day);
    }
  if (p - folded->str != 4)
    return FALSE;

  if (skip_literal (&p, "年"))
    {
      if (!read_number (&p, 1, 2, &month) || !skip_literal (&p, "月")
          || !read_number (&p, 1, 2, &day))
        return FALSE;
      if (!skip_literal (&p, "日"))
        skip_literal (&p, "号");
    }
  else if (*p == '-' || *p == '/' || *p == '.')
    {
      char separator = *p++;

      if (!read_number (&p, 1, 2, &month) || *p++ != separator
          || !read_number (&p, 1, 2, &day))
        return FALSE;
    }
  else
    return FALSE;

  if (*p != '\0' || year < GT_DATE_MIN_YEAR || year > GT_DATE_MAX_YEAR)
    return FALSE;

  return set_dmy (date, year, month, day);
}

gboolean
gt_date_in_range (const GDate *date)
{
  return date != NULL && g_date_valid (date) && g_date_get_year (date) >= GT_DATE_MIN_YEAR
         && g_date_get_year (date) <= GT_DATE_MAX_YEAR;
}

char *
gt_format_log_time (const char *at)
{
  g_autoptr(GDateTime) utc = at != NULL ? g_date_time_new_from_iso8601 (at, NULL) : NULL;
  g_autoptr(GDateTime) local = NULL;

  if (utc == NULL)
    return g_strdup (at != NULL ? at : "");
  local = g_date_time_to_local (utc);
  /* TRANSLATORS: a time of a change, for g_date_time_format() */
  return g_date_time_format (local, _("%Y-%m-%d %H:%M"));
}
