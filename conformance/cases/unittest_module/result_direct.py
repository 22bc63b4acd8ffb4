# TestResult driven by hand: the recording methods with real exc_info
# triples, failfast, buffer mode on a bare result (the captured output goes
# into the reports and, for a failing test, to the real streams at
# stopTest), and results missing the newer methods (warnings instead).
import re
import sys
import unittest
import warnings


def exc_info(exc):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def last_line(text):
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    return text.rstrip().splitlines()[-1]


class Probe(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        """Second probe.

        Details."""


a, b = Probe("test_a"), Probe("test_b")
r = unittest.TestResult()
print(repr(r), r.wasSuccessful(), r.shouldStop, r.buffer, r.failfast, r.tb_locals)
r.startTestRun()
r.startTest(a)
r.addSuccess(a)
r.addSkip(a, "why not")
r.addExpectedFailure(a, exc_info(ValueError("expected")))
print(r.wasSuccessful(), r.testsRun, r.skipped, [t for t, _ in r.expectedFailures])
r.addUnexpectedSuccess(b)
print(r.wasSuccessful(), r.unexpectedSuccesses)
r.addFailure(a, exc_info(AssertionError("assert text")))
r.addError(b, exc_info(KeyError("key")))
r.addSubTest(a, b, None)
r.addSubTest(a, b, exc_info(AssertionError("in sub")))
r.addSubTest(a, b, exc_info(ZeroDivisionError("sub zero")))
r.stopTest(a)
r.stopTestRun()
for name in ("failures", "errors", "expectedFailures"):
    print(name, [(str(t), last_line(text)) for t, text in getattr(r, name)])
print(repr(r), r.wasSuccessful())
r.printErrors()
r.stop()
print(r.shouldStop)

print("=== failfast")
for method, args in (("addFailure", (exc_info(AssertionError()),)),
                     ("addError", (exc_info(OSError(2, "gone")),)),
                     ("addUnexpectedSuccess", ()),
                     ("addSubTest", (a, exc_info(AssertionError("s")))),
                     ("addSubTest", (a, None)),
                     ("addSkip", ("skip",)),
                     ("addExpectedFailure", (exc_info(ValueError()),))):
    r = unittest.TestResult()
    r.failfast = True
    getattr(r, method)(a, *args)
    print(method, r.shouldStop, repr(r))

print("=== buffer")
real_stderr = sys.stderr
sys.stderr = sys.stdout  # what the result mirrors to stderr, shown in stdout
for failing in (False, True):
    r = unittest.TestResult()
    r.buffer = True
    r.startTest(a)
    print("captured out")
    print("captured err", file=sys.stderr, end="")
    if failing:
        r.addFailure(a, exc_info(AssertionError("shown with output")))
    r.stopTest(a)
    print("after stopTest", failing, sys.stdout is r._original_stdout)
    for t, text in r.failures:
        print(text.split("AssertionError: ")[1])
sys.stderr = real_stderr

print("=== results without the newer methods")


class Old:
    shouldStop = False
    failfast = False

    def __init__(self):
        self.log = []

    def startTest(self, test):
        self.log.append("start")

    def stopTest(self, test):
        self.log.append("stop")

    def addSuccess(self, test):
        self.log.append("success")

    def addFailure(self, test, err):
        self.log.append("failure " + err[0].__name__)

    def addError(self, test, err):
        self.log.append("error " + err[0].__name__)


class Marks(unittest.TestCase):
    @unittest.expectedFailure
    def test_xfail(self):
        self.fail("as expected")

    @unittest.expectedFailure
    def test_xpass(self):
        pass

    @unittest.skip("skipped here")
    def test_skip(self):
        pass


for name in ("test_xfail", "test_xpass", "test_skip"):
    old = Old()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Marks(name).run(old)
    print(name, old.log, [(w.category.__name__, str(w.message)) for w in caught])

print("=== run() without a result")


class Hooks(unittest.TestResult):
    def startTestRun(self):
        print("startTestRun")

    def stopTestRun(self):
        print("stopTestRun")


class Own(unittest.TestCase):
    def defaultTestResult(self):
        return Hooks()

    def test_it(self):
        print("running")


result = Own("test_it").run()
print(type(result).__name__, repr(result))
print(type(unittest.TestCase().defaultTestResult()).__name__)

print("=== reports need a test with a failureException")
for not_a_test in (None, "text"):
    for method in ("addError", "addFailure", "addExpectedFailure"):
        r = unittest.TestResult()
        try:
            getattr(r, method)(not_a_test, exc_info(ValueError("v")))
        except AttributeError as e:
            print(method, "AttributeError", e, len(r.errors), len(r.failures))
