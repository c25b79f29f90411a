/* gt-slide-deck.c: the slides of the monthly advancement meeting: which slides
 * there are, in what order, and how much of each list a meeting sits through.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-chart-style.h"
#include "gt-chart-text.h"
#include "gt-format.h"
#include "gt-slide-private.h"

static cairo_user_data_key_t measure_key;

static const char * const per_project_ids[GT_N_SLIDES_PER_PROJECT] = { "lagging", "all" };

const char *
gt_slides_per_project_to_id (GtSlidesPerProject per_project)
{
  g_return_val_if_fail ((guint) per_project < GT_N_SLIDES_PER_PROJECT, NULL);
  return per_project_ids[per_project];
}

gboolean
gt_slides_per_project_from_id (const char         *id,
                               GtSlidesPerProject *per_project)
{
  for (guint i = 0; id != NULL && i < GT_N_SLIDES_PER_PROJECT; i++)
    if (g_str_equal (id, per_project_ids[i]))
      {
        if (per_project != NULL)
          *per_project = i;
        return TRUE;
      }
  return FALSE;
}

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
  GtSlide slide = { kind, title, data, first, count, page, pages, 0 };

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

static guint
pages_for (guint n_items,
           guint per_page)
{
  return MAX (1, (n_items + per_page - 1) / per_page);
}

/* The list on as many slides as it takes, but no more than @max_pages: then
 * the last line of the last page says how many were left out. */
static void
add_list (GtSlideDeck *deck,
          GtSlideKind  kind,
          const char  *title,
          gpointer     data,
          guint        n_items,
          guint        per_page,
          guint        max_pages)
{
  guint pages = MIN (pages_for (n_items, per_page), MAX (max_pages, 1));
  guint shown = MIN (n_items, pages * per_page);

  if (shown < n_items)
    shown = pages * per_page - 1;
  for (guint page = 0; page < pages; page++)
    {
      guint first = page * per_page;

      add_slide (deck, kind, page_title (title, page + 1, pages), data, first,
                 MIN (per_page, shown - MIN (shown, first)), pages > 1 ? page + 1 : 0, pages);
    }
  g_array_index (deck->slides, GtSlide, deck->slides->len - 1).more = n_items - shown;
}

static void
build_slides (GtSlideDeck *deck)
{
  GtBriefing *briefing = deck->briefing;
  g_autofree char *month = gt_format_month (briefing->year, briefing->month);
  guint lines = _gt_slide_lines_per_page ();
  guint red_pages = pages_for (deck->red_list->len, lines);
  guint overdue_pages = pages_for (briefing->overdue_issues->len, lines);

  g_array_set_size (deck->slides, 0);

  add_slide (deck, GT_SLIDE_TITLE, g_strdup (month), NULL, 0, 0, 0, 0);
  add_slide (deck, GT_SLIDE_FIGURES, g_strdup (_("Overall Progress")), NULL, 0, 0, 0, 0);
  /* The last line is the total. */
  add_list (deck, GT_SLIDE_LOCALITIES, _("Progress by Locality"), NULL,
            deck->localities->len + 1,
            _gt_slide_locality_lines_per_page (deck->localities->len + 1), G_MAXUINT);

  if (deck->per_project == GT_SLIDES_PER_PROJECT_LAGGING)
    {
      guint budget = GT_SLIDE_DECK_MAX_SLIDES - MIN (deck->slides->len,
                                                     GT_SLIDE_DECK_MAX_SLIDES - 2);

      /* The red list is what the meeting is for: the overdue issues give way
       * first, down to a third of what is left. */
      if (red_pages + overdue_pages > budget)
        {
          overdue_pages = MIN (overdue_pages, MAX (1, budget / 3));
          red_pages = budget - overdue_pages;
        }
    }

  add_list (deck, GT_SLIDE_RED_LIST, _("Red and Amber Projects"), NULL, deck->red_list->len,
            lines, red_pages);
  add_list (deck, GT_SLIDE_OVERDUE, _("Overdue Issues"), NULL, briefing->overdue_issues->len,
            lines, overdue_pages);

  if (deck->per_project != GT_SLIDES_PER_PROJECT_ALL)
    return;

  for (guint i = 0; i < briefing->sections->len; i++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, i);

      add_list (deck, GT_SLIDE_SECTION, section->name, section, section->lines->len,
                _gt_slide_rows_per_page (), G_MAXUINT);
    }

  if (deck->lagging_rows != NULL && gt_gantt_rows_get_n_rows (deck->lagging_rows) > 0)
    add_list (deck, GT_SLIDE_GANTT, _("Red and Amber Projects on the Wall Chart"), NULL,
              gt_gantt_rows_get_n_rows (deck->lagging_rows), _gt_slide_gantt_rows_per_page (),
              G_MAXUINT);
}

/* Red before amber, each the furthest behind 序时进度 first; those without a
 * plan to be behind on (red or amber for their start) after them. */
static int
compare_lags (gconstpointer a,
              gconstpointer b)
{
  const GtSlideLag *lag_a = a;
  const GtSlideLag *lag_b = b;

  if (lag_a->line->rag != lag_b->line->rag)
    return lag_a->line->rag > lag_b->line->rag ? -1 : 1;
  if (lag_a->behind != lag_b->behind)
    return lag_a->behind > lag_b->behind ? -1 : 1;
  return g_utf8_collate (lag_a->line->name, lag_b->line->name);
}

static void
collect_red_list (GtSlideDeck *deck)
{
  GtBriefing *briefing = deck->briefing;
  double target = CLAMP (briefing->month, 0, 12) / 12.0;

  for (guint s = 0; s < briefing->sections->len; s++)
    {
      GtBriefingSection *section = g_ptr_array_index (briefing->sections, s);

      for (guint l = 0; l < section->lines->len; l++)
        {
          GtBriefingLine *line = g_ptr_array_index (section->lines, l);
          GtSlideLag lag = { line, section->name, -1 };

          if (line->rag == GT_RAG_GREEN)
            continue;
          /* Ahead of 序时进度 counts as 0 behind, not as less than no plan. */
          if (line->completion >= 0)
            lag.behind = MAX (0, (target - line->completion) * 100);
          g_array_append_val (deck->red_list, lag);
        }
    }
  g_array_sort (deck->red_list, compare_lags);
}

/* A locality without a project of the year has nothing to show: the table
 * would only rank it last. */
static void
collect_localities (GtSlideDeck *deck)
{
  GPtrArray *groups = deck->briefing->figures->by_locality;

  for (guint i = 0; i < groups->len; i++)
    {
      const GtFiguresGroup *group = g_ptr_array_index (groups, i);

      if (group->projects > 0)
        g_ptr_array_add (deck->localities, (gpointer) group);
    }
}

GtSlideDeck *
gt_slide_deck_new_for_briefing (GtBriefing               *briefing,
                                GtGanttRows              *lagging_rows,
                                const GtSlideDeckOptions *options)
{
  GtSlidesPerProject per_project = GT_SLIDES_PER_PROJECT_LAGGING;
  GtSlideDeck *deck;

  g_return_val_if_fail (briefing != NULL, NULL);

  if (options != NULL && options->per_project < GT_N_SLIDES_PER_PROJECT)
    per_project = options->per_project;

  deck = g_new0 (GtSlideDeck, 1);
  deck->briefing = briefing;
  /* Only a deck of every project's slides has the wall chart's. */
  if (per_project == GT_SLIDES_PER_PROJECT_ALL)
    deck->lagging_rows = lagging_rows;
  else
    g_clear_pointer (&lagging_rows, gt_gantt_rows_free);
  deck->office_name = g_strdup (options != NULL ? options->office_name : NULL);
  deck->aspect = options != NULL && options->aspect > 0 ? options->aspect : 16.0 / 9.0;
  deck->per_project = per_project;
  deck->slides = g_array_new (FALSE, TRUE, sizeof (GtSlide));
  g_array_set_clear_func (deck->slides, slide_clear);
  deck->red_list = g_array_new (FALSE, FALSE, sizeof (GtSlideLag));
  deck->localities = g_ptr_array_new ();
  collect_red_list (deck);
  collect_localities (deck);
  build_slides (deck);
  return deck;
}

void
gt_slide_deck_free (GtSlideDeck *deck)
{
  if (deck == NULL)
    return;

  g_array_unref (deck->slides);
  g_array_unref (deck->red_list);
  g_ptr_array_unref (deck->localities);
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
      PangoFontDescription *font = pango_font_description_from_string ("Sans");
      int text_width, text_height;

      pango_font_description_set_absolute_size (font, GT_SLIDE_MIN_TEXT * PANGO_SCALE);
      pango_layout_set_font_description (layout, font);
      pango_layout_set_text (layout, number, -1);
      _gt_slide_note_text (cr, GT_SLIDE_MIN_TEXT);
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

void
_gt_slide_note_text (cairo_t *cr,
                     double   size)
{
  double *least = cairo_get_user_data (cr, &measure_key);

  if (least != NULL && size > 0)
    *least = MIN (*least, size);
}

double
gt_slide_deck_measure_text (GtSlideDeck *deck,
                            guint        index,
                            double       width,
                            double       height)
{
  cairo_rectangle_t extents = { 0, 0, width, height };
  cairo_rectangle_t frame;
  cairo_surface_t *surface;
  double least = G_MAXDOUBLE;
  cairo_t *cr;

  g_return_val_if_fail (deck != NULL && index < deck->slides->len, 0);

  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cr = cairo_create (surface);
  cairo_set_user_data (cr, &measure_key, &least, NULL);
  gt_slide_deck_draw (deck, index, cr, width, height, FALSE, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  gt_slide_deck_get_frame (deck, width, height, &frame);
  return least == G_MAXDOUBLE ? 0 : least * frame.height / GT_SLIDE_HEIGHT;
}
