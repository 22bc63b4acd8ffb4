#!/usr/bin/python3.11
"""Runs files of CPython's own test suite under moat and under python3.11.

A dev tool, not a test: it reads the installed suite (Debian's
libpython3.11-testsuite, `import test`) at run time, writes an adapted copy of
each named test file into a temporary directory, runs that copy with unittest
in verbose mode under both interpreters, and prints, per file, the tests that
pass under CPython, those of them that fail under moat, and the failing names
grouped by the last line of their error, so the common causes stand out.

The adapted copy is one self-contained script, since moat imports only its
safe modules:
  * a small `test.support` shim comes first (the names the language tests use;
    any other name is a placeholder that skips whatever uses it);
  * helper modules of the suite (`list_tests`, `seq_tests`, `string_tests`,
    `mapping_tests`, a test package's `__init__`) are inlined, each as a
    function whose body is the module and which returns its names;
  * every other import falls back to a placeholder when the module cannot be
    imported, so a test that needs a refused module (pickle, gc...)
    is skipped instead of the whole file failing;
  * `async def` functions become skips (moat does not run coroutines), the
    file's `if __name__ == '__main__'` block and doctest-loading `load_tests`
    are dropped, and a runner that reports each outcome as a JSON line ends
    the file.
Nothing is written into the repository or the installed suite.

Usage:
  scripts/cpython_lib_tests.py --moat BUILD/moat [TEST ...] [--show N] [--keep DIR]
A TEST is a module name of the suite (test_list) or a package's submodule
(test_json.test_dump); a package name alone (test_json) runs its submodules.
"""

import argparse
import ast
import collections
import json
import os
import subprocess
import sys
import tempfile
import test as _installed_suite

SUITE_DIR = os.path.dirname(_installed_suite.__file__)

DEFAULT_TESTS = """
test_grammar test_class test_descr test_list test_tuple test_dict test_set test_userstring
test_userlist test_userdict test_int test_long test_float test_bool test_complex test_range
test_bytes test_slice test_exceptions test_baseexception test_exception_group test_generators
test_with test_contextlib test_patma test_format test_fstring test_string test_string_literals
test_scope test_super test_property test_augassign test_compare test_contains test_iter
test_enumerate test_sort test_unpack test_dictviews test_richcmp test_opcodes test_raise
test_keywordonlyarg test_genexps test_listcomps test_setcomps test_unary test_pow
test_isinstance test_dataclasses test_enum test_functools test_itertools test_collections
test_operator test_math test_statistics test_fractions test_bisect test_heapq test_copy
test_abc test_defaultdict test_ordered_dict test_deque test_textwrap test_json
""".split()

# Modules of the suite that are helpers, not tests: inlined when imported.
HELPER_MODULES = {"list_tests", "seq_tests", "string_tests", "mapping_tests"}

MARK = "@@CPYTEST "

# The test.support shim. It runs under moat and CPython alike, so both see
# the same skips.
SHIM = r'''
import contextlib as _shim_contextlib
import sys as _shim_sys
import unittest as _shim_unittest
import functools as _shim_functools
import types as _shim_types
import json as _shim_json

def _shim_skip(reason):
    def decorate(obj):
        if isinstance(obj, type):
            return _shim_unittest.skip(reason)(obj)
        @_shim_functools.wraps(obj)
        def skipped(*args, **kwargs):
            raise _shim_unittest.SkipTest(reason)
        return skipped
    return decorate

def _shim_is_decoratable(obj):
    return isinstance(obj, (type, _shim_types.FunctionType))

_SHIM_STATE = {'in_test': False}

class _Missing:
    """What a refused module or an unknown support name stands for: applied
    as a decorator it skips the test; any other use skips the running test."""
    def __init__(self, name):
        object.__setattr__(self, '_name', name)
    def _refuse(self, *args, **kwargs):
        raise _shim_unittest.SkipTest('needs ' + object.__getattribute__(self, '_name'))
    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return _Missing(object.__getattribute__(self, '_name') + '.' + attr)
    def __call__(self, *args, **kwargs):
        name = object.__getattribute__(self, '_name')
        if _SHIM_STATE['in_test']:
            self._refuse()
        if len(args) == 1 and not kwargs and _shim_is_decoratable(args[0]):
            return _shim_skip('needs ' + name)(args[0])
        return _Missing(name + '()')
    def _false_outside_tests(self, *args):
        # A module-level `skipIf(sys.flags.optimize >= 2, ...)` must not skip
        # the whole class: outside a test a placeholder compares false.
        if _SHIM_STATE['in_test']:
            self._refuse()
        return False
    __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _false_outside_tests
    __bool__ = __contains__ = _false_outside_tests
    def __iter__(self):
        self._false_outside_tests()
        return iter(())
    def __len__(self):
        self._false_outside_tests()
        return 0
    __setattr__ = __enter__ = __add__ = __radd__ = _refuse
    __sub__ = __mul__ = __getitem__ = __setitem__ = __index__ = __int__ = _refuse
    __hash__ = object.__hash__

class _ShimNamespace:
    def __init__(self, name, **names):
        self.__name__ = name
        self.__dict__.update(names)
    def __getattr__(self, attr):
        if attr.startswith('__'):
            raise AttributeError(attr)
        return _Missing(self.__name__ + '.' + attr)

def _shim_module_error(line, error):
    text = '%s: %s' % (type(error).__name__, error)
    _shim_sys.stdout.write(MARK + '["modfail", "line %d", %s]\n' % (line, _shim_json.dumps(text)))

class _SysProxy:
    """`sys` for the test's own code: what moat withholds reads as a
    placeholder, so a module-level `sys.flags.optimize` does not end the file."""
    def __getattr__(self, attr):
        try:
            return getattr(_shim_sys, attr)
        except AttributeError:
            if attr.startswith('__'):
                raise
            return _Missing('sys.' + attr)
    def __setattr__(self, attr, value):
        setattr(_shim_sys, attr, value)
    def __delattr__(self, attr):
        delattr(_shim_sys, attr)

def _passthrough(*args, **kwargs):
    if len(args) == 1 and not kwargs and _shim_is_decoratable(args[0]):
        return args[0]
    return lambda obj: obj

def _skip_factory(reason):
    def factory(*args, **kwargs):
        if len(args) == 1 and not kwargs and _shim_is_decoratable(args[0]):
            return _shim_skip(reason)(args[0])
        return _shim_skip(reason)
    return factory

@_shim_contextlib.contextmanager
def _swap_attr(obj, attr, new_val):
    if hasattr(obj, attr):
        real = getattr(obj, attr)
        setattr(obj, attr, new_val)
        try:
            yield real
        finally:
            setattr(obj, attr, real)
    else:
        setattr(obj, attr, new_val)
        try:
            yield
        finally:
            if hasattr(obj, attr):
                delattr(obj, attr)

@_shim_contextlib.contextmanager
def _swap_item(obj, item, new_val):
    if item in obj:
        real = obj[item]
        obj[item] = new_val
        try:
            yield real
        finally:
            obj[item] = real
    else:
        obj[item] = new_val
        try:
            yield
        finally:
            if item in obj:
                del obj[item]

@_shim_contextlib.contextmanager
def _captured_output(stream_name):
    import io
    orig = getattr(_shim_sys, stream_name)
    setattr(_shim_sys, stream_name, io.StringIO())
    try:
        yield getattr(_shim_sys, stream_name)
    finally:
        setattr(_shim_sys, stream_name, orig)

@_shim_contextlib.contextmanager
def _no_op_context(*args, **kwargs):
    yield

@_shim_contextlib.contextmanager
def _adjust_int_max_str_digits(max_digits):
    current = _shim_sys.get_int_max_str_digits()
    _shim_sys.set_int_max_str_digits(max_digits)
    try:
        yield
    finally:
        _shim_sys.set_int_max_str_digits(current)

@_shim_contextlib.contextmanager
def _check_warnings(*filters, quiet=True):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        yield _ShimNamespace('WarningsRecorder', warnings=caught)

class _AlwaysEq:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    def __repr__(self):
        return '<ALWAYS_EQ>'

class _NeverEq:
    def __eq__(self, other):
        return False
    def __ne__(self, other):
        return True
    def __hash__(self):
        return 1
    def __repr__(self):
        return '<NEVER_EQ>'

@_shim_functools.total_ordering
class _Largest:
    def __eq__(self, other):
        return isinstance(other, _Largest)
    def __lt__(self, other):
        return False
    def __repr__(self):
        return '<LARGEST>'

@_shim_functools.total_ordering
class _Smallest:
    def __eq__(self, other):
        return isinstance(other, _Smallest)
    def __gt__(self, other):
        return False
    def __repr__(self):
        return '<SMALLEST>'

def _check_disallow_instantiation(testcase, tp, *args, **kwds):
    testcase.assertRaises(TypeError, tp, *args, **kwds)

def _sortdict(d):
    return '{%s}' % ', '.join('%r: %r' % pair for pair in sorted(d.items()))

def _subTests(arg_names, arg_values, *, fixtures=None):
    if isinstance(arg_names, str):
        arg_names = [name.strip() for name in arg_names.split(',')]
    def decorator(func):
        @_shim_functools.wraps(func)
        def wrapper(self, **kwargs):
            for values in arg_values:
                if not isinstance(values, (tuple, list)):
                    values = (values,)
                params = dict(zip(arg_names, values))
                with self.subTest(**params):
                    func(self, **kwargs, **params)
        return wrapper
    return decorator

class _TestFailed(Exception):
    pass

def _import_module(name, *args, **kwargs):
    if name in _SHIM_MODULES:
        return _SHIM_MODULES[name]
    raise _shim_unittest.SkipTest('needs module ' + name)

def _import_fresh_module(name, fresh=(), blocked=(), **kwargs):
    return _SHIM_MODULES.get(name)

_import_helper = _ShimNamespace(
    'test.support.import_helper', import_module=_import_module,
    import_fresh_module=_import_fresh_module, CleanImport=_no_op_context,
    DirsOnSysPath=_no_op_context)
_warnings_helper = _ShimNamespace(
    'test.support.warnings_helper', check_warnings=_check_warnings,
    check_syntax_warning=_skip_factory('needs compile()'))
_support = _ShimNamespace(
    'test.support',
    verbose=0, Py_DEBUG=False, is_emscripten=False, is_wasi=False, is_android=False,
    MISSING_C_DOCSTRINGS=False, HAVE_DOCSTRINGS=True, PGO=False,
    MAX_Py_ssize_t=_shim_sys.maxsize, SHORT_TIMEOUT=30.0, LONG_TIMEOUT=300.0,
    LOOPBACK_TIMEOUT=5.0, INTERNET_TIMEOUT=60.0, NHASHBITS=64,
    ALWAYS_EQ=_AlwaysEq(), NEVER_EQ=_NeverEq(), LARGEST=_Largest(), SMALLEST=_Smallest(),
    TestFailed=_TestFailed, Error=_TestFailed,
    cpython_only=_shim_skip('CPython implementation detail'),
    refcount_test=_shim_skip('refcounts'),
    impl_detail=_skip_factory('CPython implementation detail'),
    check_impl_detail=lambda **guards: False,
    requires_IEEE_754=_passthrough, requires_docstrings=_passthrough,
    run_with_locale=_passthrough, no_tracing=_passthrough,
    skip_if_pgo_task=_passthrough, requires_resource=_skip_factory('resource'),
    requires=_skip_factory('resource'), bigmemtest=_skip_factory('big memory'),
    bigaddrspacetest=_shim_skip('big memory'),
    requires_subprocess=_skip_factory('subprocess'),
    check_free_after_iterating=_skip_factory('refcounts'),
    gc_collect=lambda: None, disable_gc=_no_op_context,
    infinite_recursion=_no_op_context,
    swap_attr=_swap_attr, swap_item=_swap_item,
    captured_stdout=lambda: _captured_output('stdout'),
    captured_stderr=lambda: _captured_output('stderr'),
    captured_output=_captured_output,
    adjust_int_max_str_digits=_adjust_int_max_str_digits,
    check_syntax_error=_skip_factory('needs compile()'),
    check_disallow_instantiation=_check_disallow_instantiation,
    sortdict=_sortdict, subTests=_subTests,
    import_helper=_import_helper, warnings_helper=_warnings_helper,
    check_warnings=_check_warnings)
'''

# Ends the adapted file: runs its tests, one JSON line per outcome.
TRAILER = r'''
_TRAILER_DONE = set(%(done)r)
import json as _trailer_json
import unittest as _trailer_unittest
_trailer_out = _shim_sys.stdout

def _trailer_emit(kind, test, text=''):
    _trailer_out.write(%(mark)r + _trailer_json.dumps([kind, test.id(), text]) + '\n')
    _trailer_out.flush()

class _TrailerResult(_trailer_unittest.TextTestResult):
    def _last_line(self, err):
        lines = [line for line in self._exc_info_to_string(err, None).splitlines()
                 if line.strip()]
        return lines[-1].strip() if lines else ''
    def _exc_info_to_string(self, err, test):
        import traceback
        return ''.join(traceback.format_exception(err[0], err[1], err[2]))
    def startTest(self, test):
        _trailer_emit('start', test)
        _SHIM_STATE['in_test'] = True
        super().startTest(test)
    def addSuccess(self, test):
        _trailer_emit('ok', test)
        super().addSuccess(test)
    def addFailure(self, test, err):
        _trailer_emit('fail', test, self._last_line(err))
        super().addFailure(test, err)
    def addError(self, test, err):
        _trailer_emit('error', test, self._last_line(err))
        super().addError(test, err)
    def addSkip(self, test, reason):
        # A skipped subtest skips its test (which then reports nothing else).
        _trailer_emit('skip', getattr(test, 'test_case', test), reason)
        super().addSkip(test, reason)
    def addExpectedFailure(self, test, err):
        _trailer_emit('xfail', test)
        super().addExpectedFailure(test, err)
    def addUnexpectedSuccess(self, test):
        _trailer_emit('xpass', test)
        super().addUnexpectedSuccess(test)
    def addSubTest(self, test, subtest, err):
        if err is not None:
            kind = 'fail' if issubclass(err[0], test.failureException) else 'error'
            _trailer_emit(kind, test, self._last_line(err))
        super().addSubTest(test, subtest, err)

class _TrailerLoader(_trailer_unittest.TestLoader):
    """Leaves out the tests an earlier, stopped run already did."""
    def _filtered(self, suite):
        kept = []
        for test in suite:
            if isinstance(test, _trailer_unittest.TestSuite):
                kept.append(self._filtered(test))
            elif test.id() not in _TRAILER_DONE:
                kept.append(test)
        return _trailer_unittest.TestSuite(kept)
    def loadTestsFromModule(self, module, *args, **kwargs):
        return self._filtered(super().loadTestsFromModule(module, *args, **kwargs))

_trailer_unittest.main(
    module='__main__', argv=['cpython_lib_test', '-v'], exit=False,
    testLoader=_TrailerLoader(),
    testRunner=_trailer_unittest.TextTestRunner(verbosity=2, resultclass=_TrailerResult))
_trailer_out.write(%(mark)r + '["done", "", ""]\n')
'''


def parse_source(path):
    with open(path, encoding="utf-8") as f:
        return ast.parse(f.read(), path)


def helper_file(name):
    """The file of an importable helper (`list_tests`, `test_json`...)."""
    for candidate in (os.path.join(SUITE_DIR, name + ".py"),
                      os.path.join(SUITE_DIR, name, "__init__.py")):
        if os.path.exists(candidate):
            return candidate
    return None


def bound_names(statements):
    """Names a module body binds at its top level (not inside defs)."""
    names = []
    def add(name):
        if name not in names:
            names.append(name)
    class Finder(ast.NodeVisitor):
        def visit_FunctionDef(self, node):
            add(node.name)
        visit_AsyncFunctionDef = visit_FunctionDef
        def visit_ClassDef(self, node):
            add(node.name)
        def visit_Lambda(self, node):
            pass
        def visit_Name(self, node):
            if isinstance(node.ctx, ast.Store):
                add(node.id)
        def visit_alias(self, node):
            if node.name != "*":
                add((node.asname or node.name).split(".")[0])
    for statement in statements:
        Finder().visit(statement)
    return names


class Adapter(ast.NodeTransformer):
    """Rewrites one module's imports, async functions and main block."""

    def __init__(self, package, helpers):
        self.package = package      # 'test' or 'test.test_json'
        self.helpers = helpers      # dotted helper name -> variable, in load order
        self.modules = set()        # plain modules imported, for import_module()
        self.in_import_try = 0
        self.is_helper = False

    def helper_var(self, dotted):
        if dotted not in self.helpers:
            self.helpers[dotted] = None   # reserve the slot, then load its imports first
            self.helpers[dotted] = load_helper(dotted, self.helpers, self.modules)
        return self.helpers[dotted]

    def resolve(self, module, level):
        if level:
            base = self.package.split(".")
            base = base[:len(base) - (level - 1)]
            return ".".join(base + ([module] if module else []))
        return module

    def bind(self, name, value_src):
        return ast.parse(f"{name} = {value_src}").body

    def support_source(self, dotted):
        """`test.support.import_helper` -> `_support.import_helper`."""
        return ".".join(["_support"] + dotted.split(".")[2:])

    def guarded(self, node, names):
        if self.in_import_try:
            return node
        fallback = [ast.parse(f"{n} = _Missing({n!r})").body[0] for n in names]
        fallback = fallback or [ast.Pass()]
        return ast.Try(body=[node],
                       handlers=[ast.ExceptHandler(type=ast.Name("ImportError", ast.Load()),
                                                   name=None, body=fallback)],
                       orelse=[], finalbody=[])

    def visit_Try(self, node):
        catches_import = any(
            h.type is None or "ImportError" in ast.unparse(h.type) for h in node.handlers)
        self.in_import_try += catches_import
        self.generic_visit(node)
        self.in_import_try -= catches_import
        return node

    def visit_Import(self, node):
        out = []
        for alias in node.names:
            name = alias.name
            bound = alias.asname or name.split(".")[0]
            if name == "test" or name.startswith("test."):
                if name.startswith("test.support"):
                    target = "_support" if alias.asname is None else self.support_source(name)
                    out += self.bind(bound, target if alias.asname else
                                     "_ShimNamespace('test', support=_support)")
                else:
                    helper = name.split(".", 1)[1] if "." in name else "support"
                    var = self.helper_var(name) if helper != "support" else "_support"
                    if alias.asname:
                        out += self.bind(bound, var)
                    else:
                        out += self.bind(bound, f"_ShimNamespace('test', {helper}={var})")
                continue
            self.modules.add(name)
            guarded = self.guarded(ast.Import(names=[alias]), [bound])
            if "." in name and not alias.asname and isinstance(guarded, ast.Try):
                # `import unittest.mock` failing must still bind `unittest`.
                top, rest = name.split(".", 1)
                guarded.handlers[0].body = ast.parse(
                    f"try:\n    import {top}\nexcept ImportError:\n    {top} = _Missing({top!r})\n"
                    f"try:\n    {top}.{rest} = _Missing({name!r})\nexcept Exception:\n"
                    f"    pass").body
            out.append(guarded)
            if name == "sys":
                out += self.bind(bound, "_SysProxy()")
        return out

    def visit_ImportFrom(self, node):
        module = self.resolve(node.module, node.level)
        if module == "__future__":
            return node
        out = []
        if module == "test" or module.startswith("test."):
            for alias in node.names:
                bound = alias.asname or alias.name
                full = f"{module}.{alias.name}"
                if full.startswith("test.support"):
                    src = self.support_source(full) if full != "test.support" else "_support"
                    out += self.bind(bound, src)
                elif module.startswith("test.support"):
                    out += self.bind(bound, f"{self.support_source(module)}.{alias.name}")
                elif helper_file(full.split(".", 1)[1].replace(".", "/")):
                    out += self.bind(bound, self.helper_var(full))
                else:
                    out += self.bind(bound, f"{self.helper_var(module)}.{alias.name}")
            return out
        names = [alias.asname or alias.name for alias in node.names if alias.name != "*"]
        if not names and self.is_helper:
            return ast.Pass()   # `import *` is refused inside the helper's function
        self.modules.add(module)
        guarded = self.guarded(node, names)
        if isinstance(guarded, ast.Try) and names and node.level == 0:
            # One missing name must not take the others down with it.
            pairs = [(alias.asname or alias.name, alias.name) for alias in node.names]
            guarded.handlers[0].body = ast.parse(
                f"try:\n    import {module} as _shim_partial\nexcept ImportError:\n"
                f"    _shim_partial = None\n" + "".join(
                    f"{bound} = getattr(_shim_partial, {name!r}, "
                    f"_Missing({module + '.' + name!r}))\n"
                    for bound, name in pairs)).body
        return guarded

    def visit_AsyncFunctionDef(self, node):
        return ast.parse(f"def {node.name}(*args, **kwargs):\n"
                         f"    raise _shim_unittest.SkipTest('async')").body[0]

    def visit_FunctionDef(self, node):
        if node.name == "load_tests" and "doctest" in ast.unparse(node):
            return None
        self.generic_visit(node)
        return node

    def visit_Module(self, node):
        # The file's own `if __name__ == '__main__': unittest.main()` ends it.
        last = node.body[-1] if node.body else None
        if (isinstance(last, ast.If) and "__main__" in ast.unparse(last.test)
                and "main(" in ast.unparse(last)):
            node.body.pop()
        self.generic_visit(node)
        return node

    def visit_Call(self, node):
        # Modules named to import_module()/import_fresh_module() get imported first.
        name = ast.unparse(node.func)
        if (name.endswith("import_module") or name.endswith("import_fresh_module")) and \
                node.args and isinstance(node.args[0], ast.Constant):
            self.modules.add(str(node.args[0].value))
        self.generic_visit(node)
        return node


class StringifyAnnotations(ast.NodeVisitor):
    def stringify(self, node, field):
        value = getattr(node, field, None)
        if value is not None:
            setattr(node, field, ast.Constant(ast.unparse(value)))

    def visit_arg(self, node):
        self.stringify(node, "annotation")

    def visit_FunctionDef(self, node):
        self.stringify(node, "returns")
        self.generic_visit(node)

    def visit_AnnAssign(self, node):
        self.stringify(node, "annotation")
        self.generic_visit(node)


def load_helper(dotted, helpers, modules):
    """Inlines helper module `dotted` (test.list_tests) as a loader function;
    returns the variable holding its namespace."""
    path = helper_file(dotted.split(".", 1)[1].replace(".", "/"))
    var = "_helper_" + dotted.replace(".", "_")
    if path is None:
        return "_Missing(%r)" % dotted
    tree = parse_source(path)
    if any(isinstance(s, ast.ImportFrom) and s.module == "__future__" for s in tree.body):
        # A function body cannot hold `from __future__ import annotations`:
        # do what it does, turning the annotations into strings.
        tree.body = [s for s in tree.body
                     if not (isinstance(s, ast.ImportFrom) and s.module == "__future__")]
        StringifyAnnotations().visit(tree)
    package = dotted if path.endswith("__init__.py") else dotted.rsplit(".", 1)[0]
    adapter = Adapter(package, helpers)
    adapter.is_helper = True
    tree = adapter.visit(tree)
    modules |= adapter.modules
    body = [s for s in tree.body if not isinstance(s, ast.Global)]
    names = bound_names(body)
    body = [wrap_module_statement(s) for s in body]
    collect = "\n".join(f"    try:\n        _names[{n!r}] = {n}\n    except NameError:\n"
                        f"        pass" for n in names)
    func = ast.parse(f"def _load{var}():\n    pass\n"
                     f"def _collect():\n    _names = {{}}\n{collect or '    pass'}\n"
                     f"    return _ShimNamespace({dotted!r}, **_names)").body
    func[0].body = (body or [ast.Pass()]) + [ast.Return(ast.Call(
        ast.Name("_collect", ast.Load()), [], []))]
    func[0].body.insert(len(body), func[1])
    loader = ast.Module(body=[func[0]], type_ignores=[])
    ast.fix_missing_locations(loader)
    helpers[dotted + ":source"] = (ast.unparse(loader) + f"\ntry:\n    {var} = _load{var}()\n"
                                   f"except Exception as e:\n    {var} = _Missing({dotted!r})\n"
                                   f"    _shim_module_error(0, e)\n")
    return var


def wrap_module_statement(statement):
    """A module-level statement that fails (a refused name, a metaclass) is
    reported and passed over, so the rest of the file still runs."""
    if isinstance(statement, (ast.Import, ast.ImportFrom, ast.Try, ast.FunctionDef, ast.Pass)):
        return statement
    handler = ast.parse(
        "try:\n    pass\nexcept Exception as _module_error:\n"
        "    _shim_module_error(%d, _module_error)" % statement.lineno).body[0]
    handler.body = [statement]
    return handler


def adapt(test_name, done=()):
    """The adapted copy of a test module as source text."""
    rel = test_name.replace(".", "/")
    path = os.path.join(SUITE_DIR, rel + ".py")
    tree = parse_source(path)
    package = "test." + test_name.rsplit(".", 1)[0] if "." in test_name else "test"
    helpers = {}
    adapter = Adapter(package, helpers)
    tree = ast.fix_missing_locations(adapter.visit(tree))
    modules = sorted(m for m in adapter.modules if m.isidentifier())
    imports = "\n".join(f"try:\n    import {m}\n    _SHIM_MODULES[{m!r}] = {m}\n"
                        f"except ImportError:\n    pass" for m in modules)
    helper_src = "".join(v for k, v in helpers.items() if k.endswith(":source"))
    tree.body = [wrap_module_statement(s) for s in tree.body]
    body = ast.unparse(ast.fix_missing_locations(tree))
    future = ""
    lines = body.split("\n")
    while lines and lines[0].startswith("from __future__"):
        future += lines.pop(0) + "\n"
    shim = SHIM.replace("MARK + ", repr(MARK) + " + ")
    return (future + shim + "\n_SHIM_MODULES = {}\n" + imports + "\n" + helper_src +
            "\n".join(lines) + "\n" + TRAILER % {"mark": MARK, "done": sorted(done)})


def run_one(argv, cwd, timeout):
    try:
        proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True,
                              errors="replace", timeout=timeout)
        return proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else e.stdout
        return "timeout", out or "", ""


def outcomes(stdout):
    """test id -> 'pass' | 'fail' | 'skip', with the first failure's last line;
    and whether the run reached its end, and the last test started."""
    status, message, done, last_started = {}, {}, False, None
    for line in stdout.splitlines():
        if not line.startswith(MARK):
            continue
        kind, test_id, text = json.loads(line[len(MARK):])
        if kind == "modfail":
            message.setdefault("(module)", []).append(f"{test_id}: {text}")
        elif kind == "done":
            done = True
        elif kind == "start":
            last_started = test_id
        elif kind in ("fail", "error", "xpass"):
            if status.get(test_id) != "fail":
                message[test_id] = text or "unexpected success"
            status[test_id] = "fail"
        elif kind in ("ok", "xfail"):
            status.setdefault(test_id, "pass")
        elif kind == "skip":
            status.setdefault(test_id, "skip")
    return status, message, done, last_started


def expand(names):
    out = []
    for name in names:
        directory = os.path.join(SUITE_DIR, name)
        if os.path.isdir(directory):
            out += sorted(f"{name}.{f[:-3]}" for f in os.listdir(directory)
                          if f.startswith("test_") and f.endswith(".py"))
        else:
            out.append(name)
    return out


def run_moat(moat, test_name, workdir, timeout, keep):
    """Runs a test file under moat; when a test ends the run (a limit, which
    no test can catch, or a crash), records it as failed with the run's last
    error line and runs the file again without the tests already done.
    Returns the outcomes and messages."""
    file_name = test_name.replace(".", "_") + ".moat.py"
    status, messages, done_ids, logs = {}, {}, set(), []
    for _ in range(50):
        with open(os.path.join(workdir, file_name), "w", encoding="utf-8") as f:
            f.write(adapt(test_name, done_ids))
        rc, out, err = run_one([moat, "run", "--timeout", f"{timeout}s", "--max-instructions",
                                "none", "--max-memory", "2G", file_name], workdir, timeout + 5)
        logs.append(out + "\n----- stderr -----\n" + err)
        part, part_messages, done, last_started = outcomes(out)
        status.update(part)
        messages.update(part_messages)
        started = {line_id for line_id in part} | ({last_started} if last_started else set())
        if done or not last_started or last_started in done_ids:
            if not done:
                tail = [line for line in err.splitlines() if line.strip()][-1:] or [""]
                messages["(file)"] = f"moat stopped (exit {rc}): {tail[0][:200]}"
            break
        tail = [line for line in err.splitlines() if line.strip()][-1:] or [""]
        if status.get(last_started) != "fail":
            status[last_started] = "fail"
            messages[last_started] = f"(ended the run, exit {rc}) {tail[0][:150]}"
        done_ids |= started
    if keep:
        with open(os.path.join(workdir, file_name + ".log"), "w") as f:
            f.write("\n==== next run ====\n".join(logs))
    return status, messages


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tests", nargs="*", help="test modules (default: the language list)")
    parser.add_argument("--moat", required=True, help="the moat binary")
    parser.add_argument("--python", default=sys.executable, help="CPython 3.11 to compare")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per file and run")
    parser.add_argument("--show", type=int, default=6, help="names shown per message")
    parser.add_argument("--keep", help="write the adapted files and logs here")
    parser.add_argument("--summary", action="store_true", help="totals per file only")
    args = parser.parse_args()
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        report(args, args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="moat-cpython-tests-") as workdir:
            report(args, workdir)


def report(args, workdir):
    moat = os.path.abspath(args.moat)
    tests = expand(args.tests or DEFAULT_TESTS)
    total_pass = total_fail = total_refused = 0
    for test_name in tests:
        if not os.path.exists(os.path.join(SUITE_DIR, test_name.replace(".", "/") + ".py")):
            print(f"{test_name}: not in the installed suite")
            continue
        try:
            source = adapt(test_name)
        except (SyntaxError, RecursionError, ValueError) as e:
            print(f"{test_name}: could not adapt: {e!r}")
            continue
        file_name = test_name.replace(".", "_") + ".py"
        with open(os.path.join(workdir, file_name), "w", encoding="utf-8") as f:
            f.write(source)
        rc_c, out_c, err_c = run_one([args.python, "-X", "utf8", file_name], workdir,
                                     args.timeout)
        if args.keep:
            with open(os.path.join(workdir, f"{file_name}.cpython.log"), "w") as f:
                f.write(out_c + "\n----- stderr -----\n" + err_c)
        cpy, _, _, _ = outcomes(out_c)
        mine, messages = run_moat(moat, test_name, workdir, args.timeout, args.keep)
        passing = [t for t, s in cpy.items() if s == "pass"]
        failing = [t for t in passing if mine.get(t) not in ("pass", "skip")]
        total_pass += len(passing)
        total_fail += len(failing)
        refused = [t for t in failing if "not available in the sandbox" in messages.get(t, "")]
        total_refused += len(refused)
        print(f"{test_name}: {len(passing)} pass under CPython, {len(failing)} fail under moat"
              f" ({len(refused)} on a sandbox refusal)", flush=True)
        if "(file)" in messages:
            print("  " + messages["(file)"])
        cpython_module_errors = outcomes(out_c)[1].get("(module)", [])
        for error in messages.get("(module)", []):
            if error not in cpython_module_errors:
                print(f"  module-level statement failed at {error[:200]}")
        if args.summary or not failing:
            continue
        groups = collections.defaultdict(list)
        for t in failing:
            groups[messages.get(t, "(not run)")[:160]].append(t.split(".", 1)[-1])
        for message, names in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            shown = ", ".join(names[:args.show]) + (" ..." if len(names) > args.show else "")
            print(f"  {len(names):4d}  {message}\n        {shown}", flush=True)
    print(f"TOTAL: {len(tests)} files, {total_pass} pass under CPython, "
          f"{total_fail} fail under moat ({total_refused} on a sandbox refusal)")


if __name__ == "__main__":
    main()
