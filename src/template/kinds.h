/*
 * kinds.h - the macros the tables' data are written with (zp_kinds.c,
 * kinds_bmzt.c): one cell or range of a table per macro, its role
 * (layout.h), rows and columns (cols.h letters), then what it holds.
 * Included by those data files only.
 */
#ifndef TPL_KINDS_H
#define TPL_KINDS_H

#include "layout.h"
#include "cols.h"

/* One cell or range per macro: role, rows, columns, then what it holds. */
#define TXT(y1, x1, y2, x2, tx, fm)  {.role = ROLE_TEXT, .r1 = y1, .c1 = x1, .r2 = y2, .c2 = x2, .text = tx, .fmt = fm}
#define LBL(y, x, tx, fm)            TXT(y, x, y, x, tx, fm)
#define BLK(y1, x1, y2, x2, fm)     {.role = ROLE_BLANK, .r1 = y1, .c1 = x1, .r2 = y2, .c2 = x2, .fmt = fm}
#define CHK0(y, x)                 BLK(y, x, y, x, F_CHECK)
#define YEAR(y, x1, x2)            {.role = ROLE_YEAR, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .fmt = F_SUBTITLE}
#define GIVEN(y, x1, x2, fd)      {.role = ROLE_GIVEN, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .arg = fd}
#define PREFIXED(y, x1, x2, tx, fd, fm) \
    {.role = ROLE_PREFIXED, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .text = tx, .arg = fd, .fmt = fm}
#define MONEY(y, x, fd)           {.role = ROLE_MONEY, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .arg = fd}
#define POINTS(y, x)               {.role = ROLE_POINTS, .r1 = y, .c1 = x, .r2 = y, .c2 = x}
#define RATE(y, x)                 {.role = ROLE_RATE, .r1 = y, .c1 = x, .r2 = y, .c2 = x}
#define EXEC_SCORE(y, x1, x2)      {.role = ROLE_EXEC_SCORE, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2}
#define CHECK(y, x, kd, u1, v1, u2, v2) \
    {.role = ROLE_CHECK, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .arg = kd, \
     .sr1 = u1, .sc1 = v1, .sr2 = u2, .sc2 = v2}
#define VALID_MONEY(y1, x1, y2, x2) {.role = ROLE_VALID_MONEY, .r1 = y1, .c1 = x1, .r2 = y2, .c2 = x2}
#define COND_BAD(y1, x1, y2, x2)    {.role = ROLE_COND_BAD, .r1 = y1, .c1 = x1, .r2 = y2, .c2 = x2}
#define HEIGHT(y, ht)               {.role = ROLE_HEIGHT, .r1 = y, .r2 = y, .arg = ht}
#define MAP_EXEC                    {.role = ROLE_MAP_EXEC}
#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* A test of a check cell (layout.h): kind, boxes a and b, the core's message, a label. */
#define T(kd, ba, bb, m, lb)        {.kind = kd, .a = ba, .b = bb, .msg = m, .label = lb}
/* The same with a third box c (the inputs counted, the column of stated points). */
#define T3(kd, ba, bb, m, lb, bc)   {.kind = kd, .a = ba, .b = bb, .msg = m, .label = lb, .c = bc}

/* Computing roles (layout_roles.c). */
#define BOX(y1, x1, y2, x2)         {y1, x1, y2, x2}
#define ONE(y, x)                   {y, x, y, x}
#define SUM_BOX(y, x1, x2, u1, v1, u2, v2, fm) \
    {.role = ROLE_SUM, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .fmt = fm, .sr1 = u1, .sc1 = v1, .sr2 = u2, .sc2 = v2}
#define SUM_ROWS(y, x1, x2, rows, fm) \
    {.role = ROLE_SUM, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .fmt = fm, .list = rows, \
     .nlist = (short)COUNT(rows)}
#define RATIO(y, x1, x2, kd, ny, nx, dy, dx) \
    {.role = ROLE_RATIO, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .arg = kd, .sr1 = ny, .sc1 = nx, .sr2 = dy, .sc2 = dx}
#define DIFF(y, x1, x2, ay, ax, by, bx) \
    {.role = ROLE_DIFF, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .sr1 = ay, .sc1 = ax, .sr2 = by, .sc2 = bx}
#define COPY(y, x1, x2, ay, ax)     {.role = ROLE_COPY, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .sr1 = ay, .sc1 = ax}
#define GRADE(y, x1, x2, ay, ax)    {.role = ROLE_GRADE, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .sr1 = ay, .sc1 = ax, \
                                     .fmt = F_OUT_TEXT}
#define TESTS(y, x, list)           {.role = ROLE_TESTS, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .tests = list, \
                                     .ntests = (short)COUNT(list)}
#define TESTS_IF(y, x, list, u1, v1, u2, v2) \
    {.role = ROLE_TESTS, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .tests = list, .ntests = (short)COUNT(list), \
     .arg = 1, .sr1 = u1, .sc1 = v1, .sr2 = u2, .sc2 = v2}
#define VALID(y1, x1, y2, x2, kd)   {.role = ROLE_VALID, .r1 = y1, .c1 = x1, .r2 = y2, .c2 = x2, .arg = kd}
#define VALID_SCORE_OF(y, x, py, px) \
    {.role = ROLE_VALID, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .arg = VALID_SCORE, .sr1 = py, .sc1 = px}
#define SUMMARY(y, x1, x2, pd, u1, v1, u2, v2) \
    {.role = ROLE_SUMMARY, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .arg = pd, .sr1 = u1, .sc1 = v1, .sr2 = u2, .sc2 = v2}
#define MAP(y, x, what)             {.role = ROLE_MAP, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .arg = what}
#define YEAR_FMT(y, x1, x2, tx, fm) {.role = ROLE_YEAR_FMT, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .text = tx, .fmt = fm}
#define YEAR_PLUS(y, x1, x2, tx, plus, without, fm) \
    {.role = ROLE_YEAR_PLUS, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .text = tx, .arg = plus, .alt = without, .fmt = fm}
#define SELF(x)                     {-1, x, -1, x}
#define NUM(y, x, v)                {.role = ROLE_NUM, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .num = v, .fmt = F_CONST_NUM}
#define NUM_M(y1, x, y2, v)         {.role = ROLE_NUM, .r1 = y1, .c1 = x, .r2 = y2, .c2 = x, .num = v, .fmt = F_CONST_NUM}
#define TOTAL(y, x, u1, u2)         {.role = ROLE_TOTAL, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .fmt = F_OUT_NUM, \
                                     .sr1 = u1, .sc1 = x, .sr2 = u2, .sc2 = x}
#define DEDUCT(y, x, cnt, pts, per) {.role = ROLE_DEDUCT, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .sr1 = y, .sc1 = cnt, \
                                     .arg = pts, .num = per}
#define RATIO_SCORE(y, x, done, tot, pts) \
    {.role = ROLE_RATIO_SCORE, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .sr1 = y, .sc1 = done, .sr2 = y, .sc2 = tot, .arg = pts}
#define TESTS_SPLIT(y, x, list, own) {.role = ROLE_TESTS, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .tests = list, \
                                      .ntests = (short)COUNT(list), .split = own}
#define TESTS_SEG(y, x, list, own, rests) \
    {.role = ROLE_TESTS, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .tests = list, .ntests = (short)COUNT(list), \
     .split = own, .nseg = rests}
#define SUM_BOX_F(y, x1, x2, u1, v1, u2, v2, fm, flags) \
    {.role = ROLE_SUM, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .fmt = fm, .sr1 = u1, .sc1 = v1, .sr2 = u2, .sc2 = v2, \
     .arg = flags}
#define GRADE_F(y, x1, x2, ay, ax, fm) \
    {.role = ROLE_GRADE, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .sr1 = ay, .sc1 = ax, .fmt = fm}
#define TICKS(y, x1, x2, gy, gx)    {.role = ROLE_TICKS, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .sr1 = gy, .sc1 = gx}
#define RATE_SCORE(y, x, ny, nx, dy, dx, pts) \
    {.role = ROLE_RATE_SCORE, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .sr1 = ny, .sc1 = nx, .sr2 = dy, .sc2 = dx, .arg = pts}
#define LIST(name, col, list)       {.role = ROLE_LIST, .text = name, .arg = col, .items = list, \
                                     .nitems = (short)COUNT(list)}
#define VALID_LIST(y, x, name, prompt) \
    {.role = ROLE_VALID_LIST, .r1 = y, .c1 = x, .r2 = y, .c2 = x, .text = name, .alt = prompt}
#define MAP_TREE_OF(y1, y2)         {.role = ROLE_MAP, .r1 = y1, .r2 = y2, .arg = MAP_TREE}
#define MONEY_M(y, x1, x2, fd)      {.role = ROLE_MONEY, .r1 = y, .c1 = x1, .r2 = y, .c2 = x2, .arg = fd}

#endif
