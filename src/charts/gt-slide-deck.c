/* gt-slide-deck.c: the slides of the monthly advancement meeting: which slides
 * there are, and PDF export.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "gt-chart-style.h"
#include "gt-chart-text.h"
#include "gt-format.h"
#include "gt-office-settings.h"
#include "gt-slide-private.h"

#define PDF_WIDTH_16_9 1280.0   /* points: a 16:9 page as slide software makes it */

static void
slide_clear (gpointer data)
{
  GtSlide *slide = data;

  g_free (slide->title);
}

static void
add_slide (GtSlideDeck *deck,
           GtSlideKind  kind,
           char        *title,
           gpointer     data,
           guint        first,
           guint        count,
           guint        page,
           guint        pages)
{
  GtSlide slide = { kind, title, data, first, count, page, pages };

  g_array_append_val (deck->slides, slide);
}

/* "城关镇" or "城关镇（2/3）" for a page of a list split across slides. */
static char *
page_title (const char *title,
            guint       page,
            guint       pages)
{
  if (pages <= 1)
    return g_strdup (title);
  return g_strdup_printf (_("%s (%u/%u)"), title, page, pages);
}

static void
add_pages (GtSlideDeck *deck,
           GtSlideKind  kind,
           const char  *title,
           gpointer     data,
           guint        n_items,
           guint        per_page)
{
  guint pages = MAX (1, (n_items + per_page - 1) / per_page);

  for (guint page = 0; page < pages; page++)
    add_slide (deck, kind, page_title (title, page + 1, pages), data, page * per_page,
               MIN (per_page, n_items - MIN (n_items, page * per_page)),
               pages > 1 ? page + 1 : 0, pages);
}

static void
build_slides (GtSlideDeck *deck)
{
  GtBriefing *briefing = deck->briefing;
  g_autofree char *month = gt_format_month (briefing->year, briefing->month);
  guint rows = _gt_slide_rows_per_page ();

  g_array_set_size (deck->slides, 0);

  add_slide (deck, GT_SLIDE_TITLE, g_strdup (month), NULL, 0, 0, 0, 0);
  add_slide (deck, GT_SLIDE_FIGURES, g_strdup (_("Overall Progress")), NULL, 0, 0, 0, 0);
  /* For chart slides @first holds the GtChartGrouping. */
  add_slide (deck, GT_SLIDE_COMPLETION, g_strdup (_("Investment Completed by Locality")), NULL,
             GT_CHART_BY_LOCALITY, 0, 0, 0);
  add_slide (deck, GT_SLIDE_RANKING, g_strdup (_("Ranking of Localities")), NULL,
             GT_CHART_BY_LOCALITY, 0, 0, 0);
  add_slide (deck, GT_SLIDE_RANKING, g_strdup (_("Ranking of Responsible Units")), NULL,
             GT_CHART_BY_UNIT, 0, 0, 0);

  for (guint i = 0; i < briefing->sections->len; i++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, i);

      add_pages (deck, GT_SLIDE_SECTION, section->name, section, section->lines->len, rows);
    }

  add_pages (deck, GT_SLIDE_OVERDUE, _("Overdue Issues"), NULL,
             briefing->overdue_issues->len, rows);

  if (deck->lagging_rows != NULL && gt_gantt_rows_get_n_rows (deck->lagging_rows) > 0)
    add_pages (deck, GT_SLIDE_GANTT, _("Red and Amber Projects on the Wall Chart"), NULL,
               gt_gantt_rows_get_n_rows (deck->lagging_rows), _gt_slide_gantt_rows_per_page ());
}

/* The Gantt rows of the red and amber projects, in the briefing's order. */
static GtGanttRows *
lagging_rows_new (GtStore     *store,
                  GtBriefing  *briefing,
                  GError     **error)
{
  g_autoptr(GPtrArray) projects = g_ptr_array_new ();
  g_autoptr(GHashTable) statuses = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                          g_free, NULL);
  g_autoptr(GHashTable) milestones = NULL;

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint l = 0; l < section->lines->len; l++)
        {
          GtBriefingLine *line = g_ptr_array_index (section->lines, l);
          GtProject *project = gt_store_lookup_project (store, line->project_id);
          gint64 *key;

          if (line->rag == GT_RAG_GREEN || project == NULL)
            continue;
          key = g_new (gint64, 1);
          *key = line->project_id;
          g_hash_table_insert (statuses, key, GINT_TO_POINTER (line->rag));
          g_ptr_array_add (projects, project);
        }
    }

  milestones = gt_store_list_all_milestones (store, error);
  if (milestones == NULL)
    return NULL;
  return gt_gantt_rows_new (store, projects, milestones, statuses, GT_GANTT_GROUP_NONE);
}

GtSlideDeck *
gt_slide_deck_new (GtStore                  *store,
                   int                       year,
                   int                       month,
                   GtBriefingGrouping        grouping,
                   const GtRagRules         *rules,
                   const GtStartTargets     *targets,
                   const GDate              *today,
                   const GtSlideDeckOptions *options,
                   GError                  **error)
{
  g_autoptr(GtBriefing) briefing = NULL;
  GtGanttRows *rows;
  GtSlideDeck *deck;

  g_return_val_if_fail (GT_IS_STORE (store), NULL);

  briefing = gt_briefing_new (store, year, month, grouping, rules, targets, today, error);
  if (briefing == NULL)
    return NULL;
  rows = lagging_rows_new (store, briefing, error);
  if (rows == NULL)
    return NULL;

  deck = g_new0 (GtSlideDeck, 1);
  deck->briefing = g_steal_pointer (&briefing);
  deck->lagging_rows = rows;
  deck->office_name = g_strdup (options != NULL ? options->office_name : NULL);
  deck->aspect = options != NULL && options->aspect > 0 ? options->aspect : 16.0 / 9.0;
  deck->slides = g_array_new (FALSE, TRUE, sizeof (GtSlide));
  g_array_set_clear_func (deck->slides, slide_clear);
  build_slides (deck);
  return deck;
}

GtSlideDeck *
gt_slide_deck_new_for_office (GtStore      *store,
                              int           year,
                              int           month,
                              const GDate  *today,
                              double        aspect,
                              GError      **error)
{
  g_autofree char *office = gt_office_settings_dup_string ("office-name");
  g_autofree char *grouping_id = gt_office_settings_dup_string ("presentation-grouping");
  GtSlideDeckOptions options = { office, aspect };
  GtBriefingGrouping grouping = GT_BRIEFING_BY_LOCALITY;
  GtStartTargets targets;
  GtRagRules rules;

  gt_briefing_grouping_from_id (grouping_id, &grouping);
  gt_office_settings_load_rag_rules (&rules);
  gt_office_settings_load_start_targets (&targets);
  return gt_slide_deck_new (store, year, month, grouping, &rules, &targets, today, &options,
                            error);
}

void
gt_slide_deck_free (GtSlideDeck *deck)
{
  if (deck == NULL)
    return;

  g_array_unref (deck->slides);
  g_clear_pointer (&deck->lagging_rows, gt_gantt_rows_free);
  g_clear_pointer (&deck->briefing, gt_briefing_free);
  g_free (deck->office_name);
  g_free (deck);
}

guint
gt_slide_deck_get_n_slides (GtSlideDeck *deck)
{
  g_return_val_if_fail (deck != NULL, 0);
  return deck->slides->len;
}

GtSlideKind
gt_slide_deck_get_kind (GtSlideDeck *deck,
                        guint        index)
{
  g_return_val_if_fail (deck != NULL && index < deck->slides->len, GT_SLIDE_TITLE);
  return g_array_index (deck->slides, GtSlide, index).kind;
}

const char *
gt_slide_deck_get_title (GtSlideDeck *deck,
                         guint        index)
{
  g_return_val_if_fail (deck != NULL && index < deck->slides->len, NULL);
  return g_array_index (deck->slides, GtSlide, index).title;
}

const GtBriefing *
gt_slide_deck_get_briefing (GtSlideDeck *deck)
{
  g_return_val_if_fail (deck != NULL, NULL);
  return deck->briefing;
}

void
gt_slide_deck_set_aspect (GtSlideDeck *deck,
                          double       aspect)
{
  g_return_if_fail (deck != NULL);
  g_return_if_fail (aspect > 0.5 && aspect < 4.0);

  deck->aspect = aspect;
}

void
gt_slide_deck_get_frame (GtSlideDeck       *deck,
                         double             width,
                         double             height,
                         cairo_rectangle_t *frame)
{
  double slide_width;
  double scale;

  g_return_if_fail (deck != NULL && frame != NULL);

  slide_width = GT_SLIDE_HEIGHT * deck->aspect;
  scale = MIN (width / slide_width, height / GT_SLIDE_HEIGHT);
  frame->width = slide_width * scale;
  frame->height = GT_SLIDE_HEIGHT * scale;
  frame->x = (width - frame->width) / 2;
  frame->y = (height - frame->height) / 2;
}

void
gt_slide_deck_draw (GtSlideDeck *deck,
                    guint        index,
                    cairo_t     *cr,
                    double       width,
                    double       height,
                    gboolean     dark,
                    gboolean     numbered)
{
  const GtSlidePalette *palette = _gt_slide_palette (dark);
  double slide_width = GT_SLIDE_HEIGHT * deck->aspect;
  cairo_rectangle_t frame;

  g_return_if_fail (deck != NULL && index < deck->slides->len);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  cairo_set_source_rgb (cr, palette->bg[0], palette->bg[1], palette->bg[2]);
  cairo_paint (cr);

  gt_slide_deck_get_frame (deck, width, height, &frame);
  cairo_translate (cr, frame.x, frame.y);
  cairo_scale (cr, frame.width / slide_width, frame.height / GT_SLIDE_HEIGHT);
  cairo_rectangle (cr, 0, 0, slide_width, GT_SLIDE_HEIGHT);
  cairo_clip (cr);

  _gt_slide_draw (deck, &g_array_index (deck->slides, GtSlide, index), cr, slide_width,
                  palette);

  if (numbered && index > 0)
    {
      g_autofree char *number = g_strdup_printf ("%u / %u", index + 1, deck->slides->len);
      PangoLayout *layout = gt_chart_text_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string ("Sans 22px");
      int text_width, text_height;

      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, number, -1);
      pango_layout_get_pixel_size (layout, &text_width, &text_height);
      cairo_set_source_rgb (cr, palette->dim[0], palette->dim[1], palette->dim[2]);
      cairo_move_to (cr, slide_width - GT_SLIDE_MARGIN - text_width,
                     GT_SLIDE_HEIGHT - GT_SLIDE_FOOTER + (GT_SLIDE_FOOTER - text_height) / 2);
      pango_cairo_show_layout (cr, layout);
      pango_font_description_free (font);
      g_object_unref (layout);
    }

  cairo_restore (cr);
}

gboolean
gt_slide_deck_write_pdf (GtSlideDeck  *deck,
                         const char   *path,
                         gboolean      dark,
                         GError      **error)
{
  g_autofree char *partial = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  double width, height;

  g_return_val_if_fail (deck != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The same page height at 4:3, so that type is the same size in both. */
  height = PDF_WIDTH_16_9 * 9.0 / 16.0;
  width = height * deck->aspect;
  partial = g_strconcat (path, ".part", NULL);

  surface = cairo_pdf_surface_create (partial, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Guatu");
  cr = cairo_create (surface);
  for (guint i = 0; i < deck->slides->len; i++)
    {
      gt_slide_deck_draw (deck, i, cr, width, height, dark, TRUE);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      g_unlink (partial);
      return FALSE;
    }
  if (g_rename (partial, path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not write “%s”: %s"), path, g_strerror (saved_errno));
      g_unlink (partial);
      return FALSE;
    }
  return TRUE;
}
