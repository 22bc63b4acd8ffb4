"""unittest.result for moat: TestResult, the record a test run fills in.

moat's own stand-in (see stdlib_safe/py/unittest.py), matching python3.11's
behaviour: the lists of failures, errors, skips and expected failures, the
test count, failfast, and buffer mode, which holds a test's prints back and
shows them only when the test fails.
"""

import traceback
import sys
from functools import wraps
from traceback import extract_tb

from unittest.util import strclass

__unittest = True

# The templates of the blocks a buffered test's captured output adds.
STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _output_block(template, text):
    # '' for nothing captured; otherwise the text, ended by a newline, in
    # its template.
    if not text:
        return ''
    return template % (text if text.endswith('\n') else text + '\n')


def _stop_on_first(result):
    # failfast: the first failure or error ends the run.
    if getattr(result, 'failfast', False):
        result.stop()


def failfast(method):
    """Make a recording method stop the run first when `failfast` is set."""
    def stop_then_record(self, *args, **kw):
        _stop_on_first(self)
        return method(self, *args, **kw)
    return wraps(method)(stop_then_record)


def _tb_or_none(tb):
    # moat's tracebacks leave out the frames of its own modules (unittest
    # among them). When nothing is left, CPython prints no "Traceback"
    # header either, so the exception alone is formatted.
    if tb is None or not extract_tb(tb):
        return None
    return tb


class TestResult(object):
    """The outcome of a test run.

    failures and errors hold (test, formatted traceback) pairs, skipped holds
    (test, reason) pairs, expectedFailures (test, traceback) pairs and
    unexpectedSuccesses the tests; testsRun counts the tests started.
    """
    # What TestSuite notes on the result between tests.
    _moduleSetUpFailed = _testRunEntered = False
    _previousTestClass = None

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        # One statement per group, in the order CPython sets them.
        self.failfast, self.failures, self.errors = False, [], []
        self.testsRun, self.skipped, self.expectedFailures = 0, [], []
        self.unexpectedSuccesses, self.shouldStop = [], False
        self.buffer = self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def __repr__(self):
        counts = (self.testsRun, len(self.errors), len(self.failures))
        return "<%s run=%i errors=%i failures=%i>" % ((strclass(type(self)),) + counts)

    # -- the run's and each test's start and end ------------------------

    def startTestRun(self):
        """Hook: the run is about to start."""

    def stopTestRun(self):
        """Hook: the run has ended."""

    def printErrors(self):
        """Hook for runners: report the errors collected."""

    def startTest(self, test):
        """Count the test and, in buffer mode, start capturing its output."""
        self.testsRun, self._mirrorOutput = self.testsRun + 1, False
        self._setupStdout()

    def stopTest(self, test):
        """The test has ended: put the real streams back."""
        self._restoreStdout()
        self._mirrorOutput = False

    def stop(self):
        """Ask the runner to end the run after the current test."""
        self.shouldStop = True

    def wasSuccessful(self):
        """True when nothing failed, erred or passed against expectation."""
        if len(self.failures) or len(self.errors):
            return False
        # A result without the list (an old-style subclass) counts as clean.
        return len(getattr(self, 'unexpectedSuccesses', ())) == 0

    # -- buffer mode -------------------------------------------------------

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stderr_buffer is None:
            import io
            self._stderr_buffer, self._stdout_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def _captured(self):
        # The output blocks for what the current streams captured.
        return (_output_block(STDOUT_LINE, sys.stdout.getvalue()),
                _output_block(STDERR_LINE, sys.stderr.getvalue()))

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            out_block, err_block = self._captured()
            for block, stream in ((out_block, self._original_stdout),
                                  (err_block, self._original_stderr)):
                if block:
                    stream.write(block)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for held in (self._stdout_buffer, self._stderr_buffer):
            held.seek(0)
            held.truncate()

    # -- recording outcomes ------------------------------------------------

    def addSuccess(self, test):
        """Hook: the test passed (nothing is recorded)."""

    def addSkip(self, test, reason):
        """Record a skipped test and why."""
        self.skipped.append((test, reason))

    @failfast
    def addFailure(self, test, err):
        """Record a failed assertion; err is an exc_info triple."""
        self._keep(self.failures, test, err, test)

    @failfast
    def addError(self, test, err):
        """Record an unexpected exception; err is an exc_info triple."""
        self._keep(self.errors, test, err, test)

    def addSubTest(self, test, subtest, err):
        """Record the end of a subtest: err is None if it passed, otherwise
        an exc_info triple, kept as a failure or an error."""
        if err is None:
            return
        _stop_on_first(self)
        failed = issubclass(err[0], test.failureException)
        self._keep(self.failures if failed else self.errors, subtest, err, test)

    def addExpectedFailure(self, test, err):
        """Record a test marked expectedFailure that did fail."""
        report = self._exc_info_to_string(err, test)
        self.expectedFailures.append((test, report))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Record a test marked expectedFailure that passed."""
        self.unexpectedSuccesses.append(test)

    def _keep(self, where, shown, err, test):
        where.append((shown, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def _exc_info_to_string(self, err, test):
        """The report of an exc_info triple: its traceback, then in buffer
        mode what the test printed."""
        exc_type, exc, tb = err
        # CPython reads the test's failureException while trimming unittest's
        # frames, so a "test" without one fails here there too.
        test.failureException
        report = traceback.TracebackException(exc_type, exc, _tb_or_none(tb),
                                              capture_locals=self.tb_locals,
                                              compact=True)
        pieces = list(report.format())
        if self.buffer:
            pieces.extend(self._captured())
        return ''.join(pieces)
