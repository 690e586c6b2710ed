/*
 * output.c - temporary file and atomic move (see output.h).
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int out_exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

int out_begin(tpl_out *o, const char *path, int force, tpl_diag *d)
{
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path + 1) : 0;
    const char *base = slash ? slash + 1 : path;
    mode_t mask;
    int fd;

    memset(o, 0, sizeof *o);
    o->force = force;
    if (*base == '\0')
        return tpl_fail(d, TPL_EXIT_USAGE, path, 0, "输出路径不是文件名");
    if (strlen(path) + 16 >= sizeof o->tmp)
        return tpl_fail(d, TPL_EXIT_USAGE, path, 0, "输出路径过长");
    snprintf(o->final, sizeof o->final, "%s", path);
    if (!force && out_exists(path))
        return tpl_fail(d, TPL_EXIT_EXISTS, path, 0, "文件已存在，未覆盖（要覆盖请加 --force）");
    snprintf(o->tmp, sizeof o->tmp, "%.*s.%s.XXXXXX", (int)dirlen, path, base);
    fd = mkstemp(o->tmp);
    if (fd < 0) {
        int e = errno;
        o->tmp[0] = '\0';
        return tpl_fail(d, TPL_EXIT_WRITE, path, 0, "无法在目标目录创建临时文件：%s", strerror(e));
    }
    /* mkstemp makes 0600; a workbook is an ordinary document. */
    mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    close(fd);
    return TPL_OK;
}

int out_commit(tpl_out *o, tpl_diag *d)
{
    if (o->force) {
        if (rename(o->tmp, o->final) != 0) {
            int e = errno;
            out_abort(o);
            return tpl_fail(d, TPL_EXIT_WRITE, o->final, 0, "无法写入：%s", strerror(e));
        }
    } else if (link(o->tmp, o->final) != 0) {
        int e = errno;
        /* File systems without hard links: check, then rename. */
        if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP) && !out_exists(o->final) &&
            rename(o->tmp, o->final) == 0) {
            o->tmp[0] = '\0';
            return TPL_OK;
        }
        out_abort(o);
        if (e == EEXIST)
            return tpl_fail(d, TPL_EXIT_EXISTS, o->final, 0, "文件已存在，未覆盖（要覆盖请加 --force）");
        return tpl_fail(d, TPL_EXIT_WRITE, o->final, 0, "无法写入：%s", strerror(e));
    } else {
        unlink(o->tmp);
    }
    o->tmp[0] = '\0';
    return TPL_OK;
}

void out_abort(tpl_out *o)
{
    if (o->tmp[0])
        unlink(o->tmp);
    o->tmp[0] = '\0';
}
