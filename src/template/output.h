/*
 * output.h - never lose a user's work: write to a temporary file next to
 * the target, then move it into place.
 *
 * The temporary file lives in the target's directory (a rename within one
 * file system is atomic), is named ".NAME.XXXXXX" so it is hidden and
 * cannot collide, and is removed when anything fails.  Without --force an
 * existing target is refused before anything is written, and the final
 * step uses link() so that a file that appeared in the meantime is not
 * overwritten either.
 */
#ifndef TPL_OUTPUT_H
#define TPL_OUTPUT_H

#include "diag.h"

#define TPL_PATH_MAX 4096

typedef struct tpl_out {
    char final[TPL_PATH_MAX];
    char tmp[TPL_PATH_MAX];
    int force;
} tpl_out;

/*
 * Check `path` may be written (absent, or force) and create the temporary
 * file beside it.  Returns TPL_OK, TPL_EXIT_EXISTS or TPL_EXIT_WRITE.
 */
int tpl_out_begin(tpl_out *o, const char *path, int force, tpl_diag *d);

/* Move the finished temporary file into place. */
int tpl_out_commit(tpl_out *o, tpl_diag *d);

/* Remove the temporary file (after a failure).  Safe to call twice. */
void tpl_out_abort(tpl_out *o);

/*
 * Remove the temporary files of `path` (".NAME.XXXXXX" beside it) that a
 * writer killed from outside could not remove itself.  Only names of that
 * exact shape are touched.
 */
void tpl_out_remove_orphans(const char *path);

/* Whether path exists (any kind of file). */
int tpl_out_exists(const char *path);

/*
 * Stopping (SIGINT, SIGTERM, SIGHUP).  A workbook in progress is never
 * cut off in the middle: the signal is only recorded, the writer checks
 * tpl_out_stopped() between steps, removes its temporary and staging files
 * (tpl_out_abort) and returns; the program then dies of the same signal with
 * tpl_out_die_of_stop().  Only complete workbooks ever get their final name,
 * so what a stopped batch leaves is whole and a rerun with
 * --skip-existing finishes it.
 */

/* Record SIGINT, SIGTERM and SIGHUP instead of dying at once. */
void tpl_out_catch_stop(void);

/* The stop signal received so far, 0 when none. */
int tpl_out_stopped(void);

/*
 * Pass every stop signal on to these worker processes too (a kill of the
 * parent alone must reach them).  Call with the stop signals blocked
 * (tpl_out_block_stop) while the list changes; n = 0 in a worker.
 */
void tpl_out_forward_stop(const int *pids, int n);

/* Block (1) or unblock (0) the stop signals, e.g. around fork(). */
void tpl_out_block_stop(int block);

/* If a stop signal was received: die of it (default action).  Else return. */
void tpl_out_die_of_stop(void);

#endif
