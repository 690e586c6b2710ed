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
int out_begin(tpl_out *o, const char *path, int force, tpl_diag *d);

/* Move the finished temporary file into place. */
int out_commit(tpl_out *o, tpl_diag *d);

/* Remove the temporary file (after a failure).  Safe to call twice. */
void out_abort(tpl_out *o);

/* Whether path exists (any kind of file). */
int out_exists(const char *path);

#endif
