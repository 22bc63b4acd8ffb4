# The type of every type is `type`; reaching it through an instance chain
# ([].__class__.__class__, type(type), ''.__class__.__class__) and calling
# it with three arguments would build a class outside the class statement.
T = [].__class__.__class__
print(T is type, type(type) is type, ''.__class__.__class__ is type)
for maker in (T, type(type), ''.__class__.__class__, type.__call__, T.__new__):
    try:
        if maker is T.__new__ or maker is type.__call__:
            maker(T, 'Evil', (object,), {})
        else:
            maker('Evil', (object,), {'x': 1})
        print('made a class')
    except TypeError as e:
        print(e)
# expect-output: True True True
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
# expect-output: type() with three arguments is not available in the sandbox
