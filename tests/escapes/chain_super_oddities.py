# super() with unusual arguments: super(type, int) makes type's methods
# apply to int (type.__subclasses__, type.mro), super(object, x) binds
# object's hooks, and a super object's own attributes (__self__,
# __self_class__, __thisclass__) lead back to classes to walk.
attempts = [
    lambda: super(type, int).__subclasses__(),
    lambda: super(type, int).mro(),
    lambda: super(type, object).__getattribute__('__bases__'),
    lambda: super(object, object).__dict__,
    lambda: super(type, type).__call__('E', (), {}),
    lambda: super(int, 1).__self__,
    lambda: super(int, 1).__self_class__.__mro__,
    lambda: super(int, True).__class__.__base__,
]
for attack in attempts:
    try:
        print('gave', attack())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
# expect-output: AttributeError '__subclasses__' is not available in the sandbox
# expect-output: AttributeError 'super' object has no attribute 'mro'
# expect-output: AttributeError '__bases__' is not available in the sandbox
# expect-output: AttributeError 'super' object has no attribute '__dict__'
# expect-output: AttributeError 'super' object has no attribute '__call__'
# expect-output: AttributeError '__self__' is not available in the sandbox
# expect-output: AttributeError '__self_class__' is not available in the sandbox
# expect-output: AttributeError '__base__' is not available in the sandbox
