# The errors of typing.ForwardRef and of get_type_hints over bad annotations.
import typing
from typing import ForwardRef, get_type_hints, List, Optional


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f1(x: 3): pass
def f2(x: 'List[3]'): pass
def f3(x: '(int, str)'): pass
def f4(x: 'Optional[int]' = None): pass
def f5(x: 'List["int"]'): pass
def f6(x: 'List[undefined]'): pass
def f7(x: 'int | None'): pass
def f8(x: 'List[int,'): pass
def f9(x: '"int"'): pass
def f10(x: 'x.'): pass

for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
    show(f.__name__, lambda: get_type_hints(f))

show('eq', lambda: ForwardRef('int') == ForwardRef('int'))
show('neq', lambda: ForwardRef('int') == ForwardRef('str'))
show('mod', lambda: ForwardRef('int', module='m'))
show('union', lambda: ForwardRef('int') | None)
show('list', lambda: List['1 +'])
show('optional', lambda: Optional['a b'])
show('union2', lambda: typing.Union[int, 'def'])
show('ok', lambda: List['int'])


class C:
    a: 'C'
    b: 'List[C]'
    c: '[C'


show('class', lambda: get_type_hints(C))
del C.__annotations__['c']
show('class2', lambda: get_type_hints(C))
