# get_type_hints over string annotations of functions, classes and methods:
# good ones evaluate, bad text raises CPython's SyntaxError, unknown names
# NameError.
from typing import get_type_hints, Optional, List, Dict, Union


class Node:
    value: 'int'
    children: 'List[Node]'
    parent: 'Optional[Node]' = None
    meta: 'Dict[str, Union[int, str]]'

    def method(self, other: 'Node', flag: 'bool' = False) -> 'Optional[Node]':
        return None


def show(label, fn):
    try:
        print(label, fn())
    except (SyntaxError, NameError, TypeError) as e:
        print(label, type(e).__name__, e)


show('class', lambda: get_type_hints(Node))
show('method', lambda: get_type_hints(Node.method))


def f1(a: 'int | str', b: '(int)', c: '"str"') -> 'None': pass
def f2(a: 'List[int]]'): pass
def f3(a: 'int = 3'): pass
def f4(a: 'lambda'): pass
def f5(a: 'import os'): pass
def f6(a: 'Undefined'): pass
def f7(a: 'List[Undefined]'): pass
def f8(a: ''): pass
def f9(a: '  '): pass
def f10(a: '#'): pass
def f11(a: 'int\n'): pass
def f12(a: '1 if'): pass


for f in (f1, f2, f3, f4, f5, f6, f7, f9, f10, f11, f12):
    show(f.__name__, lambda: get_type_hints(f))
try:
    get_type_hints(f8)
except Exception as e:
    print('f8', type(e).__name__, e)
