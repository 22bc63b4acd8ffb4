# copy.deepcopy takes its memo from the caller: a dict subclass whose get
# and __getitem__ answer with an unrelated object, one whose __setitem__
# clears the memo, a memo that is not a mapping at all, and a
# __deepcopy__ that returns the memo itself (CPython's memo holds
# id()-keyed entries and a keep-alive list). moat's copy must hand out
# only objects the script already had, never an internal of copy.
# expect-output: memo answers everything -> 'from memo'
# expect-output: memo forgets -> [[1], [2]]
# expect-output: memo is an int AttributeError: 'int' object has no attribute 'get'
# expect-output: __deepcopy__ returns the memo -> 'dict'
# expect-output: memo key types -> ['int', 'int', 'int']
# expect-output: shared references stay shared -> True
# expect-output: recursive list -> True
import copy


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Answers(dict):
    def get(self, key, default=None):
        return "from memo"

    def __getitem__(self, key):
        return "from memo"


class Forgets(dict):
    def __setitem__(self, key, value):
        self.clear()


class ReturnsMemo:
    def __deepcopy__(self, memo):
        return memo


t("memo answers everything", lambda: copy.deepcopy([1, [2]], Answers()))
t("memo forgets", lambda: copy.deepcopy([[1], [2]], Forgets()))
t("memo is an int", lambda: copy.deepcopy([1], 5))
t("__deepcopy__ returns the memo", lambda: type(copy.deepcopy(ReturnsMemo())).__name__)
t("memo key types", lambda: sorted(type(k).__name__ for k in copy.deepcopy([ReturnsMemo()])[0]))
shared = [1]
t("shared references stay shared",
  lambda: (lambda c: c[0] is c[1])(copy.deepcopy([shared, shared])))
t("recursive list",
  lambda: (lambda c: c[0] is c)(copy.deepcopy((lambda l: (l.append(l), l)[1])([]))))
