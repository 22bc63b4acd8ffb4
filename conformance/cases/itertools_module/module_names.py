# The module shows CPython's names: its types and tee, no helpers.
import itertools

names = [n for n in dir(itertools) if n != '_tee_dataobject']
print(names)
print(hasattr(itertools, '__all__'), hasattr(itertools, '_exhausted'),
      hasattr(itertools, '_new_islice'), hasattr(itertools, '_wrap'))
try:
    itertools._state
except AttributeError as e:
    print('AttributeError', e)
try:
    from itertools import _make_tees
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])

# from-import of everything gives the public names.
from itertools import *
print(accumulate is itertools.accumulate, zip_longest is itertools.zip_longest,
      tee is itertools.tee)
try:
    _grouper
except NameError as e:
    print('NameError', e)

# A script's own object, even a sentinel-looking one, passes through.
marker = object()
print(len(list(itertools.takewhile(lambda x: True, [marker, 1, marker]))))
print(len(list(itertools.chain([marker], [marker]))))

# Rebinding a module name changes only what the script reads from it.
itertools.islice = None
from itertools import groupby
print([k for k, _ in groupby('aabbc')])
