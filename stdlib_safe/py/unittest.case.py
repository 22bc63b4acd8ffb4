"""unittest.case for moat: TestCase, FunctionTestCase and the skip decorators.

moat's own stand-in (see stdlib_safe/py/unittest.py), matching python3.11's
behaviour: running a test (set-up, the method, tear-down, cleanups) with its
outcome reported to a result, subtests, skips and expected failures, and the
assert methods with CPython's failure messages, character for character.
"""

import collections
import difflib
import functools
import pprint
import re
import sys
import types
import warnings

from unittest.result import TestResult
from unittest.util import (safe_repr, strclass, _common_shorten_repr,
                           _count_diff_all_purpose, _count_diff_hashable)

__unittest = True

# The message of a subtest opened without one (None is a valid message).
_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')

# Errors that mean "this object cannot be indexed (there)" in the sequence
# comparisons' messages.
_INDEX_ERRORS = (TypeError, IndexError, NotImplementedError)


class SkipTest(Exception):
    """Raised by a test (or skipTest()) to have it reported as skipped."""


class _ShouldStop(Exception):
    """Ends the current test early (failfast inside a subtest)."""


class _UnexpectedSuccess(Exception):
    """Reported as a failure to results without addUnexpectedSuccess."""


# ---------------------------------------------------------------------------
# Decorators

def _skipped(item, why):
    # A class keeps its body (the run checks the marks); a function is
    # replaced by one that raises SkipTest when called.
    if not isinstance(item, type):
        def raise_skip(*args, **kwargs):
            raise SkipTest(why)
        item = functools.wraps(item)(raise_skip)
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = why
    return item


def _unchanged(item):
    return item


def skip(reason):
    """Decorator: always skip the test or class, for `reason`."""
    if isinstance(reason, types.FunctionType):
        # Bare @skip: the "reason" is the decorated function.
        return _skipped(reason, '')

    def decorator(test_item):
        return _skipped(test_item, reason)
    return decorator


def skipUnless(condition, reason):
    """Decorator: skip unless `condition` is true."""
    return _unchanged if condition else skip(reason)


def skipIf(condition, reason):
    """Decorator: skip when `condition` is true."""
    return skipUnless(not condition, reason)


def expectedFailure(test_item):
    """Decorator: the test is expected to fail; passing is a failure."""
    setattr(test_item, '__unittest_expecting_failure__', True)
    return test_item


# ---------------------------------------------------------------------------
# Contexts and module-level cleanups

def _enter_context(cm, add_cleanup):
    # As the with statement does: both methods looked up on the type first.
    kind = type(cm)
    try:
        enter, leave = kind.__enter__, kind.__exit__
    except AttributeError:
        raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    entered = enter(cm)
    add_cleanup(leave, cm, None, None, None)
    return entered


_module_cleanups = []


def _newest_first(get_pending):
    # Pops the (function, args, kwargs) entries of the list get_pending()
    # returns, asked afresh each time, until it is empty.
    while True:
        pending = get_pending()
        if not pending:
            return
        yield pending.pop()


def addModuleCleanup(function, /, *args, **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests,
    even when setUpModule failed."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Enter cm now; leave it as a module cleanup."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Run the module cleanups, newest first; then raise the first error."""
    first_error = None
    for function, args, kwargs in _newest_first(lambda: _module_cleanups):
        try:
            function(*args, **kwargs)
        except Exception as exc:
            first_error = exc if first_error is None else first_error
    if first_error is not None:
        raise first_error


# ---------------------------------------------------------------------------
# Running the parts of a test

def _report_skip(result, test, reason):
    report = getattr(result, 'addSkip', None)
    if report is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        report(test, reason)


def _report_exception(result, test, exc_info):
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


class _Outcome(object):
    """The state of one test's run: whether its parts succeeded so far, and
    the expected failure caught, if any."""

    def __init__(self, result=None):
        self.expecting_failure, self.result = False, result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success, self.expectedFailure = True, None

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


class _Part:
    # The context in which one part (set-up, the method, tear-down, a
    # cleanup, a subtest's body) runs: what it raises is reported to the
    # result and swallowed, KeyboardInterrupt excepted.

    def __init__(self, outcome, test, in_subtest):
        self.outcome, self.test, self.in_subtest = outcome, test, in_subtest
        self.success_before = None

    def __enter__(self):
        self.success_before = self.outcome.success
        self.outcome.success = True

    def __exit__(self, exc_type, exc, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.in_subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            return self._absorb(outcome, exc_type, exc, tb)
        finally:
            outcome.success = outcome.success and self.success_before

    def _absorb(self, outcome, exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        if issubclass(exc_type, SkipTest):
            outcome.success = False
            _report_skip(outcome.result, self.test, str(exc))
        elif not issubclass(exc_type, _ShouldStop):
            caught = (exc_type, exc, tb)
            if outcome.expecting_failure:
                outcome.expectedFailure = caught
                return True
            outcome.success = False
            if self.in_subtest:
                outcome.result.addSubTest(self.test.test_case, self.test, caught)
            else:
                _report_exception(outcome.result, self.test, caught)
        return True


class _OrderedChainMap(collections.ChainMap):
    # A subtest's parameters over its enclosing ones': keys in the order
    # the innermost mapping gives them, then each outer one's new keys.

    def __iter__(self):
        listed = {}
        for layer in self.maps:
            listed.update(dict.fromkeys(key for key in layer if key not in listed))
        return iter(listed)


class _SubTestScope:
    # What `with self.subTest(...)` enters: the body runs as a part of its
    # own, reported under a _SubTest.

    def __init__(self, case, msg, params):
        self.case, self.msg, self.params = case, msg, params
        self.part = self.enclosing = None

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self.enclosing = enclosing = case._subtest
        if enclosing is None:
            layered = _OrderedChainMap(self.params)
        else:
            layered = enclosing.params.new_child(self.params)
        case._subtest = _SubTest(case, self.msg, layered)
        self.part = outcome.testPartExecutor(case._subtest, subTest=True)
        self.part.__enter__()
        return None

    def __exit__(self, exc_type, exc, tb):
        if self.part is None:
            return False
        case = self.case
        try:
            handled = self.part.__exit__(exc_type, exc, tb)
            if exc_type is not None and not handled:
                return False
            outcome = case._outcome
            if outcome.success:
                stop = bool(outcome.expectedFailure)
            else:
                result = outcome.result
                stop = result is not None and result.failfast
            if stop:
                # failfast, or an expected failure: the test ends here.
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.enclosing


# ---------------------------------------------------------------------------
# assertRaises, assertWarns and assertLogs

def _type_name(expected):
    try:
        return expected.__name__
    except AttributeError:
        return str(expected)


def _is_subtype(expected, basetype):
    pending = [expected]
    while pending:
        item = pending.pop()
        if isinstance(item, tuple):
            pending.extend(item)
        elif not (isinstance(item, type) and issubclass(item, basetype)):
            return False
    return True


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        case = self.test_case
        text = case._formatMessage(self.msg, standardMsg)
        raise case.failureException(text)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        super().__init__(test_case)
        self.expected = expected
        self.expected_regex = None if expected_regex is None else re.compile(expected_regex)
        self.obj_name = self.msg = None

    def handle(self, name, args, kwargs):
        """With no callable in args, return this context (taking `msg` from
        kwargs); otherwise call it with the rest under the context."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if args:
            target, rest = args[0], args[1:]
            try:
                self.obj_name = target.__name__
            except AttributeError:
                self.obj_name = str(target)
            try:
                with self:
                    target(*rest, **kwargs)
            finally:
                # The exception kept, through its context's frames, reaches
                # this frame: drop its reference to this context.
                del self
            return None
        self.msg = kwargs.pop('msg', None)
        for unknown in kwargs:
            raise TypeError('%r is an invalid keyword argument for '
                            'this function' % (unknown,))
        return self

    def _not_seen(self, verb):
        what = _type_name(self.expected)
        if self.obj_name:
            self._raiseFailure("{} not {} by {}".format(what, verb, self.obj_name))
        self._raiseFailure("{} not {}".format(what, verb))

    def _mismatch(self, text):
        self._raiseFailure('"{}" does not match "{}"'.format(
            self.expected_regex.pattern, text))


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context of assertRaises and assertRaisesRegex."""
    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    __class_getitem__ = classmethod(types.GenericAlias)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            self._not_seen('raised')
        if not issubclass(exc_type, self.expected):
            return False   # someone else's exception: let it through
        self.exception = exc_value.with_traceback(None)
        pattern = self.expected_regex
        if pattern is not None and not pattern.search(str(exc_value)):
            self._mismatch(str(exc_value))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context of assertWarns and assertWarnsRegex."""
    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        manager = warnings.catch_warnings(record=True)
        # A warning shown once before must show again inside the block.
        for seen in warnings._registries.values():
            seen.clear()
        self.warnings_manager, self.warnings = manager, manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return None
        wanted = [w for w in self.warnings if isinstance(w.message, self.expected)]
        pattern = self.expected_regex
        for caught in wanted:
            if pattern is None or pattern.search(str(caught.message)):
                self.warning = caught.message
                self.filename, self.lineno = caught.filename, caught.lineno
                return None
        if wanted:
            self._mismatch(str(wanted[0].message))
        self._not_seen('triggered')
        return None


_LoggingWatcher = collections.namedtuple("_LoggingWatcher", ["records", "output"])
_LoggingWatcher.__module__ = 'unittest._log'

_handler_class = []   # made on first use, so that logging loads only then


def _capturing_handler_class():
    if not _handler_class:
        import logging

        class _CapturingHandler(logging.Handler):
            """Keeps each record and its formatted text."""
            __module__ = 'unittest._log'

            def __init__(self):
                logging.Handler.__init__(self)
                self.watcher = _LoggingWatcher([], [])

            def flush(self):
                pass

            def emit(self, record):
                self.watcher.records.append(record)
                self.watcher.output.append(self.format(record))

        _handler_class.append(_CapturingHandler)
    return _handler_class[0]


class _AssertLogsContext(_BaseTestCaseContext):
    """The context of assertLogs and assertNoLogs: for the block, the
    logger's records at the level and above go to a capturing handler
    only."""
    __module__ = 'unittest._log'

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        import logging
        named = self.logger_name
        self.logger = logger = (named if isinstance(named, logging.Logger)
                                else logging.getLogger(named))
        layout = logging.Formatter(self.LOGGING_FORMAT)
        handler = _capturing_handler_class()()
        handler.setLevel(self.level)
        handler.setFormatter(layout)
        self.watcher = handler.watcher
        self.old_handlers = list(logger.handlers)
        self.old_level, self.old_propagate = logger.level, logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        logger = self.logger
        logger.handlers = self.old_handlers
        logger.propagate = self.old_propagate
        logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        caught = self.watcher
        if self.no_logs and caught.records:
            self._raiseFailure("Unexpected logs found: {!r}".format(caught.output))
        if not self.no_logs and not caught.records:
            self._raiseFailure("no logs of level {} or higher triggered on {}".format(
                logging.getLevelName(self.level), logger.name))
        return None


# ---------------------------------------------------------------------------
# Pieces of the assert methods' messages

def _indexed(seq, index):
    # (True, seq[index]), or (False, None) when it cannot be indexed.
    try:
        return True, seq[index]
    except _INDEX_ERRORS:
        return False, None


def _ndiff_of_pformats(first, second):
    lines = difflib.ndiff(pprint.pformat(first).splitlines(),
                          pprint.pformat(second).splitlines())
    return '\n' + '\n'.join(lines)


def _sequence_mismatch(seq1, seq2, kind, seq_type):
    # The explanation of how two sequences differ, or None when they count
    # as equal.
    sizes = []
    for which, seq in (('First', seq1), ('Second', seq2)):
        try:
            sizes.append(len(seq))
        except (TypeError, NotImplementedError):
            return '%s %s has no length.    Non-sequence?' % (which, kind)
    if seq1 == seq2:
        return None
    len1, len2 = sizes
    text = '%ss differ: %s != %s\n' % ((kind.capitalize(),) + _common_shorten_repr(seq1, seq2))
    found = False
    for i in range(min(len1, len2)):
        ok1, item1 = _indexed(seq1, i)
        if not ok1:
            text += '\nUnable to index element %d of first %s\n' % (i, kind)
            found = True
            break
        ok2, item2 = _indexed(seq2, i)
        if not ok2:
            text += '\nUnable to index element %d of second %s\n' % (i, kind)
            found = True
            break
        if item1 != item2:
            text += '\nFirst differing element %d:\n%s\n%s\n' % (
                (i,) + _common_shorten_repr(item1, item2))
            found = True
            break
    if not found and len1 == len2 and seq_type is None and type(seq1) != type(seq2):
        return None   # the same items in sequences of different types
    if len1 != len2:
        text += _extra_items(len1, len2, seq1, seq2, kind)
    return text


def _extra_items(len1, len2, seq1, seq2, kind):
    if len1 > len2:
        head, side, longer, at = 'First', 'first', seq1, len2
    else:
        head, side, longer, at = 'Second', 'second', seq2, len1
    text = '\n%s %s contains %d additional elements.\n' % (head, kind, abs(len1 - len2))
    ok, extra = _indexed(longer, at)
    if not ok:
        return text + 'Unable to index element %d of %s %s\n' % (at, side, kind)
    return text + 'First extra element %d:\n%s\n' % (at, safe_repr(extra))


# The assertEqual specialisations installed in every TestCase, by type.
_EQUALITY_METHODS = ((dict, 'assertDictEqual'), (list, 'assertListEqual'),
                     (tuple, 'assertTupleEqual'), (set, 'assertSetEqual'),
                     (frozenset, 'assertSetEqual'), (str, 'assertMultiLineEqual'))


def _checked_tolerance(places, delta):
    if delta is not None and places is not None:
        raise TypeError("specify delta or places not both")
    return (7 if places is None and delta is None else places), delta


class TestCase(object):
    """One test: an instance runs one method of the class (the name given
    to the constructor) between setUp and tearDown.

    Subclasses may set failureException (the exception the asserts raise),
    longMessage (append an explicit msg to the standard message rather than
    replace it) and maxDiff (the longest diff shown in a failure).
    """
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    # assertMultiLineEqual leaves difflib alone past this length.
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        # Per class: TestSuite's record of a failed setUpClass, and the
        # class cleanups.
        cls._classSetupFailed, cls._class_cleanups = False, []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        """Make the test that runs the method `methodName`; ValueError if
        the class has none (except for the default, runTest)."""
        self._testMethodName, self._outcome = methodName, None
        self._testMethodDoc = 'No test'
        try:
            self._testMethodDoc = getattr(self, methodName).__doc__
        except AttributeError:
            # Only the default name may be missing (the error chains to
            # the AttributeError, as CPython's does).
            if methodName != 'runTest':
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        self._cleanups, self._subtest, self._type_equality_funcs = [], None, {}
        for kind, method_name in _EQUALITY_METHODS:
            self.addTypeEqualityFunc(kind, method_name)

    # -- identity ----------------------------------------------------------

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __str__(self):
        name = self._testMethodName
        return "%s (%s.%s)" % (name, strclass(self.__class__), name)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(other) is type(self):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def countTestCases(self):
        return 1

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def defaultTestResult(self):
        return TestResult()

    # -- fixtures and cleanups ----------------------------------------------

    def setUp(self):
        """Override: runs before each test method."""

    def tearDown(self):
        """Override: runs after each test method whose setUp succeeded."""

    @classmethod
    def setUpClass(cls):
        """Override: runs once before the class's tests."""

    @classmethod
    def tearDownClass(cls):
        """Override: runs once after the class's tests."""

    def addCleanup(self, function, /, *args, **kwargs):
        """Register function(*args, **kwargs) to run after tearDown (even
        when setUp failed), newest first."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enter cm now; leave it as a cleanup. Returns what it entered."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """addCleanup for the class: run after tearDownClass (even when
        setUpClass failed)."""
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """enterContext for the class."""
        return _enter_context(cm, cls.addClassCleanup)

    def doCleanups(self):
        """Run the cleanups, newest first, reporting what they raise."""
        outcome = self._outcome or _Outcome()
        for function, args, kwargs in _newest_first(lambda: self._cleanups):
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups, newest first; what they raise is kept in
        tearDown_exceptions as exc_info triples."""
        raised = cls.tearDown_exceptions = []
        for function, args, kwargs in _newest_first(lambda: cls._class_cleanups):
            try:
                function(*args, **kwargs)
            except Exception:
                raised.append(sys.exc_info())

    # -- running -----------------------------------------------------------

    # The calls of the parts of a test, which subclasses may wrap.

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _callTearDown(self):
        self.tearDown()

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        returned = method()
        if returned is not None:
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=3)

    def _skip_reason(self, method):
        # Why the class or the method is marked skipped, or None.
        if not any(getattr(item, '__unittest_skip__', False)
                   for item in (self.__class__, method)):
            return None
        return (getattr(self.__class__, '__unittest_skip_why__', '')
                or getattr(method, '__unittest_skip_why__', ''))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        stop_run = None
        if result is None:
            result = self.defaultTestResult()
            start_run = getattr(result, 'startTestRun', None)
            stop_run = getattr(result, 'stopTestRun', None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            why = self._skip_reason(method)
            if why is not None:
                _report_skip(result, self, why)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            outcome = self._outcome = _Outcome(result)
            try:
                # Called from here, so that a warning's stacklevel counts
                # the frames CPython's does.
                for call, args in self._steps(outcome, method, expecting):
                    with outcome.testPartExecutor(self):
                        call(*args)
                self.doCleanups()
                if outcome.success:
                    self._report_outcome(result, expecting, outcome.expectedFailure)
                return result
            finally:
                outcome.expectedFailure = self._outcome = None
        finally:
            result.stopTest(self)
            if stop_run is not None:
                stop_run()

    def _steps(self, outcome, method, expecting):
        # set-up; then, if it passed, the method (where a failure may be
        # the expected one) and tear-down.
        yield self._callSetUp, ()
        if not outcome.success:
            return
        outcome.expecting_failure = expecting
        yield self._callTestMethod, (method,)
        outcome.expecting_failure = False
        yield self._callTearDown, ()

    def _report_outcome(self, result, expecting, caught):
        if not expecting:
            result.addSuccess(self)
        elif caught:
            self._addExpectedFailure(result, caught)
        else:
            self._addUnexpectedSuccess(result)

    # For results older than these two methods, the fallbacks run while the
    # AttributeError is being handled, as in CPython.

    def _addExpectedFailure(self, result, exc_info):
        try:
            report = result.addExpectedFailure
        except AttributeError:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
            return
        report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        try:
            report = result.addUnexpectedSuccess
        except AttributeError:
            warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                          RuntimeWarning)
            self._report_unexpected_as_failure(result)
            return
        report(self)

    def _report_unexpected_as_failure(self, result):
        # An older result wants a real exception to report.
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess:
            result.addFailure(self, sys.exc_info())

    def debug(self):
        """Run the test with no result: what it raises propagates."""
        method = getattr(self, self._testMethodName)
        why = self._skip_reason(method)
        if why is not None:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        for function, args, kwargs in _newest_first(lambda: self._cleanups):
            self._callCleanup(function, *args, **kwargs)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """Context manager: its body is a subtest named by msg and params;
        a failure there is reported and the test goes on after the block."""
        return _SubTestScope(self, msg, params)

    def skipTest(self, reason):
        """Stop the test here; it is reported as skipped for reason."""
        raise SkipTest(reason)

    # -- failing -----------------------------------------------------------

    def fail(self, msg=None):
        """Fail now, with msg."""
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        # With longMessage, msg (if any) follows the standard message after
        # " : "; without it, msg (if any) replaces it.
        if not self.longMessage:
            return msg or standardMsg
        if msg is not None:
            try:
                return '%s : %s' % (standardMsg, msg)
            except UnicodeDecodeError:
                return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))
        return standardMsg

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + DIFF_OMITTED % len(diff)
        return message + diff

    def _raise_failure(self, msg, template, *values):
        # Raises directly: the standard message, the values' safe reprs in
        # the template.
        text = self._formatMessage(msg, template % tuple(map(safe_repr, values)))
        raise self.failureException(text)

    def _fail_through(self, msg, standard):
        # Fails through self.fail, which a subclass may override.
        self.fail(self._formatMessage(msg, standard))

    def _fail_reprs(self, msg, template, *values):
        self._fail_through(msg, template % tuple(safe_repr(value) for value in values))

    # -- truth, identity, membership, order --------------------------------

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            self._raise_failure(msg, "%s is not true", expr)

    def assertFalse(self, expr, msg=None):
        """Fail if expr is true."""
        if expr:
            self._raise_failure(msg, "%s is not false", expr)

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self._fail_reprs(msg, '%s is not None', obj)

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self._fail_through(msg, 'unexpectedly None')

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            self._fail_reprs(msg, '%s is not %s', expr1, expr2)

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            self._fail_reprs(msg, 'unexpectedly identical: %s', expr1)

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            self._fail_through(msg, '%s is not an instance of %r' % (safe_repr(obj), cls))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            self._fail_through(msg, '%s is an instance of %r' % (safe_repr(obj), cls))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            self._fail_reprs(msg, '%s not found in %s', member, container)

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            self._fail_reprs(msg, '%s unexpectedly found in %s', member, container)

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self._fail_reprs(msg, '%s not greater than %s', a, b)

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self._fail_reprs(msg, '%s not greater than or equal to %s', a, b)

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self._fail_reprs(msg, '%s not less than %s', a, b)

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self._fail_reprs(msg, '%s not less than or equal to %s', a, b)

    # -- equality ----------------------------------------------------------

    def addTypeEqualityFunc(self, typeobj, function):
        """Have assertEqual compare two objects both exactly of typeobj with
        function (a callable or the name of a method) taking (first,
        second, msg=None)."""
        self._type_equality_funcs[typeobj] = function

    def _getAssertEqualityFunc(self, first, second):
        kind = type(first)
        special = self._type_equality_funcs.get(kind) if type(second) is kind else None
        if special is None:
            return self._baseAssertEqual
        return getattr(self, special) if isinstance(special, str) else special

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            text = self._formatMessage(msg, '%s != %s' % _common_shorten_repr(first, second))
            raise self.failureException(text)

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second (compared in detail for the built-in
        containers and str)."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail unless first != second."""
        if not first != second:
            self._raise_failure(msg, '%s == %s', first, second)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are within delta of each other, or
        their difference rounds to 0 at `places` digits (7 by default)."""
        if first == second:
            return
        places, delta = _checked_tolerance(places, delta)
        diff = abs(first - second)
        close = diff <= delta if delta is not None else round(diff, places) == 0
        if close:
            return
        head = '%s != %s' % (safe_repr(first), safe_repr(second))
        if delta is None:
            tail = '%r places (%s difference)' % (places, safe_repr(diff))
        else:
            tail = '%s delta (%s difference)' % (safe_repr(delta), safe_repr(diff))
        text = self._formatMessage(msg, head + ' within ' + tail)
        raise self.failureException(text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail if first and second are equal, or within delta of each
        other, or their difference rounds to 0 at `places` digits."""
        places, delta = _checked_tolerance(places, delta)
        diff = abs(first - second)
        if delta is None:
            if not first == second and round(diff, places) != 0:
                return
            standard = '%s == %s within %r places' % (safe_repr(first), safe_repr(second),
                                                      places)
        else:
            if not first == second and diff > delta:
                return
            head = '%s == %s within ' % (safe_repr(first), safe_repr(second))
            standard = head + '%s delta (%s difference)' % (safe_repr(delta), safe_repr(diff))
        text = self._formatMessage(msg, standard)
        raise self.failureException(text)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal item by item; seq_type,
        if given, is the type both must be instances of."""
        kind = "sequence"
        if seq_type is not None:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    raise self.failureException('%s sequence is not a %s: %s'
                                                % (which, kind, safe_repr(seq)))
        problem = _sequence_mismatch(seq1, seq2, kind, seq_type)
        if problem is None:
            return
        standard = self._truncateMessage(problem, _ndiff_of_pformats(seq1, seq2))
        self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def _set_difference(self, left, right, position):
        try:
            return left.difference(right)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('%s argument does not support set difference: %s' % (position, e))

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets (anything with .difference()) hold the
        same items; the message lists the items of only one."""
        only_first = self._set_difference(set1, set2, 'first')
        only_second = self._set_difference(set2, set1, 'second')
        if not (only_first or only_second):
            return
        lines = []
        for items, heading in ((only_first, 'Items in the first set but not the second:'),
                               (only_second, 'Items in the second set but not the first:')):
            if items:
                lines.append(heading)
                lines.extend(map(repr, items))
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if not d1 != d2:
            return
        shown = '%s != %s' % _common_shorten_repr(d1, d2)
        self.fail(self._formatMessage(
            msg, self._truncateMessage(shown, _ndiff_of_pformats(d1, d2))))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Fail unless dictionary holds every key of subset with an equal
        value (deprecated)."""
        warnings.warn('assertDictContainsSubset is deprecated', DeprecationWarning)
        missing, mismatched = [], []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
                continue
            actual = dictionary[key]
            if value != actual:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(actual)))
        parts = []
        if missing:
            parts.append('Missing: ' + ','.join(map(safe_repr, missing)))
        if mismatched:
            parts.append('Mismatched values: ' + ','.join(mismatched))
        if parts:
            self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the two iterables hold the same items the same number
        of times, in any order."""
        items1, items2 = list(first), list(second)
        try:
            tallies = collections.Counter(items1), collections.Counter(items2)
        except TypeError:
            # Unhashable items: the slow count.
            counts = _count_diff_all_purpose(items1, items2)
        else:
            if tallies[0] == tallies[1]:
                return
            counts = _count_diff_hashable(items1, items2)
        if not counts:
            return
        listing = '\n'.join('First has %d, Second has %d:  %r' % row for row in counts)
        standard = self._truncateMessage('Element counts were not equal:\n', listing)
        self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal; the message shows an ndiff
        of their lines."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if not first != second:
            return
        threshold = self._diffThreshold
        if len(first) > threshold or len(second) > threshold:
            self._baseAssertEqual(first, second, msg)
        lines1, lines2 = first.splitlines(keepends=True), second.splitlines(keepends=True)
        if len(lines1) == 1 and first.strip('\r\n') == first:
            # One line without its end: compare it as a whole line.
            lines1, lines2 = [first + '\n'], [second + '\n']
        shown = '%s != %s' % _common_shorten_repr(first, second)
        diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
        self.fail(self._formatMessage(msg, self._truncateMessage(shown, diff)))

    # -- exceptions, warnings, logs, regular expressions -----------------

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fail unless the callable args[0] (called with the rest), or the
        with block when no callable is given, raises expected_exception (a
        class or tuple of classes). As a context manager, the exception is
        kept as its `exception`; msg= gives the failure's message."""
        return _AssertRaisesContext(expected_exception, self).handle(
            'assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """assertRaises, and the exception's str() must match expected_regex."""
        return _AssertRaisesContext(expected_exception, self, expected_regex).handle(
            'assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """Fail unless the callable (or the with block) triggers a warning of
        expected_warning; the context keeps it as `warning`, with its
        `filename` and `lineno`."""
        return _AssertWarnsContext(expected_warning, self).handle(
            'assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """assertWarns, and the warning's text must match expected_regex."""
        return _AssertWarnsContext(expected_warning, self, expected_regex).handle(
            'assertWarnsRegex', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """Context manager: fail unless the block logs a record at `level`
        (INFO by default) or above on `logger` (the root by default) or its
        children. It gives an object with the `records` and their
        formatted `output`."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """Context manager: fail if the block logs a record at `level` or
        above on `logger` or its children."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex is found in text."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if expected_regex.search(text):
            return
        standard = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
        text = self._formatMessage(msg, standard)
        raise self.failureException(text)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if not found:
            return
        standard = 'Regex matched: %r matches %r in %r' % (
            text[found.start():found.end()], unexpected_regex.pattern, text)
        text = self._formatMessage(msg, standard)
        raise self.failureException(text)


def _deprecated_alias(method):
    def deprecated_func(*args, **kwargs):
        warnings.warn('Please use {0} instead.'.format(method.__name__),
                      DeprecationWarning, 2)
        return method(*args, **kwargs)
    return deprecated_func


# The old spellings (removed in 3.12), each warning and then calling its
# modern method. Pairs share one function, as in CPython.
for _modern, _olds in (('assertEqual', ('failUnlessEqual', 'assertEquals')),
                       ('assertNotEqual', ('failIfEqual', 'assertNotEquals')),
                       ('assertAlmostEqual', ('failUnlessAlmostEqual', 'assertAlmostEquals')),
                       ('assertNotAlmostEqual', ('failIfAlmostEqual', 'assertNotAlmostEquals')),
                       ('assertTrue', ('failUnless', 'assert_')),
                       ('assertRaises', ('failUnlessRaises',)),
                       ('assertFalse', ('failIf',)),
                       ('assertRaisesRegex', ('assertRaisesRegexp',)),
                       ('assertRegex', ('assertRegexpMatches',)),
                       ('assertNotRegex', ('assertNotRegexpMatches',))):
    _alias = _deprecated_alias(getattr(TestCase, _modern))
    _alias.__qualname__ = 'TestCase._deprecate.<locals>.deprecated_func'
    for _old in _olds:
        setattr(TestCase, _old, _alias)
del _modern, _olds, _alias, _old


class FunctionTestCase(TestCase):
    """A TestCase running a plain function, with optional set-up and
    tear-down functions and a description."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._testFunc, self._description = testFunc, description

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def _parts(self):
        return (self._setUpFunc, self._tearDownFunc, self._testFunc, self._description)

    def __hash__(self):
        return hash((type(self),) + self._parts())

    def __eq__(self, other):
        if isinstance(other, self.__class__):
            return all(mine == theirs
                       for mine, theirs in zip(self._parts(), other._parts()))
        return NotImplemented

    def id(self):
        return self._testFunc.__name__

    def shortDescription(self):
        if self._description is None:
            doc = self._testFunc.__doc__
            return (doc and doc.split("\n")[0].strip()) or None
        return self._description

    def _call_if_given(self, hook):
        if hook is not None:
            hook()

    def setUp(self):
        self._call_if_given(self._setUpFunc)

    def tearDown(self):
        self._call_if_given(self._tearDownFunc)

    def runTest(self):
        self._testFunc()


class _SubTest(TestCase):
    # One subtest of test_case, as results see it.

    def _subDescription(self):
        words = []
        if self._message is not _subtest_msg_sentinel:
            words.append("[{}]".format(self._message))
        if self.params:
            pairs = ("{}={!r}".format(key, value) for key, value in self.params.items())
            words.append("({})".format(", ".join(pairs)))
        return " ".join(words) or '(<subtest>)'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message, self.test_case, self.params = message, test_case, params
        self.failureException = test_case.failureException

    def id(self):
        return "{} {}".format(self.test_case.id(), self._subDescription())

    def __str__(self):
        return "{} {}".format(self.test_case, self._subDescription())

    def shortDescription(self):
        """The description of the test the subtest belongs to."""
        return self.test_case.shortDescription()

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")
