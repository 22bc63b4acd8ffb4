# The order of fixtures and cleanups at module, class and test level, and
# how failing fixtures are reported.
import io
import re
import unittest

log = []


def show(stream):
    text = stream.getvalue()
    text = re.sub(r"(Ran \d+ tests?) in \d+\.\d+s", r"\1 in T", text)
    text = re.sub(r'File "[^"]*/([^"/]+)"', r'File "\1"', text)
    print(text, end="")


def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "moduleCleanup")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass First")
        cls.addClassCleanup(log.append, "classCleanup First")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass First")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup1 " + self._testMethodName)
        self.addCleanup(log.append, "cleanup2 " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_b(self):
        log.append("test_b")

    def test_a(self):
        log.append("test_a")
        self.fail("a fails")


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass Bad")
        raise RuntimeError("class fixture broke")

    def test_never(self):
        log.append("never")


class BadSetUp(unittest.TestCase):
    def setUp(self):
        log.append("setUp BadSetUp")
        self.addCleanup(log.append, "cleanup after failed setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        log.append("tearDown not run")

    def test_x(self):
        log.append("not run")


class BadCleanup(unittest.TestCase):
    def test_y(self):
        self.addCleanup(lambda: 1 / 0)
        log.append("test_y")


class SkipClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skipping the class in setUpClass")

    def test_z(self):
        pass


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("teardown class")

    def test_w(self):
        log.append("test_w")


loader = unittest.TestLoader()
suite = unittest.TestSuite()
for cls in (First, BadSetUpClass, BadSetUp, BadCleanup, SkipClass, BadTearDownClass):
    suite.addTests(loader.loadTestsFromTestCase(cls))
print(suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
show(stream)
for entry in log:
    print(entry)
print(suite.countTestCases())
print([repr(t) for t, _ in result.errors])

print("=== run() without a result, and debug()")
log.clear()
t = First("test_b")
r = t.run()
print(type(r).__name__, r.testsRun, log)
log.clear()
First("test_b").debug()
print(log)
try:
    First("test_a").debug()
except AssertionError as e:
    print("AssertionError", e)
print("=== doCleanups and enterContext")


class CM:
    def __enter__(self):
        log.append("enter")
        return "value"

    def __exit__(self, *a):
        log.append("exit %r" % (a,))


log.clear()
t = First("test_b")
print(t.enterContext(CM()))
t.addCleanup(log.append, "plain")
print(t.doCleanups(), log)
try:
    t.enterContext(object())
except TypeError as e:
    print("TypeError", e)
