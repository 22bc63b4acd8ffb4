# TestLoader (names in sorted order, the prefix, patterns, loading by
# name), TestSuite, TestCase identity and descriptions, FunctionTestCase
# and the TestResult API.
import unittest


class Zeta(unittest.TestCase):
    def test_b(self):
        """Second test.  """

    def test_a(self):
        pass

    def test_10(self):
        pass

    def test_2(self):
        pass

    def check_one(self):
        pass

    test_not_callable = 5

    def helper(self):
        pass


class Child(Zeta):
    def test_c(self):
        pass


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Zeta))
print(loader.getTestCaseNames(Child))
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Zeta))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(Zeta))
loader = unittest.TestLoader()
loader.testNamePatterns = ["*test_1*", "*Child.test_c"]
print(loader.getTestCaseNames(Zeta), loader.getTestCaseNames(Child))

loader = unittest.TestLoader()
suite = loader.loadTestsFromTestCase(Zeta)
print(suite)
print(suite.countTestCases())
print([t.id() for t in suite])
t = Zeta("test_b")
print(str(t), repr(t), t.shortDescription(), t.countTestCases())
print(Zeta("test_a").shortDescription())
print(t == Zeta("test_b"), t == Zeta("test_a"), t == Child("test_b"))
print(hash(t) == hash(Zeta("test_b")))
try:
    Zeta("missing")
except ValueError as e:
    print("ValueError", e)
print(unittest.TestCase("runTest"))

print("=== by name")
module_suite = loader.loadTestsFromName("Zeta.test_a", unittest)
print(module_suite)


import types as _types
ns = _types.SimpleNamespace(Zeta=Zeta, Child=Child, make=lambda: Zeta("test_a"),
                            suite=unittest.TestSuite([Zeta("test_2")]))
for name in ["Zeta", "Zeta.test_a", "Child.test_b", "make", "suite"]:
    print(name, [t.id() for t in loader.loadTestsFromName(name, ns)])
s = loader.loadTestsFromNames(["Zeta.test_a", "Child"], ns)
print(s.countTestCases(), s)
bad = loader.loadTestsFromName("Zeta.test_zzz", ns)
print(bad, len(loader.errors))
print(loader.errors[0].splitlines()[0])
r = unittest.TestResult()
bad.run(r)
print(r.errors[0][0], r.errors[0][1].splitlines()[-1])
try:
    loader.loadTestsFromName("Zeta.test_not_callable", ns)
except TypeError as e:
    print("TypeError", e)
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)

print("=== suites")
s = unittest.TestSuite()
print(s, s.countTestCases())
s.addTest(Zeta("test_a"))
s.addTests([Zeta("test_b"), unittest.TestSuite([Child("test_c")])])
print(s.countTestCases(), len(list(s)))
for bad in [5, Zeta]:
    try:
        s.addTest(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    s.addTests("abc")
except TypeError as e:
    print("TypeError", e)
print(s == unittest.TestSuite(list(s)), s == 5)
r = unittest.TestResult()
s.run(r)
print(r, r.wasSuccessful(), s.countTestCases(), list(s))
print(unittest.BaseTestSuite([Zeta("test_a")]))

print("=== FunctionTestCase")
calls = []
ft = unittest.FunctionTestCase(lambda: calls.append("test"),
                               setUp=lambda: calls.append("setUp"),
                               tearDown=lambda: calls.append("tearDown"),
                               description="a function test")
r = unittest.TestResult()
ft.run(r)
print(calls, r, ft.shortDescription(), ft.id())


def documented():
    """The doc line.
    more"""
    assert False, "inner assert"


ft2 = unittest.FunctionTestCase(documented)
r = unittest.TestResult()
ft2(r)
print(str(ft2), ft2.shortDescription(), ft2.id(), r)
print(r.failures[0][1].splitlines()[-1])

print("=== TestResult")
r = unittest.TestResult()
print(r, r.wasSuccessful(), r.shouldStop, r.failfast, r.buffer)
r.startTest(Zeta("test_a"))
r.addSkip(Zeta("test_a"), "why")
r.addUnexpectedSuccess(Zeta("test_b"))
print(r.testsRun, r.skipped, r.unexpectedSuccesses, r.wasSuccessful())
r.stop()
print(r.shouldStop)
s = unittest.TestSuite([Zeta("test_a"), Zeta("test_b")])
s.run(r)
print(r.testsRun)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage)
