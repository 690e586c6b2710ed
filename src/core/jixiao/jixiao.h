/*
 * jixiao/jixiao.h - the whole core library: budget-performance scoring
 * rules (预算绩效管理) with no dependency on LibreOffice or xlsx.
 *
 * Every rule is written once here and used by the Calc add-in
 * (src/addin), the template tool (src/template) and the audit.
 */
#ifndef JIXIAO_JIXIAO_H
#define JIXIAO_JIXIAO_H

#define JIXIAO_VERSION "0.1.0"

#include "jixiao/error.h"
#include "jixiao/round.h"
#include "jixiao/target.h"
#include "jixiao/indicator.h"
#include "jixiao/rules.h"
#include "jixiao/rate.h"
#include "jixiao/qual.h"
#include "jixiao/grade.h"
#include "jixiao/check.h"
#include "jixiao/ruletext.h"
#include "jixiao/formula.h"
#include "jixiao/utf8.h"

#endif
