# operator's helpers take names, indexes and callables from the script:
# attrgetter with empty and doubled-dot paths or a non-str, itemgetter
# with a reversed slice, methodcaller with keyword arguments or a non-str
# name, operator.call, index of a float, length_hint with a default past
# ssize_t, countOf, concat of non-sequences, iconcat, setitem on a tuple.
# Each must give CPython's answer or its exception.
# expect-output: operator.attrgetter empty AttributeError: 'int' object has no attribute ''
# expect-output: operator.attrgetter dots AttributeError: 'int' object has no attribute ''
# expect-output: operator.attrgetter non-str TypeError: attribute name must be a string
# expect-output: operator.itemgetter slice -> [3, 2, 1]
# expect-output: operator.methodcaller non-str TypeError: method name must be a string
# expect-output: operator.methodcaller kwargs -> ['a', 'b,c']
# expect-output: operator.call -> 1
# expect-output: operator.index float TypeError: 'float' object cannot be interpreted as an integer
# expect-output: operator.length_hint default huge OverflowError: Python int too large to convert to C ssize_t
# expect-output: operator.countOf mutating -> 2
# expect-output: operator.concat non-seq TypeError: 'int' object can't be concatenated
# expect-output: operator.iconcat list -> [1, 2]
# expect-output: operator.setitem tuple TypeError: 'tuple' object does not support item assignment
import operator


def t(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


t("operator.attrgetter empty", lambda: operator.attrgetter("")(1))
t("operator.attrgetter dots", lambda: operator.attrgetter("real..imag")(1))
t("operator.attrgetter non-str", lambda: operator.attrgetter(5))
t("operator.itemgetter slice", lambda: operator.itemgetter(slice(None, None, -1))([1, 2, 3]))
t("operator.methodcaller non-str", lambda: operator.methodcaller(5))
t("operator.methodcaller kwargs",
  lambda: operator.methodcaller("split", sep=",", maxsplit=1)("a,b,c"))
t("operator.call", lambda: operator.call(len, [1]) if hasattr(operator, 'call') else 'absent')
t("operator.index float", lambda: operator.index(1.5))
t("operator.length_hint default huge", lambda: operator.length_hint(iter(int, 1), 2**70))
t("operator.countOf mutating", lambda: operator.countOf([1, 1], 1))
t("operator.concat non-seq", lambda: operator.concat(1, 2))
t("operator.iconcat list", lambda: operator.iconcat([1], (2,)))
t("operator.setitem tuple", lambda: operator.setitem((1,), 0, 2))
