/* gt-text-match.c
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "gt-text-match.h"

/* GB2312 orders its level-1 characters by pinyin, so the code of the first
 * character of each initial is enough: no table of thousands of characters and
 * no new dependency (glibc's iconv has GB2312). Polyphones take the reading
 * GB2312 filed them under. There are no initials i, u and v. */
static const struct {
  guint16 first;
  char    letter;
} initials[] = {
  { 0xB0A1, 'a' }, { 0xB0C5, 'b' }, { 0xB2C1, 'c' }, { 0xB4EE, 'd' }, { 0xB6EA, 'e' },
  { 0xB7A2, 'f' }, { 0xB8C1, 'g' }, { 0xB9FE, 'h' }, { 0xBBF7, 'j' }, { 0xBFA6, 'k' },
  { 0xC0AC, 'l' }, { 0xC2E8, 'm' }, { 0xC4C3, 'n' }, { 0xC5B6, 'o' }, { 0xC5BE, 'p' },
  { 0xC6DA, 'q' }, { 0xC8BB, 'r' }, { 0xC8F6, 's' }, { 0xCBFA, 't' }, { 0xCDDA, 'w' },
  { 0xCEF4, 'x' }, { 0xD1B9, 'y' }, { 0xD4D1, 'z' },
};
#define LAST_LEVEL_1 0xD7F9

/* One converter for every call: filters run this from the main thread only,
 * and the lock keeps a stray other thread safe. */
G_LOCK_DEFINE_STATIC (iconv);

static char
initial_of (gunichar c)
{
  static GIConv to_gb = NULL;
  static gsize once = 0;
  char utf8[8];
  guchar gb[8];
  gchar *in = utf8;
  gchar *out = (gchar *) gb;
  gsize in_left, out_left = sizeof gb;
  guint code;
  char letter = 0;

  if (g_once_init_enter (&once))
    {
      to_gb = g_iconv_open ("GB2312", "UTF-8");
      g_once_init_leave (&once, 1);
    }
  if (to_gb == (GIConv) -1)
    return 0;

  in_left = g_unichar_to_utf8 (c, utf8);
  G_LOCK (iconv);
  g_iconv (to_gb, NULL, NULL, NULL, NULL);
  if (g_iconv (to_gb, &in, &in_left, &out, &out_left) == (gsize) -1)
    out = (gchar *) gb;
  G_UNLOCK (iconv);
  if (out - (gchar *) gb != 2)
    return 0;

  code = gb[0] << 8 | gb[1];
  if (code < initials[0].first || code > LAST_LEVEL_1)
    return 0;
  for (guint i = 0; i < G_N_ELEMENTS (initials) && code >= initials[i].first; i++)
    letter = initials[i].letter;
  return letter;
}

char *
gt_text_dup_initials (const char *text)
{
  GString *letters = g_string_new (NULL);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char letter;

      if (c < 0x80)
        letter = g_ascii_isalnum (c) ? g_ascii_tolower (c) : 0;
      else
        letter = initial_of (c);
      if (letter != 0)
        g_string_append_c (letters, letter);
    }
  return g_string_free (letters, FALSE);
}

static char *
dup_folded (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

gboolean
gt_text_matches (const char *text,
                 const char *search)
{
  g_autofree char *needle = NULL;
  g_autofree char *haystack = NULL;
  g_autofree char *letters = NULL;
  gboolean ascii_letters = TRUE;

  if (search == NULL)
    return TRUE;
  needle = g_strstrip (dup_folded (search));
  if (*needle == '\0')
    return TRUE;
  if (text == NULL)
    return FALSE;

  haystack = dup_folded (text);
  if (strstr (haystack, needle) != NULL)
    return TRUE;

  for (const char *p = needle; *p != '\0'; p++)
    ascii_letters &= g_ascii_isalnum (*p);
  if (!ascii_letters)
    return FALSE;
  letters = gt_text_dup_initials (text);
  return strstr (letters, needle) != NULL;
}
