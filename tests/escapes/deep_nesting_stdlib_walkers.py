# Python-level walkers of the standard library over 100,000-deep
# structures: copy.deepcopy, json.dumps, pprint.pformat and saferepr,
# str(), ==, OrderedDict's repr, and dataclasses' asdict, astuple, repr
# and eq over a chain of dataclass instances. Each recursion runs through
# moat's frozen modules and natives alternately; it must end in a
# catchable RecursionError (or CPython's answer), never a crash of the
# host's stack, and the script must carry on afterwards.
# expect-output: deepcopy deep list RecursionError
# expect-output: json.dumps deep RecursionError
# expect-output: pprint deep RecursionError
# expect-output: pprint deep saferepr RecursionError
# expect-output: str deep RecursionError
# expect-output: eq deep -> True
# expect-output: json.dumps deep dict RecursionError
# expect-output: deepcopy deep dict RecursionError
# expect-output: repr deep OrderedDict RecursionError
# expect-output: asdict deep RecursionError
# expect-output: astuple deep RecursionError
# expect-output: dataclass repr deep RecursionError
# expect-output: dataclass eq deep -> True
# expect-output: still running -> 2
import collections
import copy
import dataclasses
import json
import pprint


def t(label, fn):
    # Only the type: CPython's message suffix depends on whether the
    # recursion was detected in C or in Python.
    try:
        print(label, "->", repr(fn()))
    except RecursionError:
        print(label, "RecursionError")


deep = []
for _ in range(100000):
    deep = [deep]
t("deepcopy deep list", lambda: copy.deepcopy(deep))
t("json.dumps deep", lambda: json.dumps(deep))
t("pprint deep", lambda: len(pprint.pformat(deep)))
t("pprint deep saferepr", lambda: len(pprint.saferepr(deep)))
t("str deep", lambda: len(str(deep)))
t("eq deep", lambda: deep == copy.copy(deep))
dd = {}
for _ in range(100000):
    dd = {"k": dd}
t("json.dumps deep dict", lambda: json.dumps(dd))
t("deepcopy deep dict", lambda: copy.deepcopy(dd))
od = collections.OrderedDict()
for _ in range(100000):
    od = collections.OrderedDict(k=od)
t("repr deep OrderedDict", lambda: len(repr(od)))


@dataclasses.dataclass
class Node:
    child: object = None


n = None
for _ in range(100000):
    n = Node(n)
t("asdict deep", lambda: dataclasses.asdict(n))
t("astuple deep", lambda: dataclasses.astuple(n))
t("dataclass repr deep", lambda: len(repr(n)))
t("dataclass eq deep", lambda: n == copy.copy(n))
t("still running", lambda: 1 + 1)
