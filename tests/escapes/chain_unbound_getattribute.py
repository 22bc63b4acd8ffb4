# The classic chains called through the unbound attribute hooks instead of
# the dot: object.__getattribute__(x, name), type.__getattribute__(T, name),
# and the hooks reached as attributes of the object itself. They must apply
# the same rule as `x.name`.
attempts = [
    lambda: object.__getattribute__((), '__class__'),
    lambda: type.__getattribute__(object, '__subclasses__'),
    lambda: type.__getattribute__(int, '__mro__'),
    lambda: object.__getattribute__(int, '__bases__'),
    lambda: object.__getattribute__(lambda: 0, '__globals__'),
    lambda: ().__getattribute__('__class__').__getattribute__(tuple, '__base__'),
    lambda: (lambda: 0).__getattribute__('__code__'),
    lambda: str.__getattribute__('', '__class__').__base__,
    lambda: type.__dict__['__subclasses__'],
    lambda: object.__dict__,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: gave <class 'tuple'>
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: AttributeError '__mro__' is not available in the sandbox
# expect-output: AttributeError '__bases__' is not available in the sandbox
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__code__' is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
# expect-output: AttributeError '__dict__' is not available in the sandbox
# expect-output: AttributeError '__dict__' is not available in the sandbox
