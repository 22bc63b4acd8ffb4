# typing.ForwardRef objects: construction checks, equality, hashing, repr,
# and evaluation through typing's subscriptions.
import typing
from typing import ForwardRef, List, Optional, Union


def show(label, fn):
    try:
        print(label, fn())
    except (SyntaxError, TypeError, NameError) as e:
        print(label, type(e).__name__, e)


a = ForwardRef('int')
b = ForwardRef('int', module='m')
show('repr', lambda: (repr(a), repr(b)))
show('eq', lambda: (a == ForwardRef('int'), a == b, a == 'int'))
show('hash', lambda: hash(a) == hash(ForwardRef('int')))
show('attrs', lambda: (a.__forward_arg__, a.__forward_evaluated__, a.__forward_value__,
                       a.__forward_is_argument__, a.__forward_is_class__, b.__forward_module__))
show('kw', lambda: ForwardRef('int', is_argument=False, is_class=True).__forward_is_class__)
show('star', lambda: ForwardRef('*Ts').__forward_arg__)
show('star_bad', lambda: ForwardRef('*'))
show('bad_type', lambda: ForwardRef(None))
show('bad_syntax', lambda: ForwardRef('x:'))
show('await', lambda: ForwardRef('await x'))
show('yield', lambda: ForwardRef('(yield)'))
show('lambda_yield', lambda: ForwardRef('lambda: (yield)'))
show('async_comp', lambda: ForwardRef('[x async for x in y]'))
show('walrus', lambda: ForwardRef('(x := 1)'))
show('list', lambda: List['int'])
show('union', lambda: Union['int', 'str'])
show('optional', lambda: Optional['List[int]'])
show('union_bad', lambda: Union['int', '1 +'])
show('list_bad', lambda: List[')'])
