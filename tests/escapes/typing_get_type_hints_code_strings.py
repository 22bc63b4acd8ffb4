# get_type_hints() evaluates string annotations; CPython runs them through
# eval() with the function's globals, so an annotation string is arbitrary
# code: calls, lambdas, walrus, comprehensions, __import__. moat's evaluator
# takes names, attributes, subscripts, '|' and literals only, and refuses
# everything else before running any of it.
# expect-output: a NotImplementedError evaluating the forward reference 'ran.append(1) or int' is not available in the sandbox: moat evaluates names, attributes, subscripts, '|' and literals only
# expect-output: b NotImplementedError evaluating the forward reference '(lambda: 0)' is not available in the sandbox: moat evaluates names, attributes, subscripts, '|' and literals only
# expect-output: c NameError name 'y' is not defined
# expect-output: d NotImplementedError evaluating the forward reference '(z := int)' is not available in the sandbox: moat evaluates names, attributes, subscripts, '|' and literals only
# expect-output: e NameError name '__import__' is not defined
# expect-output: f NotImplementedError evaluating the forward reference 'int if 1 else str' is not available in the sandbox: moat evaluates names, attributes, subscripts, '|' and literals only
# expect-output: g NameError name 'not' is not defined
# expect-output: h AttributeError '__base__' is not available in the sandbox
# expect-output: i AttributeError '__globals__' is not available in the sandbox
# expect-output: []
import typing
def t(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

ran = []
def a(x: "ran.append(1) or int"): pass
def b(x: "(lambda: 0)"): pass
def c(x: "[y for y in (int,)][0]"): pass
def d(x: "(z := int)"): pass
def e(x: "__import__('os')"): pass
def f(x: "int if 1 else str"): pass
def g(x: "not int"): pass
def h(x: "int.__class__.__base__"): pass
def i(x: "t.__globals__"): pass
for fn in (a, b, c, d, e, f, g, h, i):
    t(fn.__name__, lambda: typing.get_type_hints(fn))
print(ran)
