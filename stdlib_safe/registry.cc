// The one table of importable safe modules (see registry.h).
#include "stdlib_safe/registry.h"

#include "stdlib_safe/abc_module.h"
#include "stdlib_safe/ast_module.h"
#include "stdlib_safe/asyncio_module.h"
#include "stdlib_safe/bisect_module.h"
#include "stdlib_safe/codecs_module.h"
#include "stdlib_safe/collections_abc_module.h"
#include "stdlib_safe/collections_module.h"
#include "stdlib_safe/contextlib_module.h"
#include "stdlib_safe/dataclasses_module.h"
#include "stdlib_safe/datetime_module.h"
#include "stdlib_safe/frozen_modules.h"
#include "stdlib_safe/functools_module.h"
#include "stdlib_safe/hashlib_module.h"
#include "stdlib_safe/inspect_module.h"
#include "stdlib_safe/io_module.h"
#include "stdlib_safe/itertools_module.h"
#include "stdlib_safe/json_module.h"
#include "stdlib_safe/logging_module.h"
#include "stdlib_safe/math_module.h"
#include "stdlib_safe/operator_module.h"
#include "stdlib_safe/re_module.h"
#include "stdlib_safe/random_core.h"
#include "stdlib_safe/struct_module.h"
#include "stdlib_safe/sys_module.h"
#include "stdlib_safe/time_module.h"
#include "stdlib_safe/traceback_module.h"
#include "stdlib_safe/types_module.h"
#include "stdlib_safe/typing_module.h"
#include "stdlib_safe/unicodedata_module.h"
#include "stdlib_safe/unittest_module.h"
#include "stdlib_safe/warnings_module.h"
#include "stdlib_safe/weakref_module.h"

namespace moat::stdlib {

namespace {

// Sorted by name. Each entry's init runs on the first import in each
// interpreter; InitFrozenModule runs a module written in Python
// (stdlib_safe/py/).
constexpr vm::Interp::NativeModule kSafeModules[] = {
    {"__future__", InitFrozenModule},
    {"_collections_abc", InitCollectionsAbcModule},
    {"_hashlib", InitHashlibCoreModule},
    {"_random", InitRandomCoreModule},
    {"_weakref", InitWeakrefCoreModule},
    {"abc", InitAbcModule},
    {"argparse", InitFrozenModule},
    {"array", InitFrozenModuleWithTypeNames},
    {"ast", InitAstModule},
    {"asyncio", InitAsyncioModule},
    {"asyncio.base_events", InitFrozenModule},
    {"asyncio.coroutines", InitAsyncioCoroutinesModule},
    {"asyncio.events", InitFrozenModule},
    {"asyncio.exceptions", InitFrozenModule},
    {"asyncio.futures", InitFrozenModule},
    {"asyncio.locks", InitFrozenModule},
    {"asyncio.mixins", InitFrozenModule},
    {"asyncio.queues", InitFrozenModule},
    {"asyncio.runners", InitFrozenModule},
    {"asyncio.taskgroups", InitFrozenModule},
    {"asyncio.tasks", InitFrozenModule},
    {"asyncio.timeouts", InitFrozenModule},
    {"asyncio.unix_events", InitFrozenModule},
    {"atexit", InitFrozenCModule},
    {"base64", InitFrozenModule},
    {"binascii", InitFrozenModule},
    {"bisect", InitBisectModule},
    {"calendar", InitFrozenModule},
    {"cmath", InitFrozenModule},
    {"codecs", InitCodecsModule},
    {"collections", InitCollectionsModule},
    {"collections.abc", InitFrozenModule},
    {"colorsys", InitFrozenModule},
    {"contextlib", InitContextlibModule},
    {"copy", InitFrozenModule},
    {"csv", InitFrozenModuleWithTypeNames},
    {"dataclasses", InitDataclassesModule},
    {"datetime", InitDateTimeModule},
    {"decimal", InitFrozenCModule},
    {"difflib", InitFrozenModule},
    {"enum", InitFrozenModule},
    {"errno", InitFrozenModule},
    {"fnmatch", InitFrozenModule},
    {"fractions", InitFrozenModule},
    {"functools", InitFunctoolsModule},
    {"graphlib", InitFrozenModule},
    {"hashlib", InitFrozenModule},
    {"heapq", InitFrozenModule},
    {"hmac", InitFrozenModule},
    {"html", InitFrozenModule},
    {"html.entities", InitFrozenModule},
    {"inspect", InitInspectModule},
    {"io", InitIoModule},
    {"itertools", InitItertoolsModule},
    {"json", InitJsonModule},
    {"json.decoder", InitFrozenModule},
    {"json.encoder", InitFrozenModule},
    {"keyword", InitFrozenModule},
    {"logging", InitLoggingModule},
    {"logging.config", InitLoggingConfigModule},
    {"logging.handlers", InitLoggingHandlersModule},
    {"math", InitMathModule},
    {"numbers", InitFrozenModule},
    {"operator", InitOperatorModule},
    {"pprint", InitFrozenModule},
    {"queue", InitFrozenModuleWithTypeNames},
    {"random", InitFrozenModule},
    {"re", InitReModule},
    {"reprlib", InitFrozenModule},
    {"shlex", InitFrozenModule},
    {"statistics", InitFrozenModule},
    {"string", InitFrozenModule},
    {"struct", InitStructModule},
    {"sys", InitSysModule},
    {"textwrap", InitFrozenModule},
    {"time", InitTimeModule},
    {"tomllib", InitFrozenCModule},
    {"traceback", InitTracebackModule},
    {"types", InitTypesModule},
    {"typing", InitTypingModule},
    {"unicodedata", InitUnicodedataModule},
    {"unittest", InitUnittestModule},
    {"unittest.case", InitFrozenModule},
    {"unittest.mock", InitUnittestMockModule},
    {"unittest.result", InitFrozenModule},
    {"unittest.util", InitFrozenModule},
    {"uuid", InitFrozenModule},
    {"warnings", InitWarningsModule},
    {"weakref", InitWeakrefModule},
    {nullptr, nullptr},
};

}  // namespace

const vm::Interp::NativeModule* SafeModules() { return kSafeModules; }

}  // namespace moat::stdlib
