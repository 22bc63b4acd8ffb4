"""Test case implementation, as CPython 3.11's unittest.case.

Written for moat (see stdlib_safe/py/unittest.py): TestCase with every
assert method and its failure messages, subTest, cleanups, skips and
expected failures.
"""

import sys
import difflib
import pprint
import re
import warnings
import collections
import types
import functools

from unittest.result import TestResult
from unittest.util import (safe_repr, strclass, _common_shorten_repr,
                           _count_diff_all_purpose, _count_diff_hashable)

__unittest = True


_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""

class _ShouldStop(Exception):
    """Stops the test: a subtest failed under failfast."""

class _UnexpectedSuccess(Exception):
    """A test marked as expected to fail passed."""

def _report_skip(result, test, reason):
    add_skip = getattr(result, 'addSkip', None)
    if add_skip is not None:
        add_skip(test, reason)
    else:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)


def _report_error(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


class _Outcome:
    """What the parts of one test run (setUp, the test, tearDown, cleanups)
    came to; part() runs one of them and reports its exception."""

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _TestPart(self, test_case, subTest)


class _TestPart:
    # A context manager (CPython's is a generator): it swallows what the
    # part raised, after reporting it.

    def __init__(self, outcome, test_case, is_subtest):
        self.outcome = outcome
        self.test_case = test_case
        self.is_subtest = is_subtest

    def __enter__(self):
        self.saved_success = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case, self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                exc_info = (exc_type, exc_value, tb)
                if outcome.expecting_failure:
                    outcome.expectedFailure = exc_info
                else:
                    outcome.success = False
                    if self.is_subtest:
                        outcome.result.addSubTest(self.test_case.test_case,
                                                  self.test_case, exc_info)
                    else:
                        _report_error(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.saved_success


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    value = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if
    setUpModule fails (unlike tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Same as enterContext, but module-wide."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Execute all module cleanup functions, last added first."""
    raised = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
    if raised:
        # Like CPython, report the first one.
        raise raised[0]


def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, types.FunctionType):
        # @skip used without a reason.
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def _keep(obj):
    return obj


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return skip(reason) if not condition else _keep


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


def _name_of(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        if expected_regex is not None:
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """Run a callable under this context, or return the context."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj, *args = args
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """A context manager used to implement TestCase.assertRaises* methods."""
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            exc_name = _name_of(self.expected)
            if self.obj_name:
                self._raiseFailure("{} not raised by {}".format(exc_name, self.obj_name))
            else:
                self._raiseFailure("{} not raised".format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        if not self.expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(exc_value)))
        return True

    __class_getitem__ = classmethod(types.GenericAlias)


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """A context manager used to implement TestCase.assertWarns* methods."""
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        # Warnings already seen once must show again: forget the registries.
        for registry in warnings._registries.values():
            registry.clear()
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        exc_name = _name_of(self.expected)
        first_matching = None
        for record in self.warnings:
            message = record.message
            if not isinstance(message, self.expected):
                continue
            if first_matching is None:
                first_matching = message
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(message))):
                continue
            self.warning = message
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first_matching is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_matching)))
        if self.obj_name:
            self._raiseFailure("{} not triggered by {}".format(exc_name, self.obj_name))
        else:
            self._raiseFailure("{} not triggered".format(exc_name))


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])


def _capturing_handler(logging, level):
    # A handler keeping each record and its "LEVEL:name:message" text.
    class _CapturingHandler(logging.Handler):
        def __init__(self):
            super().__init__(level)
            self.watcher = _LoggingWatcher([], [])
            self.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))

    _CapturingHandler.__module__ = 'unittest._log'
    return _CapturingHandler()


class _AssertLogsContext(_BaseTestCaseContext):
    """assertLogs/assertNoLogs: while the block runs, the logger's records of
    the level and above go only to a capturing handler."""
    __module__ = 'unittest._log'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        _BaseTestCaseContext.__init__(self, test_case)
        self._logging = logging
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        logging = self._logging
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        logger = self.logger
        handler = _capturing_handler(logging, self.level)
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers = self.old_handlers
        logger.propagate = self.old_propagate
        logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if self.watcher.records:
                self._raiseFailure("Unexpected logs found: {!r}".format(self.watcher.output))
        elif not self.watcher.records:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                self._logging.getLevelName(self.level), logger.name))


class _SubTestParams:
    # The parameters of nested subtests: the innermost's first, then each
    # outer one's keys not seen yet (CPython's ChainMap in key order).

    def __init__(self, maps):
        self.maps = maps

    def new_child(self, params):
        return _SubTestParams([params] + self.maps)

    def __bool__(self):
        return any(self.maps)

    def items(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                if key not in seen:
                    seen.add(key)
                    yield key, self[key]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)


class _SubTestContext:
    # `with self.subTest(...)`: runs the body as a test part of its own.

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        self.active = outcome is not None and outcome.result_supports_subtests
        if not self.active:
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = _SubTestParams([self.params])
        else:
            params = self.parent.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, params)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if not self.active:
            return False
        case = self.case
        try:
            if not self.part.__exit__(exc_type, exc_value, tb) and exc_type is not None:
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                # An expected failure stops the test at its first failure.
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


class TestCase(object):
    """A class whose instances are single test cases.

    Each test method (named 'test...' by default) becomes one instance;
    running it calls setUp, the method and tearDown, then the cleanups.
    """
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # Strings longer than this are compared without a diff.
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        """Use function (or the method of that name) for assertEqual on two
        values of exactly typeobj."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, last added first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter the context manager; its __exit__ becomes a cleanup."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """Same as addCleanup, for tearDownClass time."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """Same as enterContext, class-wide."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager whose body runs as a subtest, identified by
        msg and params: a failure is reported and the test goes on."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        try:
            add = result.addExpectedFailure
        except AttributeError:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            add(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        try:
            add = result.addUnexpectedSuccess
        except AttributeError:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess:
                result.addFailure(self, sys.exc_info())
        else:
            add(self)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _skip_reason(self, method):
        # None when neither the class nor the method is skipped.
        cls = self.__class__
        if not (getattr(cls, '__unittest_skip__', False)
                or getattr(method, '__unittest_skip__', False)):
            return None
        return (getattr(cls, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            start = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start is not None:
                start()
        else:
            stop_run = None

        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = self._skip_reason(method)
            if reason is not None:
                _report_skip(result, self, reason)
                return result

            expecting_failure = (
                getattr(self, "__unittest_expecting_failure__", False) or
                getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(method)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()

                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def doCleanups(self):
        """Run the cleanups, last added first; report their errors."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, last added first, keeping their errors
        in tearDown_exceptions."""
        cls.tearDown_exceptions = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                cls.tearDown_exceptions.append(sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult."""
        method = getattr(self, self._testMethodName)
        reason = self._skip_reason(method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # longMessage: the standard message, then " : " and msg if given;
        # otherwise msg replaces it.
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _fail_with(self, msg, standardMsg):
        raise self.failureException(self._formatMessage(msg, standardMsg))

    def assertFalse(self, expr, msg=None):
        """Check that the expression is false."""
        if expr:
            self._fail_with(msg, "%s is not false" % safe_repr(expr))

    def assertTrue(self, expr, msg=None):
        """Check that the expression is true."""
        if not expr:
            self._fail_with(msg, "%s is not true" % safe_repr(expr))

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless an exception of class expected_exception is raised
        by the callable (with args), or in the body of the with statement
        when no callable is given."""
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless a warning of class expected_warning is triggered."""
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Fail unless the block logs at least one message of `level` (INFO
        by default) or higher on `logger` (the root by default) or its
        children; the context gives the records and their texts."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Fail if the block logs any message of `level` or higher on
        `logger` or its children."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' % _common_shorten_repr(first, second))

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by '=='."""
        asserter = self._getAssertEqualityFunc(first, second)
        asserter(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if the two objects are equal as determined by '!='."""
        if not first != second:
            self._fail_with(msg, '%s == %s' % (safe_repr(first), safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second differ by at most delta, or round
        to equal at places decimal places (7 by default)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self._fail_with(msg, standard)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second are equal within delta or places."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self._fail_with(msg, standard)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless two sequences are equal item by item; the message
        names the first differing item and shows an ndiff of their
        pretty-printed forms."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"

        problem = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            problem = 'First %s has no length.    Non-sequence?' % kind
        if problem is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                problem = 'Second %s has no length.    Non-sequence?' % kind

        if problem is None:
            if seq1 == seq2:
                return
            problem = '%ss differ: %s != %s\n' % (
                (kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
            all_equal = True
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    problem += '\nUnable to index element %d of first %s\n' % (i, kind)
                    all_equal = False
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    problem += '\nUnable to index element %d of second %s\n' % (i, kind)
                    all_equal = False
                    break
                if item1 != item2:
                    problem += '\nFirst differing element %d:\n%s\n%s\n' % (
                        (i,) + _common_shorten_repr(item1, item2))
                    all_equal = False
                    break
            if (all_equal and len1 == len2 and seq_type is None
                    and type(seq1) != type(seq2)):
                # Equal items, different types: not a failure here.
                return
            if len1 > len2:
                problem += ('\nFirst %s contains %d additional elements.\n'
                            % (kind, len1 - len2))
                try:
                    problem += ('First extra element %d:\n%s\n'
                                % (len2, safe_repr(seq1[len2])))
                except (TypeError, IndexError, NotImplementedError):
                    problem += ('Unable to index element %d of first %s\n' % (len2, kind))
            elif len1 < len2:
                problem += ('\nSecond %s contains %d additional elements.\n'
                            % (kind, len2 - len1))
                try:
                    problem += ('First extra element %d:\n%s\n'
                                % (len1, safe_repr(seq2[len1])))
                except (TypeError, IndexError, NotImplementedError):
                    problem += ('Unable to index element %d of second %s\n' % (len1, kind))
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                              pprint.pformat(seq2).splitlines()))
        self.fail(self._formatMessage(msg, self._truncateMessage(problem, diff)))

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """A list-specific equality assertion."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """A tuple-specific equality assertion."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """A set-specific equality assertion: lists the items only in one."""
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Just like self.assertTrue(a in b), but with a nicer default message."""
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        """Just like self.assertTrue(a not in b), but with a nicer default message."""
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is b), but with a nicer default message."""
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (
                safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is not b), but with a nicer default message."""
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (
                safe_repr(expr1),)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = ('\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                   pprint.pformat(d2).splitlines())))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Checks whether dictionary is a superset of subset (deprecated)."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing = []
        mismatched = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        standard = ''
        if missing:
            standard = 'Missing: %s' % ','.join(safe_repr(m) for m in missing)
        if mismatched:
            if standard:
                standard += '; '
            standard += 'Mismatched values: %s' % ','.join(mismatched)
        self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        """Asserts that two iterables have the same elements, the same
        number of times, without regard to order."""
        first_items, second_items = list(first), list(second)
        try:
            first_counts = collections.Counter(first_items)
            second_counts = collections.Counter(second_items)
        except TypeError:
            differences = _count_diff_all_purpose(first_items, second_items)
        else:
            if first_counts == second_counts:
                return
            differences = _count_diff_hashable(first_items, second_items)
        if differences:
            lines = ['First has %d, Second has %d:  %r' % d for d in differences]
            standard = self._truncateMessage('Element counts were not equal:\n',
                                             '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal (with an ndiff)."""
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            first_lines = first.splitlines(keepends=True)
            second_lines = second.splitlines(keepends=True)
            if len(first_lines) == 1 and first.strip('\r\n') == first:
                first_lines = [first + '\n']
                second_lines = [second + '\n']
            standard = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(difflib.ndiff(first_lines, second_lines))
            self.fail(self._formatMessage(msg, self._truncateMessage(standard, diff)))

    def assertLess(self, a, b, msg=None):
        """Just like self.assertTrue(a < b), but with a nicer default message."""
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (
                safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a <= b), but with a nicer default message."""
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (
                safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        """Just like self.assertTrue(a > b), but with a nicer default message."""
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (
                safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a >= b), but with a nicer default message."""
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (
                safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        """Same as self.assertTrue(obj is None), with a nicer default message."""
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        """Included for symmetry with assertIsNone."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Same as self.assertTrue(isinstance(obj, cls)), with a nicer
        default message."""
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (
                safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Included for symmetry with assertIsInstance."""
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (
                safe_repr(obj), cls)))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """Asserts that the message in a raised exception matches a regex."""
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """Asserts that the message in a triggered warning matches a regex."""
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail the test unless the text matches the regular expression."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._fail_with(msg, "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail the test if the text matches the regular expression."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._fail_with(msg, 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text))

    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            warnings.warn('Please use {0} instead.'.format(original_func.__name__),
                          DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        return deprecated_func

    # The old names, deprecated since 3.2 (removed in 3.12).
    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)
    del _deprecate


class FunctionTestCase(TestCase):
    """A test case that wraps a test function (with optional set-up and
    tear-down functions)."""
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and
                self._tearDownFunc == other._tearDownFunc and
                self._testFunc == other._testFunc and
                self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


class _SubTest(TestCase):
    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append("[{}]".format(self._message))
        if self.params:
            parts.append("({})".format(", ".join(
                "{}={!r}".format(k, v) for (k, v) in self.params.items())))
        return " ".join(parts) or '(<subtest>)'

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        """Returns a one-line description of the subtest, or None."""
        return self.test_case.shortDescription()

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())


