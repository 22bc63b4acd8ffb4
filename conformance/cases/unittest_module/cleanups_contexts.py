# Cleanups and entered contexts at test, class and module level: their
# order (newest first), the errors they raise and where those go, and
# objects that are not context managers.
import unittest


class Ctx:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc)
        if self.fail:
            raise RuntimeError("exit of " + self.name)


log = []
unittest.addModuleCleanup(log.append, "first")
unittest.addModuleCleanup(print, "second", sep="|")
unittest.addModuleCleanup(lambda: 1 / 0)
unittest.addModuleCleanup(lambda: {}["k"])
print(unittest.enterModuleContext(Ctx("module")))
try:
    unittest.doModuleCleanups()
except Exception as e:
    print("doModuleCleanups raised", type(e).__name__, e)
print(log)
unittest.doModuleCleanups()
for bad in (3, "text", Ctx):
    try:
        unittest.enterModuleContext(bad)
    except TypeError as e:
        print("TypeError", e)


class Fixture(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("class value", cls.enterClassContext(Ctx("class")))
        cls.addClassCleanup(print, "class cleanup 1")
        cls.addClassCleanup(lambda: [][1])
        cls.addClassCleanup(print, "class cleanup 3")

    def setUp(self):
        print("test value", self.enterContext(Ctx("test", fail=True)))
        self.addCleanup(print, "cleanup", self._testMethodName)

    def test_one(self):
        print("in test_one")

    def test_two(self):
        self.addCleanup(lambda: 1 / 0)
        self.fail("two failed")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Fixture)
result = unittest.TestResult()
suite.run(result)
print(repr(result))
for test, text in result.errors + result.failures:
    print(test, "->", text.rstrip().splitlines()[-1])

print("=== by hand")
Fixture.addClassCleanup(print, "again 1")
Fixture.addClassCleanup(lambda: int("x"))
Fixture.doClassCleanups()
print([(t.__name__, str(e)) for t, e, tb in Fixture.tearDown_exceptions])
Fixture.doClassCleanups()
print(Fixture.tearDown_exceptions)
t = Fixture("test_one")
t.addCleanup(print, "c1")
t.addCleanup(lambda: 1 / 0)
t.addCleanup(print, "c3", end="!\n")
print("doCleanups ->", t.doCleanups())
try:
    t.enterContext(object())
except TypeError as e:
    print("TypeError", e, e.__suppress_context__)
try:
    unittest.TestCase.addClassCleanup(print)
except AttributeError as e:
    print("AttributeError", e)
try:
    Fixture.enterClassContext(None)
except TypeError as e:
    print("TypeError", e)
