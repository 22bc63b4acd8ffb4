# Parameterised generics (list[int], typing.List[int], dict[str, T]) carry
# their origin and arguments; a payload walks __origin__/__args__ back to
# classes and looks for the class graph or a way to call `type`
# (types.GenericAlias(type, ...), list[int].__mro_entries__, calling the
# alias). Only the script's own values may come back.
import types, typing
T = typing.TypeVar('T')
attempts = [
    lambda: list[int].__origin__,
    lambda: dict[str, T].__parameters__,
    lambda: list[int].__class__.__base__,
    lambda: list[int].__mro__,
    lambda: list[int].__mro_entries__((list[int],)),
    lambda: types.GenericAlias(type, (int,))('X', (), {}),
    lambda: list[int]([1, 2]),
    lambda: typing.List[int].__origin__.__subclasses__,
    lambda: typing.Generic.__class_getitem__(T).__origin__,
    lambda: typing.get_args(typing.Callable[[int], type]),
    lambda: type[int]('X', (), {}),
    lambda: typing.Type[int].__args__[0].__bases__,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: gave <class 'list'>
# expect-output: gave (~T,)
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: gave (<class 'list'>,)
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: gave [1, 2]
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: gave <class 'typing.Generic'>
# expect-output: gave ([<class 'int'>], <class 'type'>)
# expect-output: TypeError type() with three arguments is not available in the sandbox
# expect-output: AttributeError '__bases__' is not available in the sandbox
