# Every assert method's failure message: the standard text, msg= with
# longMessage on and off, maxDiff, the shortened reprs of long values and
# the ndiff sections for sequences, dicts, sets and multi-line strings.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print("%s: %s" % (name, e))
        print("-" * 20)
    except Exception as e:
        print("%s raised %s: %s" % (name, type(e).__name__, e))
    else:
        print("%s passed" % name)


check("assertEqual", 1, 2)
check("assertEqual", 1, 1)
check("assertEqual", 1, 2, "custom")
check("assertEqual", 1, 1.5, msg="kw")
check("assertEqual", "abc", "abd")
check("assertEqual", "line1\nline2\n", "line1\nlineX\n")
check("assertEqual", "one line", "one lime")
check("assertEqual", "a\nb", "a\nc\nd")
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1, 2], [1, 2, 3])
check("assertEqual", (1, "x"), (1, "y"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {1, 2, 3}, {2, 3, 4})
check("assertEqual", frozenset([1]), frozenset())
check("assertEqual", "x" * 100, "x" * 99 + "y")
check("assertEqual", list(range(100)), list(range(99)) + [1000])
check("assertEqual", {i: i for i in range(30)}, {i: -i for i in range(30)})
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 3, "why")
check("assertTrue", 0)
check("assertTrue", [], "empty")
check("assertFalse", [1])
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 4, [1, 2, 3])
check("assertIn", "z", "abc")
check("assertNotIn", 2, [1, 2, 3])
check("assertIsInstance", 1, str)
check("assertIsInstance", 1, (str, bytes))
check("assertNotIsInstance", 1, int)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.1, delta=0.05)
check("assertAlmostEqual", 1.0, 1.1, delta=0.2)
check("assertAlmostEqual", 1.0, 1.1, places=2, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.0, delta=0.5)
check("assertNotAlmostEqual", 1.0, 1.1, places=0)
check("assertNotAlmostEqual", 1.0, 2.0, places=1, delta=1)
check("assertSequenceEqual", [1, 2], (1, 3))
check("assertSequenceEqual", [1, 2], (1, 2))
check("assertSequenceEqual", "ab", "ac")
check("assertSequenceEqual", 1, [1])
check("assertSequenceEqual", [1], 1)
check("assertListEqual", [1], (1,))
check("assertListEqual", (1,), [1])
check("assertTupleEqual", (1, 2), (2, 1))
check("assertSetEqual", {1}, [1])
check("assertSetEqual", [1], {1})
check("assertSetEqual", {1, 2}, set())
check("assertSetEqual", set(), {(1, 2)})
check("assertDictEqual", {}, [])
check("assertDictEqual", {"k": [1, 2]}, {"k": [1, 3]})
check("assertMultiLineEqual", "a", 1)
check("assertMultiLineEqual", "first\nsecond\nthird\n", "first\nsecund\nthird\nfourth\n")
check("assertMultiLineEqual", "\ttabbed\n", "\ttabbet\n")
check("assertCountEqual", [1, 1, 2], [1, 2, 2])
check("assertCountEqual", [[1], [2]], [[2], [1], [1]])
check("assertCountEqual", "aab", "abb")
check("assertCountEqual", [1, 2], [2, 1])
check("assertRegex", "hello", "^x")
check("assertRegex", "hello", "l+")
check("assertNotRegex", "hello", "l+")
check("assertNotRegex", "hello", "z", msg="extra")
check("assertDictContainsSubset", {"a": 1, "b": 2, "c": 3}, {"a": 2})
check("fail")
check("fail", "explicit")

print("=== longMessage = False")
t.longMessage = False
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "only this")
check("assertIn", 4, [], "only this")
check("assertEqual", [1], [2], "only this")

print("=== maxDiff")
t.longMessage = True
t.maxDiff = 10
check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", "a\nb\n", "a\nc\n")
t.maxDiff = None
check("assertEqual", ["x" * 30] * 10, ["x" * 30] * 9 + ["y"])

print("=== failureException and custom equality")


class MyError(Exception):
    pass


class U(unittest.TestCase):
    failureException = MyError

    def runTest(self):
        pass


u = U()
try:
    u.assertEqual(1, 2)
except MyError as e:
    print("MyError", e)


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "Point(%r)" % self.x


def point_equal(a, b, msg=None):
    if a.x != b.x:
        raise u.failureException(msg or "points differ: %r %r" % (a, b))


u.addTypeEqualityFunc(Point, point_equal)
try:
    u.assertEqual(Point(1), Point(2))
except MyError as e:
    print("MyError", e)
u.assertEqual(Point(1), Point(1))
print("deprecated names:", T.assertEquals.__name__, T.failUnless.__name__)
