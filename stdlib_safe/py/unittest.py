"""Unit testing framework, as CPython 3.11's unittest package.

Written for moat from the documented behaviour of CPython 3.11's unittest
and checked against python3.11's output: TestCase with every assert method
and its failure messages, subTest, fixtures and cleanups at test, class and
module level, skips and expected failures, TestSuite, TestLoader, TestResult,
TextTestResult/TextTestRunner and main() (TestProgram).

As in CPython, unittest.util, unittest.case and unittest.result are
submodules (py/unittest.util.py...); the suite, loader, runner and main
parts live here, each class with the `__module__` of its CPython submodule
(unittest.suite, .loader, .runner, .main), which reprs and test
descriptions show.

Differences, all from the sandbox: there is no clock, so "Ran N tests in
X.XXXs" always says 0.000s; test discovery and loading modules by name
(other than those already imported) need files and are refused; `-c`
(catch Ctrl-C) has nothing to catch, since no signal reaches a script;
`--locals` is refused as traceback's capture_locals is; unittest.mock is
not provided. Tracebacks of failing tests leave out the
frames of moat's own modules, as CPython leaves out unittest's; for an
error raised inside unittest's own code CPython also shows those frames.
"""

import sys
import re
import warnings
import traceback
import types
import functools
from fnmatch import fnmatchcase as _fnmatchcase

from unittest.util import strclass, three_way_cmp
from unittest.result import TestResult
from unittest.case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf,
                           skipUnless, expectedFailure, addModuleCleanup,
                           doModuleCleanups, enterModuleContext, _SubTest)

# _module(name), the module of that name (`__main__` included), comes
# from the native init (stdlib_safe/unittest_module.h).

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner',
           'TestLoader', 'FunctionTestCase', 'main', 'defaultTestLoader',
           'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'registerResult', 'removeResult',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True


# Results registered for a Ctrl-C handler; the sandbox has no signals, so
# nothing ever stops them, but the registry behaves as CPython's.
_results = {}


def registerResult(result):
    _results[id(result)] = result


def removeResult(result):
    return _results.pop(id(result), None) is not None


# ---------------------------------------------------------------------------
# Suites (CPython's unittest.suite)

def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class BaseTestSuite(object):
    """A simple test suite that doesn't provide class or module shared fixtures."""
    __module__ = 'unittest.suite'

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        """Stop holding a reference to the TestCase at index."""
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        for test in self:
            test.debug()


def _is_not_suite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _ErrorHolder(object):
    """Stands in for a test in a result when a fixture outside any test
    (setUpClass, setUpModule, their tear-downs) failed."""
    __module__ = 'unittest.suite'

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


class _DebugResult(object):
    "Used by the TestSuite to hold previous class when running in debug."
    __module__ = 'unittest.suite'

    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A test suite is a composite test consisting of a number of TestCases,
    running the class and module fixtures (setUpClass, setUpModule...)
    around them."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = top_level = True

        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _is_not_suite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)

        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        failed = False
        try:
            current._classSetupFailed = False
        except TypeError:
            pass
        set_up = getattr(current, 'setUpClass', None)
        class_cleanups = getattr(current, 'doClassCleanups', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                failed = True
                try:
                    current._classSetupFailed = True
                except TypeError:
                    pass
                self._createClassOrModuleLevelException(
                    result, e, 'setUpClass', strclass(current))
            if failed and class_cleanups is not None:
                class_cleanups()
                for exc_info in current.tearDown_exceptions:
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'setUpClass', strclass(current), info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        return None if previous is None else previous.__module__

    def _handleModuleFixture(self, test, result):
        previous_module = self._get_previous_module(result)
        current_module = test.__class__.__module__
        if current_module == previous_module:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = _module(current_module)
        if module is None:
            return
        set_up = getattr(module, 'setUpModule', None)
        if set_up is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            try:
                set_up()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                result._moduleSetUpFailed = True
                self._createClassOrModuleLevelException(
                    result, e, 'setUpModule', current_module)
            if result._moduleSetUpFailed:
                try:
                    doModuleCleanups()
                except Exception as e:
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpModule', current_module)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name,
                                           parent, info=None):
        self._addClassOrModuleLevelException(result, exc, f'{method_name} ({parent})', info)

    def _addClassOrModuleLevelException(self, result, exception, errorName, info=None):
        error = _ErrorHolder(errorName)
        add_skip = getattr(result, 'addSkip', None)
        if add_skip is not None and isinstance(exception, SkipTest):
            add_skip(error, str(exception))
        elif not info:
            result.addError(error, (type(exception), exception, exception.__traceback__))
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previous_module = self._get_previous_module(result)
        if previous_module is None:
            return
        if result._moduleSetUpFailed:
            return
        module = _module(previous_module)
        if module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tear_down = getattr(module, 'tearDownModule', None)
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownModule', previous_module)
            try:
                doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(
                    result, e, 'tearDownModule', previous_module)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous or previous is None:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tear_down = getattr(previous, 'tearDownClass', None)
        class_cleanups = getattr(previous, 'doClassCleanups', None)
        if tear_down is None and class_cleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            if tear_down is not None:
                try:
                    tear_down()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownClass', strclass(previous))
            if class_cleanups is not None:
                class_cleanups()
                for exc_info in previous.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'tearDownClass', strclass(previous),
                        info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')


# ---------------------------------------------------------------------------
# Loading tests (CPython's unittest.loader)

class _FailedTest(TestCase):
    # Stands in for a test that could not be loaded: running it raises the
    # loading error.
    __module__ = 'unittest.loader'

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))

        def testFailure():
            raise self._exception
        return testFailure


def _make_failed_test(methodname, exception, suiteClass, message):
    return suiteClass((_FailedTest(methodname, exception),)), message


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (traceback.format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


class TestLoader(object):
    """Makes test suites: from a TestCase class (its methods named with
    testMethodPrefix, in sorted order), a module, or dotted names."""
    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (TestCase, FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module"""
        if len(args) > 0 or 'use_load_tests' in kws:
            warnings.warn('use_load_tests is deprecated and ignored',
                          DeprecationWarning)
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            complaint = len(args) + 1
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(complaint))
        if len(kws) != 0:
            complaint = sorted(kws)[0]
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(complaint))
        tests = []
        for name in dir(module):
            # A module's dir() may list names the sandbox withholds.
            obj = getattr(module, name, None)
            if (isinstance(obj, type) and issubclass(obj, TestCase)
                    and obj not in (TestCase, FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of all test cases given a string specifier: a
        dotted name relative to module, of a module, a TestCase class, one
        of its test methods, a suite, or a callable returning a test."""
        parts = name.split('.')
        error_case = error_message = None
        if module is None:
            # Only modules already imported can be named: the sandbox
            # loads no files.
            parts_copy = parts[:]
            while parts_copy:
                module = _module('.'.join(parts_copy))
                if module is not None:
                    break
                del parts_copy[-1]
            else:
                try:
                    raise ModuleNotFoundError("No module named %r" % (parts[0],),
                                              name=parts[0])
                except ImportError:
                    message = 'Failed to import test module: %s\n%s' % (
                        name, traceback.format_exc())
                    error_case, error_message = _make_failed_test(
                        name, ImportError(message), self.suiteClass, message)
                    self.errors.append(error_message)
                    return error_case
            parts = parts[len(parts_copy):]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (traceback.format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, types.FunctionType) and
              isinstance(parent, type) and issubclass(parent, TestCase)):
            method_name = parts[-1]
            instance = parent(method_name)
            # A static method, for instance, is not a test.
            if not isinstance(getattr(instance, method_name), types.FunctionType):
                return self.suiteClass([instance])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            elif isinstance(test, TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """Return a suite of all test cases found using the given sequence
        of string specifiers. See 'loadTestsFromName()'."""
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass"""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def wanted(attrname):
            if not attrname.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full_name = '%s.%s.%s' % (testCaseClass.__module__,
                                      testCaseClass.__qualname__, attrname)
            return patterns is None or any(_fnmatchcase(full_name, p) for p in patterns)

        names = [name for name in dir(testCaseClass) if wanted(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """Test discovery finds test files in directories: the sandbox has
        no files, so it is refused."""
        raise ImportError("test discovery is not available in the sandbox "
                          "(moat loads no files); run the tests of a module instead")


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp, testNamePatterns=None):
    warnings.warn(
        "unittest.getTestCaseNames() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.getTestCaseNames() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns
                       ).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    warnings.warn(
        "unittest.makeSuite() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.loadTestsFromTestCase() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp, suiteClass=TestSuite):
    warnings.warn(
        "unittest.findTestCases() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.loadTestsFromModule() instead.",
        DeprecationWarning, stacklevel=2)
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


# ---------------------------------------------------------------------------
# The text runner (CPython's unittest.runner)

class _WritelnDecorator(object):
    """Used to decorate file-like objects with a handy 'writeln' method"""
    __module__ = 'unittest.runner'

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A test result class that can print formatted text results to a stream.

    Used by TextTestRunner.
    """
    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _progress(self, test, status, letter):
        if self.showAll:
            self._write_status(test, status)
        elif self.dots:
            self.stream.write(letter)
            self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._progress(subtest, "FAIL", 'F')
            else:
                self._progress(subtest, "ERROR", 'E')
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        self._progress(test, "ok", '.')

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        self._progress(test, "ERROR", 'E')

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        self._progress(test, "FAIL", 'F')

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        self._progress(test, "skipped {0!r}".format(reason), 's')

    # CPython 3.11 writes these two statuses without the test's description
    # (even after a subtest's line).
    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self.stream.write("x")
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self.stream.write("u")
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.writeln(self.separator1)
            for test in unexpected:
                self.stream.writeln(f"UNEXPECTED SUCCESS: {self.getDescription(test)}")
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner(object):
    """A test runner class that displays results in textual form.

    It prints out the names of tests as they are run, errors as they
    occur, and a summary of the results at the end of the test run.
    """
    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        "Run the given test case or test suite."
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                if self.warnings in ['default', 'always']:
                    # The deprecated assert names warn once per module.
                    warnings.filterwarnings('module', category=DeprecationWarning,
                                            message=r'Please use assert\w+ instead.')
            start = getattr(result, 'startTestRun', None)
            if start is not None:
                start()
            try:
                test(result)
            finally:
                stop = getattr(result, 'stopTestRun', None)
                if stop is not None:
                    stop()
        # moat has no clock (docs/SECURITY.md): the run takes no time.
        time_taken = 0.0
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" %
                            (run, run != 1 and "s" or "", time_taken))
        self.stream.writeln()

        expected_fails = unexpected_successes = skipped = 0
        try:
            counts = map(len, (result.expectedFailures,
                               result.unexpectedSuccesses,
                               result.skipped))
        except AttributeError:
            pass
        else:
            expected_fails, unexpected_successes, skipped = counts

        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expected_fails:
            infos.append("expected failures=%d" % expected_fails)
        if unexpected_successes:
            infos.append("unexpected successes=%d" % unexpected_successes)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---------------------------------------------------------------------------
# The command line (CPython's unittest.main)

_MODULE_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

# The options as argparse shows them: (flags, attribute, value taken,
# help text); -f, -c and -b only when main()'s argument left them open.
_OPTIONS = [
    (('-h', '--help'), None, None, 'show this help message and exit'),
    (('-v', '--verbose'), 'verbosity', 2, 'Verbose output'),
    (('-q', '--quiet'), 'verbosity', 0, 'Quiet output'),
    (('--locals',), 'tb_locals', True, 'Show local variables in tracebacks'),
    (('-f', '--failfast'), 'failfast', True, 'Stop on first fail or error'),
    (('-c', '--catch'), 'catchbreak', True, 'Catch Ctrl-C and display results so far'),
    (('-b', '--buffer'), 'buffer', True, 'Buffer stdout and stderr during tests'),
    (('-k',), 'testNamePatterns', 'TESTNAMEPATTERNS',
     'Only run tests which match the given substring'),
]


class _UsageError(Exception):
    pass


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable.
    """
    __module__ = 'unittest.main'

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            found = _module(module)
            if found is None:
                raise ModuleNotFoundError("No module named %r" % (module,), name=module)
            self.module = found
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        # No -W options reach a sandboxed script (sys.warnoptions is empty).
        self.warnings = 'default' if warnings is None else warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else ''
        self.parseArgs(argv)
        self.runTests()

    def _options(self):
        # The options main()'s own arguments left open, fixed when parsing
        # starts (as CPython builds its parser then).
        shown = getattr(self, '_shown_options', None)
        if shown is None:
            shown = [option for option in _OPTIONS
                     if option[1] not in ('failfast', 'catchbreak', 'buffer')
                     or getattr(self, option[1]) is None]
            self._shown_options = shown
        return shown

    def _usage(self):
        # argparse's usage line, wrapped as it wraps it for 80 columns.
        prefix = 'usage: '
        optionals = []
        for flags, attr, value, _ in self._options():
            if attr == 'testNamePatterns':
                optionals.append('[%s %s]' % (flags[0], value))
            else:
                optionals.append('[%s]' % flags[0])
        positionals = ['[tests ...]']
        width = 78
        line = ' '.join([prefix + self.progName] + optionals + positionals)
        if len(line) <= width:
            return line + '\n'
        indent = ' ' * (len(prefix) + len(self.progName) + 1)

        def wrap(parts, first):
            lines, current = [], first
            for part in parts:
                if not current.strip():
                    current = indent + part
                elif len(current) + 1 + len(part) > width:
                    lines.append(current)
                    current = indent + part
                else:
                    current += ' ' + part
            lines.append(current)
            return lines

        lines = wrap(optionals, prefix + self.progName)
        lines.extend(wrap(positionals, ''))
        return '\n'.join(lines) + '\n'

    def _help(self):
        import textwrap
        rows = [('tests', 'a list of any number of test modules, classes and test methods.')]
        for flags, attr, value, text in self._options():
            if attr == 'testNamePatterns':
                rows.append(('%s %s' % (flags[0], value), text))
            else:
                rows.append((', '.join(flags), text))
        column = min(max(len(r[0]) for r in rows) + 4, 24)

        def row_lines(head, text):
            head = '  ' + head
            body = textwrap.wrap(text, 78 - column)
            if len(head) + 2 > column:
                out = [head]
            else:
                out = [head.ljust(column) + body.pop(0)]
            return out + [' ' * column + piece for piece in body]

        lines = [self._usage(), 'positional arguments:']
        lines += row_lines(*rows[0])
        lines += ['', 'options:']
        for row in rows[1:]:
            lines += row_lines(*row)
        return '\n'.join(lines) + '\n'

    def _print_help(self, *args, **kwargs):
        print(self._help())
        print(_MODULE_EXAMPLES % {'prog': self.progName})

    def usageExit(self, msg=None):
        warnings.warn("TestProgram.usageExit() is deprecated and will be"
                      " removed in Python 3.13", DeprecationWarning)
        if msg:
            print(msg)
        self._print_help()
        sys.exit(2)

    def _parse_error(self, message):
        sys.stderr.write(self._usage())
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _parse_options(self, args):
        options = self._options()
        by_flag = {}
        for option in options:
            for flag in option[0]:
                by_flag[flag] = option
        tests = []
        unknown = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            i += 1
            if only_positionals or arg == '-' or not arg.startswith('-'):
                tests.append(arg)
                continue
            if arg == '--':
                only_positionals = True
                continue
            if arg.startswith('--'):
                name, eq, inline = arg.partition('=')
                candidates = [f for f in by_flag if f.startswith('--') and f.startswith(name)]
                if name in by_flag:
                    candidates = [name]
                if len(candidates) > 1:
                    self._parse_error('ambiguous option: %s could match %s'
                                      % (name, ', '.join(candidates)))
                if not candidates:
                    unknown.append(arg)
                    continue
                if eq:
                    self._parse_error('argument %s: ignored explicit argument %r'
                                      % ('/'.join(by_flag[candidates[0]][0]), inline))
                self._apply(by_flag[candidates[0]])
                continue
            # Short flags, possibly several in one word (-vf), and -k's
            # value, attached (-kfoo) or the next word.
            j = 1
            previous = None
            while j < len(arg):
                flag = '-' + arg[j]
                option = by_flag.get(flag)
                if option is None:
                    if j == 1:
                        unknown.append(arg)
                        break
                    self._parse_error('argument %s: ignored explicit argument %r'
                                      % ('/'.join(previous[0]), arg[j:]))
                previous = option
                if option[1] == 'testNamePatterns':
                    value = arg[j + 1:]
                    if not value:
                        if i >= len(args) or (args[i].startswith('-') and args[i] != '-'):
                            self._parse_error('argument -k: expected one argument')
                        value = args[i]
                        i += 1
                    if '*' not in value:
                        value = '*%s*' % value
                    self.testNamePatterns.append(value)
                    break
                self._apply(option)
                j += 1
        if unknown:
            self._parse_error('unrecognized arguments: %s' % ' '.join(unknown))
        self.tests = tests

    def _apply(self, option):
        if option[1] is None:
            self._print_help()
            sys.exit(0)
        setattr(self, option[1], option[2])

    def parseArgs(self, argv):
        self._options()
        if self.testNamePatterns is None:
            self.testNamePatterns = []
        self._parse_options(list(argv[1:]))
        for name in ('failfast', 'catchbreak', 'buffer'):
            if getattr(self, name) is None:
                setattr(self, name, False)
        if self.tb_locals:
            raise ValueError("--locals is not available in the sandbox: "
                             "frames' locals are out of reach")
        if self.module is None and not self.tests:
            # CPython discovers test files here; the sandbox has none.
            self.createTests(from_discovery=True)
            return
        if self.tests:
            self.testNames = list(self.tests)
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader = self.testLoader if Loader is None else Loader()
            self.test = loader.discover('.', 'test*.py', None)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        # catchbreak (-c) installs CPython's Ctrl-C handler; no signal
        # reaches a sandboxed script, so there is nothing to install.
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    runner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings,
                                             tb_locals=self.tb_locals)
                except TypeError:
                    # The runner does not take tb_locals.
                    runner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings)
            except TypeError:
                runner = self.testRunner()
        else:
            runner = self.testRunner
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
