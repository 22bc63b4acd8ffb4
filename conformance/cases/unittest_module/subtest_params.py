# What a result sees of a subtest: the _SubTest's id, str, description,
# failureException and params (the nested subtests' parameters chained,
# innermost first); subTest outside a run; bad test method names.
import unittest


class Watch(unittest.TestResult):
    def addSubTest(self, test, subtest, err):
        print("sub:", subtest.id(), "|", subtest, "|", subtest.shortDescription())
        print("    ", repr(subtest.params), list(subtest.params.items()),
              subtest.failureException.__name__, err and err[0].__name__)
        super().addSubTest(test, subtest, err)


class MyFailure(Exception):
    pass


class Subs(unittest.TestCase):
    failureException = MyFailure

    def test_nested(self):
        """Nested subtests."""
        with self.subTest("outer", a=1, b=2):
            with self.subTest(b=3, c=4):
                self.fail("inner")
            with self.subTest(None):
                pass
        with self.subTest():
            raise KeyError("x")
        with self.subTest(0, z=[1]):
            self.skipTest("skip in sub")


result = Watch()
Subs("test_nested").run(result)
print(repr(result), [str(t) for t, _ in result.failures], [str(t) for t, _ in result.errors])
print(result.skipped)

with Subs("test_nested").subTest(x=1):
    print("subTest outside a run just runs its body")
try:
    with Subs("test_nested").subTest(x=1):
        raise ValueError("not swallowed")
except ValueError as e:
    print("ValueError", e)
try:
    Subs("missing")
except ValueError as e:
    print("ValueError", e, "| context:", type(e.__context__).__name__)
print(Subs().id(), Subs()._testMethodDoc, Subs("test_nested").shortDescription())
