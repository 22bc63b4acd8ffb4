# itertools' Python code runs in a namespace of its own; the module shows
# only CPython's names. Its helpers (_wrap, _state, the _new_<name>
# factories, _tee_next) and the `_exhausted` marker, which ends a shell's
# iteration wherever it appears, must be out of a script's reach by every
# route: attribute, from-import, dir(), the module's dict, the objects the
# shells hand out, and rebinding the module's names.
import copy
import itertools

found = []
for name in ('_exhausted', '_wrap', '_state', '_new_islice', '_tee_next', '_make_tees',
             '_missing', '_TeeBlock'):
    for label, route in (('getattr', lambda n: getattr(itertools, n)),
                         ('object.__getattribute__',
                          lambda n: object.__getattribute__(itertools, n))):
        try:
            route(name)
            found.append((label, name))
        except AttributeError:
            pass
print('helpers found:', found)
try:
    from itertools import _exhausted
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
print('private names in dir:', [n for n in dir(itertools)
                                if n.startswith('_') and not n.startswith('__')])
for attack in (lambda: itertools.__dict__, lambda: vars(itertools)):
    try:
        attack()
        print('namespace exposed')
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)

# What the shells hand out: items, groups, copies, methods.
objects = [itertools.count(3), itertools.repeat(1, 2), itertools.tee([1, 2])[0],
           next(itertools.groupby('aab'))[1], itertools.islice([1], 1)]
objects.append(copy.copy(objects[2]))
for obj in objects:
    for name in ('__reduce__', '__reduce_ex__', '__setstate__', '__dict__', 'gi_frame'):
        if name in ('__reduce__', '__reduce_ex__') and type(obj).__name__ in ('count', 'repeat'):
            # CPython's reduction, of script values only (iterator_reduce.py),
            # which object.__reduce_ex__ calls as CPython's does.
            continue
        try:
            found = getattr(obj, name)
            # object's reduce methods are found but refuse to run.
            if name == '__reduce_ex__':
                found(4)
            elif name == '__reduce__':
                found()
            print(type(obj).__name__, name, 'exposed')
        except (AttributeError, TypeError):
            pass
print(itertools.tee.__self__ is itertools if hasattr(itertools.tee, '__self__') else 'no self')

# The script's own objects pass through every shell; rebinding or deleting
# a name on the module changes only what the script reads from it.
marker = object()
print(list(itertools.takewhile(lambda x: True, [marker, 1])) == [marker, 1])
print(len(list(itertools.tee([marker, marker])[1])))
itertools._new_islice = lambda *args: (iter([marker]), None)
itertools._exhausted = 1
print(list(itertools.islice([1, 2, 3], 2)), list(itertools.compress([1, 2], [1, 1])))
del itertools.islice
print(type(itertools.chain([1])).__name__)
# expect-output: helpers found: []
# expect-output: ImportError cannot import name '_exhausted' from 'itertools'
# expect-output: private names in dir: ['_grouper', '_tee']
# expect-output: AttributeError
# expect-output: TypeError
# expect-output: no self
# expect-output: True
# expect-output: 2
# expect-output: [1, 2] [1, 2]
# expect-output: chain
