/*
 * pictures.c - render the 汇总 charts to PNG through headless LibreOffice
 * (see pictures.h).
 */
#define _XOPEN_SOURCE 700   /* nftw, mkdtemp */
#include "pictures.h"
#include "summary.h"
#include "report.h"
#include "audit_msg.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/*
 * Run argv (PATH searched) in its own process group with no terminal
 * input or output; wait at most `*left` seconds (decreased by the time
 * taken).  Returns the exit status, or -1 when it could not run or took
 * too long (the whole group is killed then: soffice starts children).
 */
static int run(char *const argv[], int *left)
{
    pid_t pid = fork();
    struct timespec tick = {0, 100 * 1000 * 1000};
    int status, ticks;

    if (pid < 0)
        return -1;
    if (pid == 0) {
        int fd = open("/dev/null", O_RDWR);
        setpgid(0, 0);
        if (fd >= 0) {
            dup2(fd, 0);
            dup2(fd, 1);
            dup2(fd, 2);
        }
        execvp(argv[0], argv);
        _exit(127);
    }
    setpgid(pid, pid);
    for (ticks = 0; ticks < *left * 10; ticks++) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            *left -= ticks / 10;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        if (w < 0 && errno != EINTR)
            return -1;
        nanosleep(&tick, NULL);
    }
    kill(-pid, SIGKILL);
    waitpid(pid, &status, 0);
    *left = 0;
    return -1;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (flag == FTW_DP)
        rmdir(path);
    else
        unlink(path);
    return 0;
}

static void rm_tree(const char *dir)
{
    nftw(dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static const char *office_binary(void)
{
    const char *s = getenv("JIXIAO_SOFFICE");
    return s && s[0] ? s : "soffice";
}

/*
 * "-env:UserInstallation=file:///abs/path/profile": a file URL of an
 * absolute path, percent-encoded (a bureau's folder may be "汇总 2024").
 * A relative path made "file://build/…", which the office took for a host
 * name and waited on forever.
 */
static void profile_arg(const char *abs, char *out, size_t cap)
{
    static const char keep[] = "/._-~";
    size_t o = (size_t)snprintf(out, cap, "-env:UserInstallation=file://");
    for (const unsigned char *p = (const unsigned char *)abs; *p && o + 4 < cap; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr(keep, *p))
            out[o++] = (char)*p;
        else
            o += (size_t)snprintf(out + o, cap - o, "%%%02X", *p);
    }
    snprintf(out + o, cap > o ? cap - o : 0, "/profile");
}

/* The office prints every chart workbook in `tmp` (absolute) to PDF, in one run. */
static int print_pdfs(const char *tmp, size_t nch, int *left, jx_lang lang, char *err,
                      size_t cap)
{
    char profile[13000], books[8][4200];
    char *argv[24];
    int a = 0;

    profile_arg(tmp, profile, sizeof profile);
    argv[a++] = (char *)office_binary();
    argv[a++] = profile;
    argv[a++] = "--headless";
    argv[a++] = "--invisible";
    argv[a++] = "--nologo";
    argv[a++] = "--norestore";
    argv[a++] = "--nolockcheck";
    argv[a++] = "--convert-to";
    argv[a++] = "pdf";
    argv[a++] = "--outdir";
    argv[a++] = (char *)tmp;
    for (size_t i = 0; i < nch && i < 8; i++) {
        snprintf(books[i], sizeof books[i], "%s/%s.xlsx", tmp, jxau_summary_chart_name(i));
        argv[a++] = books[i];
    }
    argv[a] = NULL;
    if (run(argv, left) != 0) {
        jxau_msg_format(err, cap, lang, JXAU_WM_OFFICE, argv[0],
                         *left <= 0 ? jxau_msg_text(lang, JXAU_WM_IN_TIME) : "");
        return -1;
    }
    return 0;
}

/* First page of tmp/NAME.pdf to tmp/NAME.png. */
static int to_png(const char *tmp, const char *name, int *left, jx_lang lang, char *err,
                  size_t cap)
{
    char pdf[4200], stem[4200];
    char *argv[] = {"pdftoppm", "-r", "110", "-png", "-singlefile", "-f", "1", "-l", "1",
                    pdf, stem, NULL};

    snprintf(pdf, sizeof pdf, "%s/%s.pdf", tmp, name);
    snprintf(stem, sizeof stem, "%s/%s", tmp, name);
    if (run(argv, left) != 0) {
        jxau_msg_format(err, cap, lang, JXAU_WM_PDFTOPPM, name);
        return -1;
    }
    return 0;
}

static int check_targets(const char *dir, int force, jx_lang lang, char *err, size_t cap)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        jxau_msg_format(err, cap, lang, JXAU_WM_NOT_FOLDER, dir);
        return -1;
    }
    for (size_t i = 0; i < jxau_summary_chart_count(); i++) {
        char out[4200];
        snprintf(out, sizeof out, "%s/%s.png", dir, jxau_summary_chart_name(i));
        if (!force && lstat(out, &st) == 0) {
            jxau_msg_format(err, cap, lang, JXAU_WM_EXISTS, out);
            return -1;
        }
    }
    return 0;
}

int jxau_write_pictures(const char *dir, const jxau_result *res, size_t n, jx_lang lang, int force,
                       char *err, size_t cap)
{
    char tmp[4096];
    size_t nch = jxau_summary_chart_count();
    int left = JXAU_PICTURES_TIMEOUT, rc = -1;
    char *abs;

    if (check_targets(dir, force, lang, err, cap) < 0)
        return -1;
    if ((abs = realpath(dir, NULL)) == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_PATH_ERROR, dir, strerror(errno));
        return -1;
    }
    /* inside DIR, so that the finished pictures are renamed into place */
    snprintf(tmp, sizeof tmp, "%s/.jixiao-pictures.XXXXXX", abs);
    free(abs);
    if (mkdtemp(tmp) == NULL) {
        jxau_msg_format(err, cap, lang, JXAU_WM_PATH_ERROR, dir, strerror(errno));
        return -1;
    }
    for (size_t i = 0; i < nch; i++) {
        char book[4200];
        snprintf(book, sizeof book, "%s/%s.xlsx", tmp, jxau_summary_chart_name(i));
        if (jxau_write_chart_book(book, i, res, n, lang, err, cap) < 0)
            goto out;
    }
    if (print_pdfs(tmp, nch, &left, lang, err, cap) < 0)
        goto out;
    for (size_t i = 0; i < nch; i++)
        if (to_png(tmp, jxau_summary_chart_name(i), &left, lang, err, cap) < 0)
            goto out;
    for (size_t i = 0; i < nch; i++) {
        char from[4200], to[4200];
        snprintf(from, sizeof from, "%s/%s.png", tmp, jxau_summary_chart_name(i));
        snprintf(to, sizeof to, "%s/%s.png", dir, jxau_summary_chart_name(i));
        if (rename(from, to) != 0) {
            jxau_msg_format(err, cap, lang, JXAU_WM_PATH_ERROR, to, strerror(errno));
            goto out;
        }
    }
    rc = 0;
out:
    rm_tree(tmp);
    return rc;
}
