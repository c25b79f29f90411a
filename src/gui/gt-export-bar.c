/* gt-export-bar.c: a long export in a worker thread, with its progress and a
 * Cancel button under the window's header.
 *
 * Threads: the work runs in GTask's thread pool and sees only the finished
 * data it was handed (gathered from the store in the main thread before, see
 * gt_export_job_prepare()). Its progress is written to an atomic and one
 * update at a time is queued to the main context, so that a thousand pages
 * make no more idle callbacks than the main loop can show. The GTask has no
 * source object and the work's data is freed in gt_export_bar_run_finish():
 * whichever thread drops the task's last reference, nothing but plain memory
 * is released there, never a widget or the job's store.
 *
 * Cancel: the work stops at its next step (a page, a strip of pixels) and its
 * writer removes the temporary file; the target is never touched.
 *
 * Copyright 2026 The Guatu authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "gt-export-bar.h"

/* The fraction is handed across threads as an integer. */
#define FRACTION_SCALE 10000

typedef struct {
  GtExportBarWork  work;
  gpointer         data;
  GDestroyNotify   destroy;
  GtExportBar     *bar;            /* a reference, dropped in the main thread */
  GMainContext    *context;        /* the main thread's */
  GTask           *task;           /* unowned */
  int              fraction;       /* atomic, × FRACTION_SCALE */
  int              pending;        /* atomic: an update is queued */
} Work;

struct _GtExportBar
{
  GtkWidget       parent_instance;

  GtkWidget      *revealer;
  GtkWidget      *label;
  GtkWidget      *progress;
  GtkWidget      *cancel;
  GTask          *task;            /* unowned: the running one, or NULL */
  GCancellable   *cancellable;
  gboolean        watching_shutdown;
};

G_DEFINE_FINAL_TYPE (GtExportBar, gt_export_bar, GTK_TYPE_WIDGET)

static void
work_free (Work *work)
{
  if (work->destroy != NULL && work->data != NULL)
    work->destroy (work->data);
  g_main_context_unref (work->context);
  g_free (work);
}

/* In the main thread: the latest fraction, if this task still runs. */
static gboolean
show_progress_cb (gpointer data)
{
  GTask *task = data;
  Work *work = g_task_get_task_data (task);

  g_atomic_int_set (&work->pending, 0);
  if (work->bar != NULL && work->bar->task == task && work->bar->progress != NULL)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (work->bar->progress),
                                   (double) g_atomic_int_get (&work->fraction) / FRACTION_SCALE);
  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
progress_cb (double   fraction,
             gpointer data)
{
  Work *work = data;

  g_atomic_int_set (&work->fraction, (int) (fraction * FRACTION_SCALE + 0.5));
  if (g_atomic_int_compare_and_exchange (&work->pending, 0, 1))
    g_main_context_invoke_full (work->context, G_PRIORITY_DEFAULT, show_progress_cb,
                                g_object_ref (work->task), g_object_unref);
}

static void
work_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Work *work = task_data;
  GtExportMonitor monitor = { cancellable, progress_cb, work };
  GError *error = NULL;

  if (work->work (work->data, &monitor, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* Quit (Ctrl+Q) ends the main loop whatever holds the application: the work
 * is cancelled and waited for here, so that its temporary file is removed
 * before the process exits. */
static void
shutdown_cb (GApplication *app,
             GtExportBar  *self)
{
  if (self->task == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  while (self->task != NULL)
    g_main_context_iteration (NULL, TRUE);
}

static void
cancel_clicked_cb (GtExportBar *self)
{
  gt_export_bar_cancel (self);
}

/* The window closes (the bar leaves it): its export stops, and removes its
 * temporary. The work keeps a reference to the bar, so this comes before
 * any dispose. */
static void
gt_export_bar_unroot (GtkWidget *widget)
{
  GtExportBar *self = GT_EXPORT_BAR (widget);

  if (self->task != NULL)
    g_cancellable_cancel (self->cancellable);

  GTK_WIDGET_CLASS (gt_export_bar_parent_class)->unroot (widget);
}

static void
gt_export_bar_dispose (GObject *object)
{
  GtExportBar *self = GT_EXPORT_BAR (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  /* The running work keeps the bar until it is finished, not its children. */
  self->label = NULL;
  self->progress = NULL;
  self->cancel = NULL;
  g_clear_pointer (&self->revealer, gtk_widget_unparent);

  G_OBJECT_CLASS (gt_export_bar_parent_class)->dispose (object);
}

static void
gt_export_bar_finalize (GObject *object)
{
  GtExportBar *self = GT_EXPORT_BAR (object);

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (gt_export_bar_parent_class)->finalize (object);
}

static void
gt_export_bar_class_init (GtExportBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gt_export_bar_dispose;
  object_class->finalize = gt_export_bar_finalize;
  widget_class->unroot = gt_export_bar_unroot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "gt-export-bar");
}

static void
gt_export_bar_init (GtExportBar *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));

  /* As a banner: a toolbar's padding on the view's background. */
  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "view");
  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->label), 40);
  gtk_widget_set_margin_start (self->label, 6);
  gtk_box_append (GTK_BOX (box), self->label);

  self->progress = gtk_progress_bar_new ();
  gtk_progress_bar_set_show_text (GTK_PROGRESS_BAR (self->progress), TRUE);
  gtk_widget_set_hexpand (self->progress, TRUE);
  gtk_widget_set_valign (self->progress, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->label, NULL, -1);
  gtk_box_append (GTK_BOX (box), self->progress);

  self->cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect_swapped (self->cancel, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), self->cancel);

  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
}

GtExportBar *
gt_export_bar_new (void)
{
  return g_object_new (GT_TYPE_EXPORT_BAR, NULL);
}

gboolean
gt_export_bar_is_busy (GtExportBar *self)
{
  g_return_val_if_fail (GT_IS_EXPORT_BAR (self), FALSE);

  return self->task != NULL;
}

void
gt_export_bar_run (GtExportBar         *self,
                   const char          *label,
                   GtExportBarWork      work_func,
                   gpointer             data,
                   GDestroyNotify       destroy,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  GApplication *app = g_application_get_default ();
  Work *work;

  g_return_if_fail (GT_IS_EXPORT_BAR (self));
  g_return_if_fail (self->task == NULL);
  g_return_if_fail (callback != NULL);
  g_return_if_fail (self->label != NULL);   /* not disposed */

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->cancellable, callback, user_data);
  g_task_set_source_tag (task, gt_export_bar_run);
  g_task_set_name (task, "[guatu] export");

  work = g_new0 (Work, 1);
  work->work = work_func;
  work->data = data;
  work->destroy = destroy;
  work->bar = g_object_ref (self);
  work->context = g_main_context_ref_thread_default ();
  work->task = task;
  g_task_set_task_data (task, work, (GDestroyNotify) work_free);
  self->task = task;

  gtk_label_set_text (GTK_LABEL (self->label), label);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), 0);
  gtk_widget_set_sensitive (self->cancel, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
  if (app != NULL)
    {
      g_application_hold (app);
      if (!self->watching_shutdown)
        g_signal_connect_object (app, "shutdown", G_CALLBACK (shutdown_cb), self, 0);
      self->watching_shutdown = TRUE;
    }

  g_task_run_in_thread (task, work_thread);
}

gboolean
gt_export_bar_run_finish (GtExportBar   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  GTask *task = G_TASK (result);
  GApplication *app = g_application_get_default ();
  Work *work;

  g_return_val_if_fail (GT_IS_EXPORT_BAR (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (task) == gt_export_bar_run, FALSE);

  /* The work has returned: its data and the bar go here, in the main thread. */
  work = g_task_get_task_data (task);
  if (work->destroy != NULL)
    g_clear_pointer (&work->data, work->destroy);
  if (self->task == task)
    {
      self->task = NULL;
      /* Unless the window went meanwhile (the bar disposed, the work
       * cancelled). */
      if (self->progress != NULL)
        {
          gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                         g_task_had_error (task) ? 0 : 1);
          gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
        }
      if (app != NULL)
        g_application_release (app);
    }
  g_clear_object (&work->bar);
  return g_task_propagate_boolean (task, error);
}

void
gt_export_bar_cancel (GtExportBar *self)
{
  g_return_if_fail (GT_IS_EXPORT_BAR (self));

  if (self->task == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
  if (self->cancel == NULL)
    return;
  gtk_widget_set_sensitive (self->cancel, FALSE);
  gtk_label_set_text (GTK_LABEL (self->label), _("Cancelling…"));
}

double
gt_export_bar_get_fraction (GtExportBar *self)
{
  g_return_val_if_fail (GT_IS_EXPORT_BAR (self), 0);

  if (self->progress == NULL)
    return 0;
  return gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (self->progress));
}
