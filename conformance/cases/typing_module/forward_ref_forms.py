# ForwardRef: equality, hashing and repr with a module, | with types,
# and the special forms that take a string (ClassVar, Final, Optional).
import typing
from typing import ClassVar, Final, List, Optional, ForwardRef
a = ForwardRef('int'); b = ForwardRef('int', module='m')
print(a, b, a == ForwardRef('int'), a == b, hash(a) == hash(ForwardRef('int')), b == ForwardRef('int', module='m'))
print(a | str, int | a, ClassVar['X'], Final['int'], Optional['A'], List['int'] == List[int])
class CV: pass
class C:
    var: ClassVar['CV']
    fin: Final['int'] = 3
print(typing.get_type_hints(C))
print(a.__forward_is_argument__, ForwardRef('x', is_argument=False).__forward_is_argument__, a.__forward_is_class__)
