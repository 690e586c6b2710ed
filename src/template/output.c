/*
 * output.c - temporary file and atomic move (see output.h).
 */
#include "output.h"
#include "msg.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int tpl_out_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

int tpl_out_begin(tpl_out *o, const char *path, int force, tpl_diag *d)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    mode_t mask;
    int fd;

    memset(o, 0, sizeof *o);
    o->force = force;
    if (*base == '\0')
        return tpl_msg_fail(d, TPL_EXIT_USAGE, path, 0, TPL_M_NOT_FILE_NAME);
    if (strlen(path) + 16 >= sizeof o->tmp)
        return tpl_msg_fail(d, TPL_EXIT_USAGE, path, 0, TPL_M_PATH_TOO_LONG);
    snprintf(o->final, sizeof o->final, "%s", path);
    if (!force && tpl_out_exists(path))
        return tpl_msg_fail(d, TPL_EXIT_EXISTS, path, 0, TPL_M_EXISTS);
    snprintf(o->tmp, sizeof o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
    fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        o->tmp[0] = '\0';
        return tpl_msg_fail(d, TPL_EXIT_WRITE, path, 0, TPL_M_NO_TEMP, strerror(e));
    }
    /* mkstemp makes 0600; a workbook is an ordinary document. */
    mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    return TPL_OK;
}

int tpl_out_commit(tpl_out *o, tpl_diag *d)
{
    if (o->force) {
        if (rename(o->tmp, o->final) != 0) {
            int e = errno;
            tpl_out_abort(o);
            return tpl_msg_fail(d, TPL_EXIT_WRITE, o->final, 0, TPL_M_CANNOT_WRITE, strerror(e));
        }
    } else if (link(o->tmp, o->final) != 0) {
        int e = errno;
        /* File systems without hard links: check, then rename. */
        if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP) && !tpl_out_exists(o->final) &&
            rename(o->tmp, o->final) == 0) {
            o->tmp[0] = '\0';
            return TPL_OK;
        }
        tpl_out_abort(o);
        if (e == EEXIST)
            return tpl_msg_fail(d, TPL_EXIT_EXISTS, o->final, 0, TPL_M_EXISTS);
        return tpl_msg_fail(d, TPL_EXIT_WRITE, o->final, 0, TPL_M_CANNOT_WRITE, strerror(e));
    } else {
        unlink(o->tmp);
    }
    o->tmp[0] = '\0';
    return TPL_OK;
}

/* Whether name is ".BASE.XXXXXX", the shape tpl_out_begin gives a temporary file of base. */
static int is_temp_of(const char *name, const char *base, size_t n)
{
    return name[0] == '.' && strncmp(name + 1, base, n) == 0 && name[n + 1] == '.' &&
           strlen(name + n + 2) == 6;
}

void tpl_out_remove_orphans(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    char dir[TPL_PATH_MAX];
    struct dirent *e;
    DIR *d;

    if (slash == path)
        snprintf(dir, sizeof dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", slash ? (int)(slash - path) : 1, slash ? path : ".");
    if ((d = opendir(dir)) == NULL)
        return;
    while ((e = readdir(d)) != NULL)
        if (is_temp_of(e->d_name, base, strlen(base)))
            unlinkat(dirfd(d), e->d_name, 0);
    closedir(d);
}

void tpl_out_abort(tpl_out *o)
{
    if (o->tmp[0])
        unlink(o->tmp);
    o->tmp[0] = '\0';
}

/* --- stopping ------------------------------------------------------------ */

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static volatile sig_atomic_t stop_sig;
static volatile sig_atomic_t nforward;
static int forward[64];

/* Async-signal-safe: records the signal and passes it on (kill is safe). */
static void on_stop(int sig)
{
    int e = errno;
    if (stop_sig == 0)
        stop_sig = sig;
    for (int i = 0; i < nforward; i++)
        if (forward[i] > 0)
            kill(forward[i], sig);
    errno = e;
}

void tpl_out_catch_stop(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_stop;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++)
        sigaddset(&sa.sa_mask, stop_signals[i]);
    sa.sa_flags = SA_RESTART;
    for (size_t i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++)
        sigaction(stop_signals[i], &sa, NULL);
}

int tpl_out_stopped(void)
{
    return stop_sig;
}

void tpl_out_forward_stop(const int *pids, int n)
{
    if (n > (int)(sizeof forward / sizeof forward[0]))
        n = (int)(sizeof forward / sizeof forward[0]);
    for (int i = 0; i < n; i++)
        forward[i] = pids[i];
    nforward = n;
}

void tpl_out_block_stop(int block)
{
    sigset_t set;
    sigemptyset(&set);
    for (size_t i = 0; i < sizeof stop_signals / sizeof stop_signals[0]; i++)
        sigaddset(&set, stop_signals[i]);
    sigprocmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

void tpl_out_die_of_stop(void)
{
    int sig = stop_sig;
    if (sig == 0)
        return;
    fflush(NULL);
    signal(sig, SIG_DFL);
    tpl_out_block_stop(0);
    raise(sig);
    _exit(128 + sig);     /* not reached: the default action of sig ends us */
}
