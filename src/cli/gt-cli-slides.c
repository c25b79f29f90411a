/* gt-cli-slides.c: guatu --export-slides, for the meeting's slides from cron.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-cli.h"
#include "gt-cli-slides.h"
#include "gt-export-file.h"
#include "gt-slide-deck.h"
#include "gt-slides-export.h"

#define EXIT_FAILED       1
#define EXIT_BAD_ARGUMENT 2

static void
fail (const char *message)
{
  g_printerr ("guatu: %s\n", message);
}

int
gt_cli_export_slides (const char *database,
                      const char *output,
                      const char *month_text,
                      const char *aspect_text,
                      const char *per_project_text,
                      gboolean    dark)
{
  g_autoptr(GtStore) store = NULL;
  g_autoptr(GtSlideDeck) deck = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  GtSlidesPerProject per_project = GT_N_SLIDES_PER_PROJECT;
  double aspect = 16.0 / 9.0;
  GtAsOf as_of;

  if (!gt_cli_month_is_valid (month_text))
    {
      fail (_("--month takes a year and month like 2026-10"));
      return EXIT_BAD_ARGUMENT;
    }

  if (aspect_text != NULL && g_str_equal (aspect_text, "4:3"))
    aspect = 4.0 / 3.0;
  else if (aspect_text != NULL && !g_str_equal (aspect_text, "16:9"))
    {
      fail (_("--aspect is 16:9 or 4:3"));
      return EXIT_BAD_ARGUMENT;
    }

  if (per_project_text != NULL &&
      !gt_slides_per_project_from_id (per_project_text, &per_project))
    {
      fail (_("--slides-per-project is all or lagging"));
      return EXIT_BAD_ARGUMENT;
    }

  /* Reading must not leave an empty register behind where there was none. */
  if (!gt_store_location_is_server (database) && !g_file_test (database, G_FILE_TEST_EXISTS))
    {
      g_autofree char *message = g_strdup_printf (_("%s: No such file"),
                                                  display = g_filename_display_name (database));

      fail (message);
      return EXIT_FAILED;
    }

  /* Before opening, which may upgrade an older register: a refused target
   * is refused at once. The writer checks again as it writes. */
  if (!gt_export_file_check (output, database, &error))
    {
      fail (error->message);
      return EXIT_FAILED;
    }

  /* The month every export is as of (gt-as-of.h). */
  store = gt_store_open (database, &error);
  if (store == NULL || !gt_cli_get_as_of (store, month_text, &as_of, &error))
    {
      fail (error->message);
      return EXIT_FAILED;
    }

  deck = per_project < GT_N_SLIDES_PER_PROJECT
         ? gt_slide_deck_new_for_office_as (store, as_of.year, as_of.month, &as_of.day, aspect,
                                            per_project, &error)
         : gt_slide_deck_new_for_office (store, as_of.year, as_of.month, &as_of.day, aspect,
                                         &error);
  if (deck == NULL ||
      !gt_export_write_slides (deck, dark, gt_store_get_path (store), output, &error))
    {
      fail (error->message);
      return EXIT_FAILED;
    }

  g_clear_pointer (&display, g_free);
  display = g_filename_display_name (output);
  g_print (ngettext ("Wrote %u slide to %s", "Wrote %u slides to %s",
                     gt_slide_deck_get_n_slides (deck)),
           gt_slide_deck_get_n_slides (deck), display);
  g_print ("\n");
  return EXIT_SUCCESS;
}
