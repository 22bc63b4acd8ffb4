# functools.update_wrapper / wraps copy attributes by name from the wrapped
# function: asking them to copy __globals__, __code__, __closure__ or
# __builtins__ (or patching WRAPPER_ASSIGNMENTS to include them) must not
# transfer what a direct read would refuse.
import functools


def target():
    return 1


def wrapper():
    return 0


functools.update_wrapper(wrapper, target,
                         assigned=('__module__', '__name__', '__globals__', '__code__',
                                   '__closure__', '__builtins__'))
print(wrapper.__name__, sorted(k for k in vars(wrapper) if k.startswith('__g')))
functools.WRAPPER_ASSIGNMENTS = ('__globals__', '__code__')


@functools.wraps(target, assigned=functools.WRAPPER_ASSIGNMENTS + ('__dict__',))
def other():
    return 2


print(other(), other.__wrapped__ is target)
for name in ('__globals__', '__code__'):
    try:
        getattr(other, name)
    except AttributeError as e:
        print(e)
# expect-output: target []
# expect-output: 2 True
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__code__' is not available in the sandbox
