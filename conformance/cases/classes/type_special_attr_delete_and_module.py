# A class's __name__, __qualname__, __doc__ and __module__ can be replaced
# but not deleted; a missing __abstractmethods__/__annotations__ deletes
# with the bare name; an exception class whose __module__ is not a str
# prints as "<unknown>.Name", in traceback's text as in the uncaught report.
import traceback


class E(Exception):
    pass


for name in ('__name__', '__qualname__', '__doc__', '__module__', '__abstractmethods__',
             '__annotations__'):
    try:
        delattr(E, name)
        print('deleted', name)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
for module in (None, 5, 'pkg.mod', '__main__', 'builtins'):
    E.__module__ = module
    print(repr(module), traceback.format_exception_only(E('x')), E.__module__ == module)
print(repr(E))
E.__module__ = 3.5
try:
    raise E('uncaught')
except E:
    print(traceback.format_exc().splitlines()[-1])
raise E('last')
