/* gt-model-private.h: helpers shared by the model types' setters.
 *
 * Only the gt-<model>.c files include this. Text fields are never NULL (an unset
 * text is ""), and a date field is a GDate that is invalid while unset, so that
 * getters can hand out a pointer into the object without allocating.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces *@field by a copy of @value (NULL meaning ""); FALSE when equal, so
 * that setters notify only on a real change. */
static inline gboolean
_gt_model_set_string (char       **field,
                      const char  *value)
{
  if (value == NULL)
    value = "";

  if (*field != NULL && g_str_equal (*field, value))
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* NULL and an invalid GDate both mean "not set". */
static inline gboolean
_gt_model_date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/* Two date fields (GDates, invalid while unset) hold the same day, or are
 * both unset. */
static inline gboolean
_gt_model_same_date (const GDate *a,
                     const GDate *b)
{
  if (!g_date_valid (a) || !g_date_valid (b))
    return g_date_valid (a) == g_date_valid (b);
  return g_date_compare (a, b) == 0;
}

static inline const GDate *
_gt_model_get_date (const GDate *field)
{
  return g_date_valid (field) ? field : NULL;
}

static inline gboolean
_gt_model_set_date (GDate       *field,
                    const GDate *value)
{
  gboolean was_set = g_date_valid (field);
  gboolean is_set = _gt_model_date_is_set (value);

  if (!was_set && !is_set)
    return FALSE;
  if (was_set && is_set && g_date_compare (field, value) == 0)
    return FALSE;

  if (is_set)
    g_date_set_julian (field, g_date_get_julian (value));
  else
    g_date_clear (field, 1);
  return TRUE;
}

/* TRUE when the text is empty once spaces (ASCII or ideographic) are trimmed. */
static inline gboolean
_gt_model_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

G_END_DECLS
